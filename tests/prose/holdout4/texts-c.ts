// Holdout 4, part C: 首先…最后, 1）, 其一/其二, 对此我局将 after each problem, measures that each start
// 针对……的问题, one-line reports, 上年度 blocks, sub-headed measures (（一）强化…), typos and lost 。.
import { e, type Holdout4Case } from './gold'

export const HOLDOUT4_C: Holdout4Case[] = [
  {
    id: 'c/county-agriculture-shouxian-zuihou-weici',
    text: '我局2024年度政务公开工作还存在一些问题：首先，惠农补贴政策解读不够通俗，农民群众看不懂、用不上；其次，农业农村局网站与县政府网站部门专栏重复发布同一信息，且发布时间不一致；再次，部分涉农项目资金信息公开不够完整；最后，政务公开工作人员配备不足，难以适应工作要求。\n为此，我局将采取以下措施：首先，制作惠农政策“明白纸”和短视频，进村入户开展解读；其次，统一以县政府网站部门专栏为信息发布主渠道，不再重复发布；再次，全面公开涉农项目资金安排和使用情况；最后，配齐配强专职工作人员。',
    problems: [e('首先', 'policy-interpretation'), e('其次', 'duplicate-publishing'), e('再次', 'incomplete-disclosure'), e('最后', 'staff-capacity')],
    improvements: [e('首先', 'policy-interpretation'), e('其次', 'duplicate-publishing'), e('再次', 'incomplete-disclosure'), e('最后', 'staff-capacity')],
  },
  {
    id: 'c/street-half-paren-numbers',
    text: '存在不足：1）政务新媒体矩阵建设滞后，社区公众号各自为政，内容同质化；2）政务公开与基层治理结合不紧，居民参与居务决策渠道少；3）个别依申请公开件未在法定期限内答复。\n改进措施：1）整合社区公众号，统一纳入街道政务新媒体矩阵管理；2）推行“居民说事”“民情恳谈”等议事形式，扩大居民参与；3）建立依申请公开办理台账和期限提醒，确保按期答复。',
    problems: [e('1)政务新媒体', 'new-media'), e('2)政务公开与基层治理', 'public-participation'), e('3)个别依申请', 'request-handling')],
    improvements: [e('1)整合社区公众号', 'new-media'), e('2)推行', 'public-participation'), e('3)建立依申请', 'request-handling')],
  },
  {
    id: 'c/city-ecology-duici-measure-after-each',
    text: '一是环境影响评价审批信息公开不够及时，部分项目受理公示晚于规定时间。对此，我局将严格执行环评审批信息公开时限，受理后即时公示。\n二是重点排污单位名录、环境执法信息等重点领域信息公开不够全面。对此，我局将全面公开重点排污单位名录和环境执法信息。\n三是生态环境政策解读的多样性不足。对此，我局将运用图解、动漫、短视频等方式解读生态环境政策。',
    problems: [e('一是环境影响评价', 'incomplete-disclosure'), e('二是重点排污单位', 'incomplete-disclosure'), e('三是生态环境政策解读', 'policy-interpretation')],
    improvements: [e('严格执行环评', 'incomplete-disclosure'), e('全面公开重点排污', 'incomplete-disclosure'), e('运用图解', 'policy-interpretation')],
  },
  {
    id: 'c/town-one-line-each',
    text: '存在问题：政务公开专栏更新不及时，部分栏目无内容。\n下一步，我镇将安排专人负责专栏维护，及时充实栏目内容。',
    problems: [e('政务公开专栏', 'update-gap')],
    improvements: [e('安排专人', 'update-gap')],
  },
  {
    id: 'c/city-police-prior-inline-yi-parens',
    text: '五、存在的主要问题及改进情况\n2023年度报告提出的问题整改情况如下：（一）户政业务办事指南已全部更新；（二）“平安清川”政务微博已纳入统一管理；（三）已建立依申请公开法律顾问审核制度。\n2024年，我局政府信息公开工作仍存在以下问题：一是部分便民服务信息在门户网站、政务服务网等多个平台重复发布，内容表述不一致；二是对社会关注的热点警情回应不够主动，回应社会关切的时效性不强；三是基层派出所政务公开工作人员业务培训不足。\n下一步工作措施：1.明确便民服务信息以门户网站为主渠道发布，其他平台只作链接，避免重复发布；2.完善热点警情回应机制，第一时间回应社会关切；3.分片区对派出所政务公开工作人员开展业务培训。',
    problems: [e('一是部分便民服务', 'duplicate-publishing'), e('二是对社会关注', 'policy-interpretation'), e('三是基层派出所', 'staff-capacity')],
    improvements: [e('1.明确便民服务', 'duplicate-publishing'), e('2.完善热点警情', 'policy-interpretation'), e('3.分片区', 'staff-capacity')],
    priorDone: 3,
  },
  {
    id: 'c/county-health-zhendui-each-measure-lost-stop',
    text: '（一）存在问题\n1.公共卫生信息公开栏目更新不及时；\n2.医疗机构依法执业信息公开不全面；\n3.卫生健康政策解读与群众需求结合不紧\n（二）改进措施\n针对栏目更新不及时的问题，我局将建立栏目维护责任清单，明确更新时限；针对医疗机构执业信息公开不全面的问题，我局将督促医疗机构全面公开执业许可、收费项目等信息；针对政策解读与群众需求结合不紧的问题，我局将围绕就医、医保等群众关心的问题开展解读。',
    problems: [e('1.公共卫生', 'update-gap'), e('2.医疗机构', 'incomplete-disclosure'), e('3.卫生健康政策解读', 'policy-interpretation')],
    improvements: [e('针对栏目', 'update-gap'), e('针对医疗机构', 'incomplete-disclosure'), e('针对政策解读', 'policy-interpretation')],
  },
  {
    id: 'c/province-statistics-paragraph-entries',
    text: '（一）存在的主要问题\n1.统计数据发布后的解读不够深入。数据发布以表格为主，对数据变化原因分析不多，社会公众理解统计数据存在困难。\n2.统计信息网上查询系统使用不便。数据库检索条件设置复杂，历史数据下载经常出现中断。\n3.部分市县统计机构政务公开工作基础薄弱，公开目录不健全，公开工作标准不统一。\n（二）改进措施\n1.在发布主要统计数据的同时发布数据解读，必要时召开新闻发布会。\n2.对统计数据查询系统进行优化升级，简化检索方式，提高下载稳定性。\n3.指导市县统计机构编制完善政务公开目录，统一公开工作标准。',
    problems: [e('1.统计数据发布后', 'policy-interpretation'), e('2.统计信息网上', 'platform-stability'), e('3.部分市县', 'standardization')],
    improvements: [e('1.在发布主要', 'policy-interpretation'), e('2.对统计数据查询', 'platform-stability'), e('3.指导市县', 'standardization')],
  },
  {
    id: 'c/township-repeated-yishi-year-plan-no-stop',
    text: '2024年，我乡政务公开工作虽然有所进步，但还存在一些问题：一是乡村两级公开目录不够完善，村级公开事项不明确；一是乡政府网站专栏信息更新慢，个别栏目半年未更新；二是乡干部对政务公开重要性认识不足，存在重业务轻公开的现象。2025年，我乡将进一步完善乡村两级公开目录，明确公开事项；加强网站专栏日常管理，确保信息及时更新；组织乡干部学习政务公开相关文件，提高思想认识',
    problems: [e('一是乡村两级', 'standardization'), e('一是乡政府网站', 'update-gap'), e('二是乡干部', 'awareness')],
    improvements: [e('进一步完善', 'standardization'), e('加强网站专栏', 'update-gap'), e('组织乡干部', 'awareness')],
  },
  {
    id: 'c/devzone-semicolon-problems-titled-measures',
    text: '存在问题：管委会网站信息发布系统老旧，经常出现页面打不开、信息无法上传等故障；政策性文件解读率低，部分文件未配发解读；对企业和群众的意见建议收集、反馈不够。\n改进措施：\n（一）强化平台支撑。对网站信息发布系统进行迁移升级，纳入市政府网站集约化平台统一管理。\n（二）强化政策解读。坚持政策文件与解读材料同步发布，解读率达到100%。\n（三）强化互动交流。开通“企业之声”意见征集栏目，及时反馈办理情况。',
    problems: [e('管委会网站', 'platform-stability'), e('政策性文件', 'policy-interpretation'), e('对企业和群众', 'public-participation')],
    improvements: [e('（一）强化平台支撑', 'platform-stability'), e('（二）强化政策解读', 'policy-interpretation'), e('（三）强化互动交流', 'public-participation')],
  },
  {
    id: 'c/county-water-nested-numbers-in-measure',
    text: '（一）存在问题\n一是水利工程建设项目信息公开不及时、不全面。二是政府信息公开工作档案管理不够规范，主动公开信息的发布记录未及时归档。\n（二）改进措施\n一是做好水利工程建设项目信息公开。1.项目批复后及时公开批复文件；2.按进度公开招投标和施工信息。二是规范政务公开档案管理，发布记录按年度立卷归档。',
    problems: [e('一是水利工程', 'incomplete-disclosure'), e('二是政府信息公开工作档案', 'other')],
    improvements: [e('一是做好水利工程', 'incomplete-disclosure'), e('二是规范政务公开档案', 'other')],
  },
  {
    id: 'c/city-commerce-qiyi-qier',
    text: '我局政务公开工作还存在不足，其一，政务公开专栏与上级要求的标准化目录对应不够，栏目设置较为随意；其二，商务领域政策解读不够及时，部分惠企政策出台后未同步解读；其三，依申请公开答复不够规范，个别答复未加盖公章。下一步，我局将：其一，对照标准化目录调整栏目设置；其二，惠企政策出台后3个工作日内发布解读；其三，统一依申请公开答复书格式，严格用印审核。',
    problems: [e('其一', 'standardization'), e('其二', 'policy-interpretation'), e('其三', 'request-handling')],
    improvements: [e('其一', 'standardization'), e('其二', 'policy-interpretation'), e('其三', 'request-handling')],
  },
  {
    id: 'c/street-yi-dun-subheadings-prior-numbered',
    text: '一、上年度问题整改情况\n1.已在街道便民服务中心设立政务公开专区；\n2.已对街道官方公众号进行集约化整合。\n二、存在的问题\n（一）个别社区干部对政务公开工作认识不到位，把公开当成额外负担。\n（二）政务公开专区设立后群众使用不多，作用发挥不明显。\n（三）街道公众号推文审核把关不严，出现过错别字和数据错误。\n三、改进措施\n（一）加强社区干部政务公开意识教育，将政务公开纳入社区工作考评。\n（二）在社区宣传专区服务功能，引导群众到专区查阅办事。\n（三）严格执行公众号推文审核制度，发布前由分管领导审签。',
    problems: [e('（一）个别社区干部', 'awareness'), e('（二）政务公开专区', 'reading-room-underused'), e('（三）街道公众号', 'new-media')],
    improvements: [e('（一）加强社区干部', 'awareness'), e('（二）在社区宣传', 'reading-room-underused'), e('（三）严格执行', 'new-media')],
    priorDone: 2,
  },
  {
    id: 'c/district-veterans-short-no-final-stop',
    text: '1、优待抚恤政策宣传解读不够深入；2、政务公开工作人员业务能力有待提升。下一步将加强优待抚恤政策解读；加强业务培训，提升人员能力',
    problems: [e('1、优待抚恤', 'policy-interpretation'), e('2、政务公开工作人员', 'staff-capacity')],
    improvements: [e('加强优待抚恤', 'policy-interpretation'), e('加强业务培训', 'staff-capacity')],
  },
  {
    id: 'c/city-market-two-platforms-typo-gongshi',
    text: '（一）存在问题\n一是行政处罚信息在国家企业信用信息公示系统和局门户网站分别公示，两个平台公式内容、公示期限要求不一致。二是局门户网站与市政府网站群平台对接后，部分栏目前后台数据不同步，前台显示信息缺失。三是部分基层监管所对政务公开工作重视不够，工作推进落实不力。\n（二）整改措施\n一是统一行政处罚信息公示标准，以国家企业信用信息公示系统为准，门户网站做好链接。二是与网站群平台运维单位联合排查，解决前后台数据不同步问题。三是将政务公开工作纳入基层所年度考核，层层压实责任。',
    problems: [e('一是行政处罚', 'duplicate-publishing'), e('二是局门户网站', 'platform-stability'), e('三是部分基层', 'awareness')],
    improvements: [e('一是统一行政处罚', 'duplicate-publishing'), e('二是与网站群', 'platform-stability'), e('三是将政务公开', 'awareness')],
  },
]
