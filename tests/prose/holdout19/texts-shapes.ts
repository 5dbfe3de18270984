// Holdout 19: county and city departments written in the odder shapes — a run-on paragraph with a
// skipped number, nested points, ①②④, 首先/其次/此外, half-width ;, a missing 。, a label on the same
// line as the first measure, measures numbered on from the problems, a PDF line break mid-word.
import { e, type Holdout19Case } from './entry'

export const SHAPES: Holdout19Case[] = [
  {
    id: 'h19-s01-county-justice-2024',
    text: `五、存在的主要问题及改进情况
本年度，我局政府信息公开工作存在以下问题：一是普法宣传与政策解读结合不够，以案释法典型案例发布数量少；二是行政复议决定书公开数量偏少，公开范围有待扩大；三是人民调解、法律援助等公共法律服务信息分散在多个平台，内容重复且前后不一致。下步，我局将一是每季度发布一批以案释法典型案例，以身边事讲身边法；二是依法扩大行政复议决定书公开范围；四是整合公共法律服务信息，以“12348”法网为主平台统一发布。`,
    problems: [
      e('一是普法宣传', 'policy-interpretation'),
      // The disclosure of review decisions, not the handling of requests.
      e('二是行政复议决定书公开', 'incomplete-disclosure'),
      e('三是人民调解', 'duplicate-publishing'),
    ],
    improvements: [
      e('一是每季度发布一批', 'policy-interpretation'),
      e('二是依法扩大', 'incomplete-disclosure'),
      // 三是 skipped as printed.
      e('四是整合公共法律服务信息', 'duplicate-publishing'),
    ],
  },
  {
    id: 'h19-s02-district-civil-affairs-2023',
    text: `五、存在的主要问题及改进情况
（一）存在问题
1)社会救助信息公开的及时性和规范性仍需加强。一是低保、特困人员名单公示存在“一公了之”，名单动态调整后公示栏未及时更新；二是各街道公示格式不统一，要素有多有少。
2)养老服务政策宣传解读形式单一，老年人看不懂、记不住，缺少面向老年群体的大字版、语音版解读。
3)政务公开专职人员只有1人，且今年发生调整，新接手同志尚不熟悉业务。
（二）改进措施
1)制定社会救助公示统一模板，指导各街道规范公示内容，名单动态调整后5个工作日内更新。
2)推出养老服务政策“大字版”“语音版”解读，通过社区广播、短视频等渠道传播。
3)加强政务公开人员业务培训，建立工作交接制度。`,
    problems: [
      // Nested 一是/二是 stay one entry; it states a stale list and formats that differ: both.
      e('1)社会救助信息公开', 'update-gap', 'standardization'),
      e('2)养老服务政策宣传解读', 'policy-interpretation'),
      e('3)政务公开专职人员只有1人', 'staff-capacity'),
    ],
    improvements: [
      e('1)制定社会救助公示统一模板', 'standardization', 'update-gap'),
      e('2)推出养老服务政策', 'policy-interpretation'),
      e('3)加强政务公开人员业务培训', 'staff-capacity'),
    ],
  },
  {
    id: 'h19-s03-city-culture-tourism-2022',
    text: `五、存在的主要问题及改进情况
存在的主要问题：①A级景区门票价格、文化惠民活动等信息公开不够及时，节假日期间群众咨询较多；②“文旅资讯”等网站栏目与局微信公众号、抖音号内容大量重复，同一条活动信息在各平台反复推送；④局政务服务窗口的查阅点使用率低。
改进措施：(1)完善重大节假日文旅信息提前发布机制；(2)明确网站和各新媒体平台的定位，网站侧重政策发布，新媒体侧重活动推介，避免同一内容多平台重复推送；(3)在查阅点增设文旅宣传资料和电子导览屏，提高使用率。`,
    problems: [
      e('①A级景区门票价格', 'incomplete-disclosure'),
      e('②“文旅资讯”等网站栏目', 'duplicate-publishing'),
      // ③ skipped as printed.
      e('④局政务服务窗口的查阅点', 'reading-room-underused'),
    ],
    improvements: [
      e('(1)完善重大节假日', 'incomplete-disclosure'),
      e('(2)明确网站和各新媒体平台', 'duplicate-publishing'),
      e('(3)在查阅点增设', 'reading-room-underused'),
    ],
  },
  {
    id: 'h19-s04-county-health-2021',
    text: `五、存在的主要问题及改进情况
首先，医疗卫生机构信息公开工作发展不平衡，乡镇卫生院、村卫生室公开内容少、形式简单，部分卫生院未按要求公开服务价格。其次，卫生健康领域政策解读和社会关切回应不够及时，对群众关注的医保报销、家庭医生签约等问题缺少通俗解读。此外，我局政府信息公开工作人员多为兼职，专业能力有待提升，依申请公开答复的规范性还需加强。
今后，我局将在以下方面加以改进。
（一）督促乡镇卫生院、村卫生室在院内醒目位置公开服务价格、就诊流程等信息。
（二）围绕群众关心的家庭医生签约、医保报销等热点，以问答、案例等形式做好解读回应。
（三）加强人员培训，规范依申请公开答复文书，必要时请法律顾问审核。`,
    problems: [
      e('首先，医疗卫生机构', 'incomplete-disclosure'),
      e('其次，卫生健康领域', 'policy-interpretation'),
      // Part-time staff short of skill, and request replies not standard: both stated.
      e('此外，我局政府信息公开工作人员', 'staff-capacity', 'request-handling'),
    ],
    improvements: [
      e('（一）督促乡镇卫生院', 'incomplete-disclosure'),
      e('（二）围绕群众关心的', 'policy-interpretation'),
      e('（三）加强人员培训', 'staff-capacity', 'request-handling'),
    ],
  },
  {
    id: 'h19-s05-county-urban-management-2024',
    text: `五、存在的主要问题及改进情况
一是城管执法信息公开不够完整,行政处罚结果公示只有案件编号和处罚种类,缺少违法事实和处罚依据;二是数字城管平台与政府门户网站数据
未实现互通,案件办理进度群众无法在线查询;三是“城管在线”微信公众号长期只转发新闻,原创内容少,发布频次低
下一步工作打算:一是规范执法公示内容,做到处罚结果要素完整;二是推动数字城管平台与门户网站数据对接,提供案件进度在线查询;三是明确专人负责公众号日常运营,每周至少发布3条原创内容。`,
    problems: [
      e('一是城管执法信息公开', 'incomplete-disclosure'),
      e('二是数字城管平台', 'platform-stability'),
      e('三是“城管在线”微信公众号', 'new-media'),
    ],
    improvements: [
      e('一是规范执法公示内容', 'incomplete-disclosure'),
      e('二是推动数字城管平台', 'platform-stability'),
      e('三是明确专人负责公众号', 'new-media'),
    ],
  },
  {
    id: 'h19-s06-county-transport-2020',
    text: `五、存在的主要问题及改进情况
1.公路建设项目信息公开不到位，部分项目招投标、质量监督等信息没有在网站上公开。
2.道路运输行政许可事项办理结果公开滞后。
3.局网站“通知公告”栏目自2018年以来未再更新。
4.从事公开工作的同志业务知识欠缺，对《条例》新规定学习不够，培训次数少。
改进措施 1.全面公开公路建设项目招投标、质量监督等各环节信息。2.行政许可办理结果在办结后7个工作日内公开。3.明确专人每周维护“通知公告”栏目，确保栏目持续更新。4.每年组织两次以上业务培训。`,
    problems: [
      e('1.公路建设项目', 'incomplete-disclosure'),
      e('2.道路运输行政许可', 'incomplete-disclosure'),
      e('3.局网站“通知公告”栏目', 'update-gap'),
      e('4.从事公开工作的同志', 'staff-capacity'),
    ],
    // The label 改进措施 on the same line as the first measure, no colon.
    improvements: [
      e('1.全面公开公路建设项目', 'incomplete-disclosure'),
      e('2.行政许可办理结果', 'incomplete-disclosure'),
      e('3.明确专人每周维护', 'update-gap'),
      e('4.每年组织两次以上', 'staff-capacity'),
    ],
  },
  {
    id: 'h19-s07-city-natural-resources-2023',
    text: `五、存在的主要问题及改进情况
（一）规划公示信息公开不够及时完整。部分建设项目规划许可批前公示时间不足，批后公告附图不清晰，群众难以识别。
（二）依申请公开办理难度加大。涉及征地、规划的申请数量多、内容复杂，答复中存在说理不充分、法律依据引用不准确等问题，全年被申请行政复议3件。
（三）网站检索和地图查询功能不完善，群众查询规划成果不方便。
（四）政务公开工作的经费保障不足，规划成果数字化展示项目迟迟未能实施。
针对以上问题，我局将重点做好以下工作：一是严格执行规划批前公示和批后公告制度，确保公示时限和附图质量。二是完善依申请公开会商和法制审核机制，提高答复质量，降低复议诉讼风险。三是优化网站检索和“一张图”查询功能。`,
    problems: [
      e('（一）规划公示信息', 'incomplete-disclosure'),
      e('（二）依申请公开办理难度加大', 'request-handling'),
      e('（三）网站检索和地图查询', 'platform-stability'),
      e('（四）政务公开工作的经费保障', 'other'),
    ],
    // Fewer measures than problems.
    improvements: [
      e('一是严格执行规划批前公示', 'incomplete-disclosure'),
      e('二是完善依申请公开会商', 'request-handling'),
      e('三是优化网站检索', 'platform-stability'),
    ],
  },
  {
    id: 'h19-s08-district-development-reform-2022',
    text: `五、存在的主要问题及改进情况
（一）存在问题。一是重大建设项目批准和实施领域信息公开覆盖面窄，部分项目只公开批准文件，未公开实施进展。二是对价格政策调整的解读不够及时，群众对水价、气价调整的依据了解不多。三是局内科室对政务公开工作的重要性认识还有差距，存在被动应付现象。
（二）改进措施。1.按照重大建设项目信息公开要求，全面公开项目批准、实施各环节信息。 2.价格调整方案出台时同步发布一图读懂和政策问答，说明调整依据。 3.局党组定期听取政务公开工作汇报，推动各科室主动作为。`,
    problems: [
      e('一是重大建设项目', 'incomplete-disclosure'),
      e('二是对价格政策调整的解读', 'policy-interpretation'),
      e('三是局内科室', 'awareness'),
    ],
    improvements: [
      e('1.按照重大建设项目', 'incomplete-disclosure'),
      e('2.价格调整方案出台时', 'policy-interpretation'),
      e('3.局党组定期听取', 'awareness'),
    ],
  },
  {
    id: 'h19-s09-county-human-resources-2024',
    text: `五、存在的主要问题及改进情况
(一)就业创业补贴、职业技能培训补贴等资金发放信息公开不够细致，未按要求公开补贴对象和金额。
(二)局网站与“康城人社”公众号、县政府网站三处同时发布同一招聘公告，且报名时间表述不一致，造成考生误解。
(三)人社政策专业性强，解读多以文件原文转载，缺少以案说法、图解等形式。
(四)依申请公开工作人员流动频繁，答复文书质量参差不齐。
2025年工作打算：
(一)严格落实补贴资金公示制度，做到对象、金额、标准逐项公开。
(二)建立招聘公告统一发布审核机制，由一个科室统一审核后在各平台同步发布。
(三)推出“人社政策一图读懂”系列，每月发布一期。
(四)保持依申请公开工作人员相对稳定，统一规范答复文书格式。`,
    problems: [
      e('(一)就业创业补贴', 'incomplete-disclosure'),
      e('(二)局网站与“康城人社”', 'duplicate-publishing'),
      e('(三)人社政策专业性强', 'policy-interpretation'),
      // Turnover, and replies of uneven quality: both stated.
      e('(四)依申请公开工作人员流动频繁', 'staff-capacity', 'request-handling'),
    ],
    improvements: [
      e('(一)严格落实补贴资金公示', 'incomplete-disclosure'),
      e('(二)建立招聘公告统一发布', 'duplicate-publishing'),
      e('(三)推出“人社政策一图读懂”', 'policy-interpretation'),
      e('(四)保持依申请公开工作人员', 'staff-capacity', 'request-handling'),
    ],
  },
  {
    id: 'h19-s10-county-rural-revitalisation-2022',
    text: `五、存在的主要问题及改进情况
存在问题：
1.衔接资金项目公告公示格式各乡镇各不相同，公示要素、公示期限没有统一要求。
2.防止返贫监测帮扶政策宣传不到位，部分脱贫户对政策内容知晓率不高。
3.局机构改革后人员调整较大，信息公开工作衔接不够顺畅。
改进措施：
4.制定衔接资金项目公告公示统一模板，规范公示要素和期限。
5.采取“明白卡”、入户宣讲等方式，让脱贫群众看得懂政策。
6.明确信息公开工作分管领导和具体承办人员，做好工作交接。`,
    problems: [
      e('1.衔接资金项目公告公示格式', 'standardization'),
      e('2.防止返贫监测帮扶政策', 'policy-interpretation'),
      e('3.局机构改革后人员调整', 'staff-capacity'),
    ],
    // The measures are numbered on from the problems (4–6), as printed.
    improvements: [
      e('4.制定衔接资金项目', 'standardization'),
      e('5.采取“明白卡”', 'policy-interpretation'),
      e('6.明确信息公开工作分管领导', 'staff-capacity'),
    ],
  },
]
