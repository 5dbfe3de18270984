// Longer and mixed texts: five problems with figures, measures nested (1)(2), a problem with its own
// 一是/二是, problems and measures in one numbered point (问题：/措施：, …下一步将…), more problems
// than measures, last year's fixes after the measures, a two-sentence text (see README.md).
import { e, type Holdout9Case } from './entry'

export const LONG: readonly Holdout9Case[] = [
  {
    id: 'h9-long-yuping-2023',
    text: `五、存在的主要问题及改进情况
2023年，我市政务公开工作在全省考评中位次有所上升，但与先进地区相比仍有不小差距，集中体现在以下五个方面。
一是主动公开的精准度不高。发布的信息“大而全”，群众真正关心的教育入学、医保报销、就业补贴等“小切口”信息不多，网站访问量排名前十的栏目中有六个是办事类栏目，但办事类信息仅占发布总量的12%。
二是政策文件与解读“两张皮”。部分单位先发文件、后补解读，甚至只发文件、不发解读；解读内容与文件条文重复率高。
三是政务新媒体矩阵管理松散。全市共有政务新媒体账号137个，其中近半年未发布内容的有21个，个别账号转载内容出现错误后未及时更正。
四是政府开放日、网络问政等公众参与活动开展不多，全年仅举办政府开放日活动3场。
五是县（市、区）之间、市级部门之间工作差距明显，个别单位考评得分连续两年排名靠后。
2024年，我市将着力做好以下工作：
（一）围绕群众需求精准公开。以网站访问数据和12345热线诉求为依据，动态调整公开重点。
（二）推进政策文件与解读同步。（1）解读材料随文件一并报送审核；（2）未同步报送解读的文件，原则上不予发布。
（三）强化政务新媒体监管。开展季度检查，对问题账号限期整改，整改不到位的予以关停。
（四）拓展公众参与渠道。每季度至少举办一次政府开放日活动，推行重大民生决策网上听证。
（五）加强督导考核。对考评排名靠后的单位进行约谈，并纳入年度绩效考核扣分。`,
    problems: [
      e('一是主动公开的精准度', 'incomplete-disclosure'),
      e('二是政策文件与解读', 'policy-interpretation'),
      e('三是政务新媒体矩阵', 'new-media'),
      e('四是政府开放日', 'public-participation'),
      e('五是县（市、区）之间', 'other'),
    ],
    improvements: [
      e('（一）围绕群众需求', 'incomplete-disclosure'),
      e('（二）推进政策文件与解读同步', 'policy-interpretation'),
      e('（三）强化政务新媒体监管', 'new-media'),
      e('（四）拓展公众参与渠道', 'public-participation'),
      e('（五）加强督导考核', 'other'),
    ],
  },
  {
    id: 'h9-long-yanqian-2021',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
1.基层政务公开目录建设进展不一。一是部分乡镇对26个领域标准目录理解不透，照搬照抄县级目录；二是村级公开事项清单尚未全面编制。
2.依申请公开办理能力与申请量增长不相适应。全县收到申请较上年增长六成，部分单位经办人员对“不予公开”“信息不存在”等答复类型适用不准，导致被申请行政复议4件。
3.县政府网站与政务服务网的事项信息两头维护，同一服务事项两边要素不一致。
（二）改进措施
1.制定乡镇标准目录编制指引，开展点对点指导，年内完成村级事项清单编制。
2.举办依申请公开业务专题培训班，编写答复文书范本；对复议案件进行复盘。
3.以政务服务网为服务事项信息唯一来源，县政府网站通过接口调用。
（三）上年度问题整改情况
2020年度报告提出的问题均已整改：（一）“信息公开指南未更新”已更新发布；（二）“政务公开专区作用不明显”已通过设置专人值守、增加咨询功能得到改善。`,
    problems: [e('1.基层政务公开目录建设', 'standardization'), e('2.依申请公开办理能力', 'request-handling', 'staff-capacity'), e('3.县政府网站与政务服务网', 'duplicate-publishing')],
    improvements: [e('1.制定乡镇标准目录', 'standardization'), e('2.举办依申请公开业务', 'request-handling', 'staff-capacity'), e('3.以政务服务网为', 'duplicate-publishing')],
    priorDone: 2,
  },
  {
    id: 'h9-long-lumen-2024',
    text: `五、存在的主要问题及改进情况
就公开内容而言，部分单位对重大建设项目、公共资源配置等重点领域信息只做到“有”，没有做到“全”和“深”，项目审批、招标、施工、验收全流程信息链不完整。就公开平台而言，区政府网站部分专题专栏建成后缺少维护，“优化营商环境”“乡村振兴”等专题内容停留在2022年。就工作队伍而言，各单位政务公开工作多由办公室文秘人员兼职，缺少系统培训，对新《条例》的把握不够精准。
对此，我区将首先对重点领域信息公开开展专项检查，列出问题清单，督促限期补齐；然后对区政府网站所有专题专栏进行梳理，关停整合一批内容空白的专栏，保留的专栏落实维护责任；最后举办全区政务公开业务培训班，实现各单位政务公开工作人员培训全覆盖。`,
    problems: [e('就公开内容而言', 'incomplete-disclosure'), e('就公开平台而言', 'update-gap'), e('就工作队伍而言', 'staff-capacity')],
    improvements: [e('首先对重点领域', 'incomplete-disclosure'), e('然后对区政府网站', 'update-gap'), e('最后举办全区', 'staff-capacity')],
  },
  {
    id: 'h9-long-yanqian-caizheng-2022',
    text: `五、存在的主要问题及改进情况
一是部门预决算公开的细化程度不够，个别部门“三公”经费只公开总额，未按因公出国（境）费、公务接待费、公务用车购置及运行费分项说明；二是财政专项资金分配结果公开不及时；三是预决算公开平台操作较为复杂，乡镇和部门经办人员反映上传文件经常失败。
2023年，我局将采取以下措施加以改进：
1.印发预决算公开工作通知，对“三公”经费等公开内容逐项细化；
2.专项资金分配方案经批准后20个工作日内公开；
3.联系平台开发单位优化上传功能，编写平台操作手册，并对经办人员开展操作培训。`,
    problems: [e('一是部门预决算公开', 'incomplete-disclosure'), e('二是财政专项资金', 'incomplete-disclosure'), e('三是预决算公开平台', 'platform-stability')],
    improvements: [e('1.印发预决算公开', 'incomplete-disclosure'), e('2.专项资金分配方案', 'incomplete-disclosure'), e('3.联系平台开发单位', 'platform-stability', 'staff-capacity')],
  },
  {
    id: 'h9-long-luzhou-jiedao-2025',
    text: `五、存在的主要问题及改进情况
1.问题：辖区征迁安置信息主要在安置点张贴，线上公开滞后。措施：同步在街道网站和“鹭洲e家”小程序公开安置方案、房源分配结果。
2.问题：居民议事会、听证会等议事协商活动记录未公开，居民不了解议事结果。措施：议事协商结果在社区公开栏和小程序公示，接受居民监督。
3.问题：“鹭洲e家”小程序功能频繁调整，部分老年居民不会使用。措施：保留简洁版界面，在社区网格员协助下开展使用指导。`,
    problems: [e('1.问题：辖区征迁安置', 'incomplete-disclosure'), e('2.问题：居民议事会', 'public-participation', 'incomplete-disclosure'), e('3.问题：“鹭洲e家”', 'platform-stability')],
    improvements: [e('同步在街道网站', 'incomplete-disclosure'), e('议事协商结果在社区', 'public-participation', 'incomplete-disclosure'), e('保留简洁版界面', 'platform-stability')],
  },
  {
    id: 'h9-long-yuping-jiaojing-2022',
    text: `五、存在的主要问题及改进情况
本年度支队政府信息公开工作存在问题：一是交通违法处理、车辆年检等业务办理须知散见于支队网站、“郁平交警”公众号和“交管12123”APP，三处说法不完全一致；二是对群众通过网上留言反映的信号灯配时、违停抓拍点设置等问题，回复较慢，解释不够清楚；三是道路交通事故多发路段、易堵点等信息没有定期向社会公布。
整改措施：一是以“交管12123”APP为准统一业务办理须知，支队网站和公众号统一链接引用；二是建立网上留言“三日回复”制度，对涉及交通设施的诉求请专业科室答复并附说明；三是每季度公布一次事故多发路段和易堵点，提示群众安全出行。`,
    problems: [e('一是交通违法处理', 'duplicate-publishing'), e('二是对群众通过网上留言', 'public-participation', 'policy-interpretation'), e('三是道路交通事故', 'incomplete-disclosure')],
    improvements: [e('一是以“交管12123”', 'duplicate-publishing'), e('二是建立网上留言', 'public-participation', 'policy-interpretation'), e('三是每季度公布', 'incomplete-disclosure')],
  },
  {
    id: 'h9-long-liyuan-renfang-2023',
    text: `五、存在的主要问题及改进情况
（一）存在的问题
一是人防工程建设、平战结合等信息公开内容较少，部分信息末在网站公开；
二是人防宣传多停留在防空警报试鸣期间，日常宣传少，群众对人防知识了解不多；
三是办公室人员少，政务公开工作由一人兼管，己难以适应工作要求。
（二）改进措施
一是梳理人防工程信息，按规定公开人防工程建设审批、平战结合使用情况；
二是结合“5·12”防灾减灾日、防空警报试鸣等节点开展常态化宣传；
三是加强政务公开工作力量，确定一名同志专职负责。`,
    problems: [e('一是人防工程建设', 'incomplete-disclosure'), e('二是人防宣传', 'other'), e('三是办公室人员少', 'staff-capacity')],
    improvements: [e('一是梳理人防工程', 'incomplete-disclosure'), e('二是结合“5·12”', 'other'), e('三是加强政务公开工作力量', 'staff-capacity')],
  },
  {
    id: 'h9-long-yanqian-zfb-2025',
    text: `五、存在的主要问题及改进情况
一是部分单位对公开信息把关不严，全年通过自查发现并更正表述错误、附件缺失等问题信息31条，下一步将实行信息发布前“双人复核”；二是县政府网站政府信息公开平台与省平台的目录体系不一致，部分信息归类混乱，下一步将对照省级目录体系统一调整栏目归类；三是乡镇政务公开专区存在“有场地无服务”的情况，下一步将推动专区配备咨询人员并开展政策宣讲活动。`,
    problems: [e('一是部分单位对公开信息把关', 'incomplete-disclosure'), e('二是县政府网站政府信息公开平台', 'standardization'), e('三是乡镇政务公开专区', 'reading-room-underused')],
    improvements: [e('实行信息发布前', 'other'), e('对照省级目录体系', 'standardization'), e('推动专区配备咨询人员', 'reading-room-underused', 'policy-interpretation')],
  },
  {
    id: 'h9-long-lumen-2022',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
1.政府信息公开指南和目录未及时根据机构改革调整。
2.重大行政决策事项目录公布后，部分决策事项未按程序公开征求意见。
3.区政府网站留言板块答复质量不高，存在答非所问、简单推诿的现象。
4.依申请公开“信息不存在”答复说理不充分，被申请人提起行政诉讼1件。
5.政务公开工作经费保障不足，查阅场所设施简陋。
（二）下一步工作打算
1.修订完善政府信息公开指南和目录，做到与机构职能相一致。
2.严格执行重大行政决策程序规定，决策草案一律公开征求意见，并对意见采纳情况作出说明。
3.提高留言办理和依申请公开答复质量，建立答复文书审核机制，对答复不规范的单位予以通报。`,
    problems: [
      e('1.政府信息公开指南和目录', 'standardization'),
      e('2.重大行政决策事项目录', 'public-participation'),
      e('3.区政府网站留言板块', 'public-participation'),
      e('4.依申请公开“信息不存在”', 'request-handling'),
      e('5.政务公开工作经费', 'reading-room-underused'),
    ],
    improvements: [e('1.修订完善政府信息公开指南', 'standardization'), e('2.严格执行重大行政决策', 'public-participation'), e('3.提高留言办理', 'public-participation', 'request-handling')],
  },
  {
    id: 'h9-long-shiqiao-2020',
    text: `五、存在的主要问题及改进情况
我镇政府信息公开工作还存在公开内容不够丰富的问题。下一步，我镇将进一步拓展公开内容，提升公开实效。`,
    problems: [e('公开内容不够丰富', 'incomplete-disclosure')],
    improvements: [e('进一步拓展公开内容', 'incomplete-disclosure')],
  },
]
