// Holdout 19: county and city bureaus (医保、应急、退役军人、林业、水利、商务、统计、审计、信访、数据局、
// 机关事务、民宗、供销社、气象、税务、公积金中心), each in a shape of its own.
import { e, type Holdout19Case } from './entry'

export const BUREAUS: Holdout19Case[] = [
  {
    id: 'h19-b01-county-medical-insurance-2024',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
2024年，我局政府信息公开工作取得一定成效，但对照上级要求和群众期待，仍有差距。一是医保政策宣传以转发文件为主，群众看得懂的一图读懂、政策问答类产品较少；二是“医保服务”专栏中定点医药机构名单自3月以来未作调整，信息陈旧；三是局内从事公开工作的同志均为兼职，对业务规则掌握不深。
（二）改进措施
一是围绕门诊共济、异地就医备案等群众关心的事项，推出图解、短视频和政策问答，让政策看得懂、用得上。二是建立专栏内容定期检查制度，每月核对一次定点机构名单，做到动态调整。三是选派人员参加市局组织的业务培训，以干代训提升工作水平。`,
    problems: [
      e('一是医保政策宣传', 'policy-interpretation'),
      e('二是“医保服务”专栏', 'update-gap'),
      e('三是局内从事公开工作', 'staff-capacity'),
    ],
    improvements: [
      e('一是围绕门诊共济', 'policy-interpretation'),
      e('二是建立专栏内容定期检查', 'update-gap'),
      e('三是选派人员参加', 'staff-capacity'),
    ],
  },
  {
    id: 'h19-b02-city-emergency-management-2023',
    text: `五、存在的主要问题及改进情况
2023年，我局政务公开工作还存在一些薄弱环节：
（一）安全生产行政处罚信息公开不够及时。部分执法案件结案后未能在规定时限内公示，个别处罚决定书公开内容要素缺失。
（二）互动交流渠道利用率低。局网站“局长信箱”全年仅收到来信7件，在线访谈、意见征集活动开展较少，群众参与积极性不高。
（三）应急科普与政策解读结合不紧。对新修订的安全生产法规主要以文字形式转载，缺乏以案释法、情景动画等通俗化解读。
下一步工作打算：
1.严格执行执法信息公示制度，明确行政处罚结果在作出决定之日起7个工作日内公开，由法规科对公开内容逐件把关。
2.拓展政民互动渠道，围绕防汛防台、森林防火等重点工作开展网上意见征集和在线访谈，及时回复群众来信。
3.结合典型事故案例开展以案释法，制作动漫、长图等解读产品，提高政策知晓度。
4.加大对政务公开工作的经费保障，将其纳入年度部门预算。`,
    problems: [
      e('（一）安全生产行政处罚', 'incomplete-disclosure'),
      e('（二）互动交流渠道', 'public-participation'),
      e('（三）应急科普与政策解读', 'policy-interpretation'),
    ],
    improvements: [
      e('1.严格执行执法信息公示', 'incomplete-disclosure'),
      e('2.拓展政民互动渠道', 'public-participation'),
      e('3.结合典型事故案例', 'policy-interpretation'),
      // Funds: none of the named categories.
      e('4.加大对政务公开工作的经费保障', 'other'),
    ],
  },
  {
    id: 'h19-b03-district-veterans-2022',
    text: `五、存在的主要问题及改进情况
一年来，我局政府信息公开工作虽有进步，但仍存在以下问题：首先，部分领导干部对政务公开重视不够，存在“重业务、轻公开”的倾向；其次，优抚政策、褒扬纪念等领域信息发布零散，内容不系统；再次，政务公开专区设在一楼服务大厅角落，标识不明显，全年前来查阅的群众寥寥无几；最后，依申请公开答复中存在引用条款不准确的情况。
针对上述问题，2023年我局将着力做好以下几方面工作：首先，将政务公开纳入局党组会议定期研究事项，主要负责同志亲自过问；其次，梳理优待抚恤、就业创业等政策文件，按主题集中公开；再次，对政务公开专区进行改造，增设自助查询机和指引标识，并在重要节点组织开放日活动；最后，建立依申请答复法制审核机制，答复前由法律顾问把关。`,
    problems: [
      e('首先，部分领导干部', 'awareness'),
      e('其次，优抚政策', 'incomplete-disclosure'),
      e('再次，政务公开专区设在', 'reading-room-underused'),
      e('最后，依申请公开答复中', 'request-handling'),
    ],
    improvements: [
      e('首先，将政务公开纳入', 'awareness'),
      e('其次，梳理优待抚恤', 'incomplete-disclosure'),
      e('再次，对政务公开专区', 'reading-room-underused'),
      e('最后，建立依申请答复', 'request-handling'),
    ],
  },
  {
    id: 'h19-b04-county-forestry-2021',
    text: `五、存在的主要问题及改进情况
(一)存在问题
(1)重点领域信息公开还不够深入。林木采伐许可、征占用林地审批结果只公开了批复文号，未公开面积、地点等关键要素；生态护林员选聘结果公开不及时。
(2)网站栏目维护存在短板。主要表现在：①“林业资讯”栏目年内更新仅4条；②“规划计划”栏目自2019年起为空白；③“政策解读”栏目仅有标题没有内容。
(3)工作人员对公开业务不够熟悉,对哪些信息应主动公开把握不准。
(二)改进情况
(1)细化重点领域公开内容,采伐许可、林地审批等事项做到要素齐全、及时公开。
(2)开展网站栏目全面自查,对空白栏目和长期未更新栏目限期补充内容。
(3)组织学习《条例》及上级文件,提高干部业务水平。`,
    problems: [
      e('(1)重点领域信息公开还', 'incomplete-disclosure'),
      // The ①②③ inside stay in this one entry.
      e('(2)网站栏目维护存在短板', 'update-gap'),
      e('(3)工作人员对公开业务', 'staff-capacity'),
    ],
    improvements: [
      e('(1)细化重点领域', 'incomplete-disclosure'),
      e('(2)开展网站栏目全面自查', 'update-gap'),
      e('(3)组织学习《条例》', 'staff-capacity'),
    ],
  },
  {
    id: 'h19-b05-city-water-resources-2024',
    text: `五、存在的主要问题及改进情况
1、水利工程建设项目信息公开不够完整，招投标、施工许可、竣工验收等环节信息缺失较多，部分项目同一条中标公告在门户网站和公共资源交易平台各发布一次且内容不一致。
2、政务公开工作力量薄弱，机构改革后原负责同志调离，新接手人员尚在熟悉业务。
3、门户网站后台系统老旧，上传附件经常失败，群众反映站内搜索查不到已公开的文件。
2025年，我局将从以下方面加以改进：
1、按照重大建设项目信息公开要求，建立项目全流程信息台账，补齐各环节信息，并统一发布渠道，避免同一信息多头发布。
2、充实政务公开工作人员，保持队伍相对稳定，定期开展业务培训。
3、配合市大数据中心完成网站集约化迁移，解决附件上传和检索问题。`,
    problems: [
      // Two plainly: information missing, and the same notice published twice, differently.
      e('1、水利工程建设项目', 'incomplete-disclosure', 'duplicate-publishing'),
      e('2、政务公开工作力量薄弱', 'staff-capacity'),
      e('3、门户网站后台系统老旧', 'platform-stability'),
    ],
    improvements: [
      e('1、按照重大建设项目', 'incomplete-disclosure', 'duplicate-publishing'),
      e('2、充实政务公开工作人员', 'staff-capacity'),
      e('3、配合市大数据中心', 'platform-stability'),
    ],
  },
  {
    id: 'h19-b06-district-commerce-2023',
    text: `五、存在的主要问题及改进情况
我局政府信息公开工作仍有不足：商贸流通领域政策文件发布后缺少配套解读，企业反映看不懂申报条件；消费券发放、外贸扶持资金拨付结果未按要求主动公开；政务微信公众号“东城商务”全年推送不足10条，原创内容几乎没有，关注人数长期停留在三百人左右。
下步，我局将重点抓好三项工作：对涉企政策同步制作政策问答和申报指南，做到文件与解读同步发布；及时公开各类扶持资金分配结果，接受社会监督；加强对“东城商务”公众号的日常运营，提高原创推文比例和推送频次。`,
    problems: [
      e('商贸流通领域政策文件', 'policy-interpretation'),
      e('消费券发放', 'incomplete-disclosure'),
      e('政务微信公众号“东城商务”', 'new-media'),
    ],
    improvements: [
      e('对涉企政策同步制作', 'policy-interpretation'),
      e('及时公开各类扶持资金', 'incomplete-disclosure'),
      e('加强对“东城商务”公众号', 'new-media'),
    ],
  },
  {
    id: 'h19-b07-county-statistics-2020',
    text: `五、存在的主要问题及改进情况
2020年我局政务公开工作存在的问题主要有：一是统计数据发布后缺少图表分析和数据解读，群众理解统计指标有困难；三是统计执法检查结果公开不够及时；四是局办公楼一楼设置的政府信息查阅点基本无人问津。今后，我局将一是在发布主要统计数据的同时配发图解和解读文章，用通俗语言说明指标含义；二是统计执法“双随机”抽查结果在结案后及时在网站公示；三是将查阅点与统计数据咨询服务窗口合并设置，方便群众查询。`,
    problems: [
      e('一是统计数据发布后', 'policy-interpretation'),
      // 二是 skipped as printed.
      e('三是统计执法检查结果', 'incomplete-disclosure'),
      e('四是局办公楼一楼', 'reading-room-underused'),
    ],
    improvements: [
      e('一是在发布主要统计数据', 'policy-interpretation'),
      e('二是统计执法“双随机”', 'incomplete-disclosure'),
      e('三是将查阅点与统计数据', 'reading-room-underused'),
    ],
  },
  {
    id: 'h19-b08-city-audit-2022',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
1.审计结果公告公开范围较窄。全年仅公开了本级预算执行审计工作报告，专项审计调查结果公告较少。
2.政务公开制度还需健全。主动公开目录未随机构职能调整而更新，公开事项边界不清晰。
3.个别同志保密意识与公开意识平衡把握不够，存在“多一事不如少一事”的想法。
（二）改进情况
1.扩大审计结果公告范围，对社会关注度高的专项审计调查结果依法依规予以公开。
2.对照审计领域基层政务公开标准指引，重新编制主动公开事项目录，明确公开内容、时限和责任科室。
3.加强对全局干部的教育，树立“以公开为常态、不公开为例外”的理念。
（三）上年度问题整改情况
针对上年度报告提出的网站栏目更新滞后问题，我局已明确专人每周巡查栏目，问题已整改到位。`,
    problems: [
      e('1.审计结果公告公开范围', 'incomplete-disclosure'),
      e('2.政务公开制度还需健全', 'standardization'),
      e('3.个别同志保密意识', 'awareness'),
    ],
    improvements: [
      e('1.扩大审计结果公告', 'incomplete-disclosure'),
      e('2.对照审计领域', 'standardization'),
      e('3.加强对全局干部的教育', 'awareness'),
    ],
    priorDone: 1,
  },
  {
    id: 'h19-b09-county-petitions-2024',
    text: `五、存在的主要问题及改进情况
存在问题：①信访事项办理流程、投诉渠道等公开内容多年未作修订，与现行《信访工作条例》规定不一致；②网上信访平台与政府门户网站数据未打通，群众需重复注册，页面打开缓慢；③对群众反映集中的问题回应不够主动，相关政策解释多停留在口头答复。
改进措施：①全面修订信访事项办理指南和流程图，及时在网站和接待大厅同步更新；②协调技术单位推进系统整合，实现统一身份认证；③针对征地拆迁、欠薪等集中反映问题，通过以案释法、政策问答等形式主动释疑解惑。`,
    problems: [
      // Content left unrevised for years: stale.
      e('①信访事项办理流程', 'update-gap'),
      e('②网上信访平台', 'platform-stability'),
      e('③对群众反映集中', 'policy-interpretation'),
    ],
    improvements: [
      e('①全面修订信访事项', 'update-gap'),
      e('②协调技术单位', 'platform-stability'),
      e('③针对征地拆迁', 'policy-interpretation'),
    ],
  },
  {
    id: 'h19-b10-city-data-bureau-2024',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
1.政务服务事项办事指南与“一网通办”平台上的版本存在差异，部分事项在两个平台公布的材料清单不一致，群众无所适从。
2.“数据开放”专栏内容陈旧，已开放的数据集多为静态数据，更
新频率低，部分数据集自上线后从未维护。
3.新入职人员较多，对政府信息公开业务把握不准，依申请公开答复
时曾出现告知类型选择错误的情况。
（二）下一步工作打算
1.开展办事指南“一致性”核查，以平台为准统一发布口径。
2.建立数据集维护责任清单，明确各数据提供单位按月更新专栏数据。
3.加强对新入职人员的业务培训，规范依申请公开答复文书，重要答复经法律顾问审核后出具。`,
    problems: [
      e('1.政务服务事项办事指南', 'duplicate-publishing'),
      e('2.“数据开放”专栏内容陈旧', 'update-gap'),
      // New staff who do not know the work, and a request answered wrongly: both.
      e('3.新入职人员较多', 'staff-capacity', 'request-handling'),
    ],
    improvements: [
      e('1.开展办事指南“一致性”', 'duplicate-publishing'),
      e('2.建立数据集维护责任清单', 'update-gap'),
      e('3.加强对新入职人员', 'staff-capacity', 'request-handling'),
    ],
  },
  {
    id: 'h19-b11-district-government-offices-affairs-2021',
    text: `五、存在的主要问题及改进情况
一是公共机构节能、公务用车管理等职能信息公开较少，群众和服务对象对我局职能了解不多。
二是信息发布把关不严，曾出现同一通知在网站“通知公告”和“工作动态”两个栏目重复刊载的情况。
二是政务公开工作人员身兼数职，精力有限。
整改情况：
一是梳理本局职能清单，将公共机构节能、公务用车改革等工作信息纳入主动公开范围。
二是严格执行“先审后发”制度，明确栏目分工，杜绝同一信息多栏目刊载。
三是积极争取增配1名专职人员，减少兼职带来的精力分散。`,
    problems: [
      e('一是公共机构节能', 'incomplete-disclosure'),
      e('二是信息发布把关不严', 'duplicate-publishing'),
      // 二是 printed twice.
      e('二是政务公开工作人员身兼', 'staff-capacity'),
    ],
    improvements: [
      e('一是梳理本局职能清单', 'incomplete-disclosure'),
      e('二是严格执行“先审后发”', 'duplicate-publishing'),
      e('三是积极争取增配', 'staff-capacity'),
    ],
  },
  {
    id: 'h19-b12-county-ethnic-religious-2023',
    text: `五、存在的主要问题及改进情况
我局政府信息公开工作存在以下不足：
1）宗教活动场所登记、民族团结进步创建等信息公开的主动性不强，部分信息拖到年底才集中发布。
2）政务公开工作缺少系统培训，工作人员对公开属性认定等业务还不熟练。
3）微信公众号“和美民宗”功能单一，只转载上级信息，原创内容很少，关注人数不足500人。
4）群众对民族宗教政策了解渠道有限，政策宣讲多以会议形式开展，缺少图文并茂的解读。
下一步，我局将加强对政务公开工作的组织领导，把公开工作纳入局党组年度重点工作；强化业务培训，每年至少组织两次专题学习；丰富政策解读形式，推出图解、短视频等解读产品。`,
    problems: [
      e('1）宗教活动场所登记', 'incomplete-disclosure'),
      e('2）政务公开工作缺少系统培训', 'staff-capacity'),
      e('3）微信公众号“和美民宗”', 'new-media'),
      e('4）群众对民族宗教政策', 'policy-interpretation'),
    ],
    // Three measures split by ；, the lead 下一步，我局将 left out; fewer measures than problems.
    improvements: [
      e('加强对政务公开工作的组织领导', 'awareness'),
      e('强化业务培训', 'staff-capacity'),
      e('丰富政策解读形式', 'policy-interpretation'),
    ],
  },
  {
    id: 'h19-b13-county-supply-marketing-coop-2022',
    text: `五、存在的主要问题及改进情况
一是政府信息公开专栏内容较少，“财政资金”栏目仅有年度预决算，针对这一问题，我社将把农资储备补贴、专项资金使用情况一并纳入公开。二是工作人员变动频繁，一年内更换了两次信息员，为此，我社将固定专人负责，并加强传帮带。三是对依申请公开工作重视不够，认为社里很少收到申请而未制定办理流程，对此，我社将参照县政府办公室的模板制定依申请公开办理规程。`,
    problems: [
      e('一是政府信息公开专栏内容较少', 'incomplete-disclosure'),
      e('二是工作人员变动频繁', 'staff-capacity'),
      // Low attention, and no procedure for requests: both stated.
      e('三是对依申请公开工作重视不够', 'awareness', 'request-handling'),
    ],
    improvements: [
      e('针对这一问题，我社将把', 'incomplete-disclosure'),
      e('为此，我社将固定专人', 'staff-capacity'),
      e('对此，我社将参照', 'request-handling'),
    ],
  },
  {
    id: 'h19-b14-city-meteorology-2019',
    text: `五、存在的主要问题及改进情况
（一）主要问题
一是气象灾害预警信息与政府信息公开的衔接不够，预警信号解除后相关信息未在门户网站归档，“预警信息”栏目存在断档。二是政务公开专区设在业务楼二楼，群众不易找到，全年接待查阅人数不足10人次。三是对公开工作的考核还停留在年底“打分”，日常督促不够。
（二）改进措施
1.完善预警信息发布与归档衔接机制，确保栏目内容连续完整。
2.将政务公开专区迁至一楼气象科普馆，与科普开放日活动结合，方便公众就近查阅。
3.把政务公开纳入科室月度工作讲评，做到日常检查与年终考核相结合。`,
    problems: [
      e('一是气象灾害预警信息', 'update-gap'),
      e('二是政务公开专区设在业务楼', 'reading-room-underused'),
      // Appraisal: none of the named categories.
      e('三是对公开工作的考核', 'other'),
    ],
    improvements: [
      e('1.完善预警信息发布', 'update-gap'),
      e('2.将政务公开专区迁至', 'reading-room-underused'),
      e('3.把政务公开纳入科室', 'other'),
    ],
  },
  {
    id: 'h19-b15-district-tax-2023',
    text: `五、存在的主要问题及改进情况
（一）存在的问题
（1）税费优惠政策更新频繁，我局虽及时转发上级文件，但针对小微企业、个体工商户的通俗化解读产品不多，纳税人反映政策“找得到、看不懂”。
（2）办税服务厅设置的政务公开查阅点利用率低，纳税人多通过电子税务局办理业务，很少到现场查阅。
（3）依申请公开答复中对涉及纳税人涉税信息的申请处理经验不足，答复说理不充分。
（二）改进措施
（1）组建政策解读团队，分行业制作一图读懂、政策问答和短视频，在办税服务厅和“两微一端”同步推送。
（2）将查阅点与“税务体验区”融合，设置电子查阅终端，提高使用率。
（3）对涉税信息类申请建立会商机制，规范答复文书的说理部分，降低复议诉讼风险。
（4）定期开展公开业务培训，提升一线人员的公开工作能力。`,
    problems: [
      e('（1）税费优惠政策', 'policy-interpretation'),
      e('（2）办税服务厅设置', 'reading-room-underused'),
      e('（3）依申请公开答复中', 'request-handling'),
    ],
    improvements: [
      // 两微一端 is only the channel the interpretations go out on.
      e('（1）组建政策解读团队', 'policy-interpretation'),
      e('（2）将查阅点与', 'reading-room-underused'),
      e('（3）对涉税信息类申请', 'request-handling'),
      e('（4）定期开展公开业务培训', 'staff-capacity'),
    ],
  },
  {
    id: 'h19-b16-city-housing-fund-centre-2024',
    text: `五、存在的主要问题及改进情况
1.公积金缴存、提取政策调整后，网站、APP、微信公众号三个渠道公布的提取条件表述不统一，部分渠道仍挂着旧版办事指南。
2.门户网站“业务查询”功能经常出现页面卡顿、查询超时，群众投诉较多。
3.政策宣传以发布文件为主，缺少以图解、问答等形式对政策进行解读。
4.与缴存职工的互动交流不够，网上留言咨询答复不及时。
针对上述问题，我中心将采取以下措施：
1.建立多渠道信息发布统一审核机制，确保网站、APP、微信公众号口径一致。
2.每月对各渠道办事指南进行一次核查，及时撤换过期版本。
3.对业务查询系统进行升级改造，提高系统承载能力。
4.每项政策出台时同步推出图解和问答。
5.开设“公积金政策直播间”，定期邀请业务骨干在线答疑，畅通互动渠道。`,
    problems: [
      // Three channels that word it differently, and an old guide left up: both stated.
      e('1.公积金缴存、提取政策', 'duplicate-publishing', 'update-gap'),
      e('2.门户网站“业务查询”', 'platform-stability'),
      e('3.政策宣传以发布文件', 'policy-interpretation'),
      e('4.与缴存职工的互动', 'public-participation'),
    ],
    improvements: [
      e('1.建立多渠道信息发布', 'duplicate-publishing'),
      e('2.每月对各渠道办事指南', 'update-gap'),
      e('3.对业务查询系统', 'platform-stability'),
      e('4.每项政策出台时', 'policy-interpretation'),
      e('5.开设“公积金政策直播间”', 'public-participation'),
    ],
  },
]
