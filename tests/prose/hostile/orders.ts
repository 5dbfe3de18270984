// Section 五 texts written as a new user would meet them: last year's fixes, this year's problems
// and the planned measures in every order, and the boundary between problems and measures in its
// many forms (sub-headings or none; 下一步/下一阶段/今后/2025年，我局将/针对上述问题/对此). Bodies and
// wordings invented for this set, not taken from the corpus; expected entries written by hand
// before the extractor was run on them.
import { e, type HostileCase } from './cases'

export const ORDERS: HostileCase[] = [
  {
    id: 'water-bureau/prior-first-headings',
    text: [
      '（一）上年度问题整改情况',
      '针对2023年度报告中提出的“水利工程项目信息公开不够及时”问题，我局已建立项目信息发布台账，按月公开工程进展，该问题已整改到位。',
      '（二）存在的主要问题',
      '一是水资源管理领域信息公开不够全面，取水许可等信息公开内容不够完整。',
      '二是政策解读方式较为单一，以文字解读为主，图解、视频等形式运用不多。',
      '三是个别科室对政务公开工作重视不够，主动公开意识有待增强。',
      '（三）改进措施',
      '一是全面梳理水资源管理领域公开事项，做到应公开尽公开。',
      '二是创新解读方式，增加图解、短视频等解读产品。',
      '三是加强教育引导，将政务公开纳入科室年度考核，压实主体责任。',
    ].join('\n'),
    problems: [e('一是水资源管理', 'incomplete-disclosure'), e('二是政策解读方式', 'policy-interpretation'), e('三是个别科室', 'awareness')],
    improvements: [e('一是全面梳理', 'incomplete-disclosure'), e('二是创新解读方式', 'policy-interpretation'), e('三是加强教育引导', 'awareness')],
    priorDone: 1,
  },
  {
    id: 'medical-insurance/prior-last',
    text: [
      '（一）存在的问题',
      '1.医保政策宣传解读不够深入，参保群众对新政策知晓度不高。',
      '2.医保经办服务大厅政务公开专区利用不充分，到场查阅群众较少。',
      '（二）改进措施',
      '1.通过在线访谈、政策问答等形式加强医保政策解读。',
      '2.优化政务公开专区布局，增设自助查询设备，方便群众查阅。',
      '（三）上年度问题整改情况',
      '上年度报告指出的依申请公开答复不够规范问题，已通过制定答复文书模板完成整改。',
    ].join('\n'),
    problems: [e('1.医保政策宣传解读', 'policy-interpretation'), e('2.医保经办服务大厅', 'reading-room-underused')],
    improvements: [e('1.通过在线访谈', 'policy-interpretation'), e('2.优化政务公开专区', 'reading-room-underused')],
    priorDone: 1,
  },
  {
    id: 'street-office/prior-then-problems-no-headings',
    text:
      '去年报告中指出的问题已全部整改：一是更新台账已建立；二是公开栏已重新设置。今年仍存在以下不足：一是社区公开栏内容更新不及时，部分信息长期未更新；二是工作人员多为兼职，业务能力不足；三是居民参与社区事务公开的积极性不高。' +
      '下一步，我办将：一是落实专人定期更新公开栏；二是组织社区工作人员参加业务培训；三是通过居民议事会、意见征集等方式引导居民参与。',
    problems: [e('一是社区公开栏', 'update-gap'), e('二是工作人员多为兼职', 'staff-capacity'), e('三是居民参与', 'public-participation')],
    improvements: [e('一是落实专人', 'update-gap'), e('二是组织社区工作人员', 'staff-capacity'), e('三是通过居民议事会', 'public-participation')],
    priorDone: 2,
  },
  {
    id: 'transport-bureau/improvements-first',
    text: [
      '（一）2023年度存在问题的改进情况',
      '针对2023年度存在的问题，我局主要采取了以下改进措施：一是优化门户网站检索功能，提升信息查找便捷性；二是开展依申请公开业务培训两期。',
      '（二）2024年度存在的主要问题',
      '一是交通建设项目信息公开的深度和广度仍需拓展；二是政务新媒体账号运营不够规范，个别账号发布频次偏低。',
    ].join('\n'),
    problems: [e('一是交通建设项目', 'incomplete-disclosure'), e('二是政务新媒体账号', 'new-media')],
    improvements: [e('一是优化门户网站', 'platform-stability'), e('二是开展依申请公开', 'request-handling', 'staff-capacity')],
  },
  {
    id: 'ecology-bureau/next-stage-line',
    text: [
      '2024年，我局政务公开工作仍有不足之处。',
      '（1）生态环境执法信息公开不够及时，部分行政处罚决定公开滞后；',
      '（2）环境信息依申请公开答复文书不够规范，说理不够充分。',
      '下一阶段',
      '（1）严格执行行政处罚信息七日内公开的要求；',
      '（2）制定答复文书范本，规范答复说理。',
    ].join('\n'),
    problems: [e('（1）生态环境执法', 'incomplete-disclosure'), e('（2）环境信息依申请公开', 'request-handling')],
    improvements: [e('（1）严格执行', 'incomplete-disclosure'), e('（2）制定答复文书', 'request-handling')],
  },
  {
    id: 'audit-bureau/jinhou-run-on',
    text:
      '本年度我局政务公开工作存在的不足主要是：审计结果公告公开的范围还不够广，部分审计整改情况未向社会公开；政务公开工作人员调整较多，业务衔接不够顺畅。' +
      '今后，我局将扩大审计结果公告范围，及时公开审计整改情况；建立政务公开岗位AB角制度，做好人员交接。',
    problems: [e('审计结果公告', 'incomplete-disclosure'), e('政务公开工作人员调整', 'staff-capacity')],
    improvements: [e('扩大审计结果公告', 'incomplete-disclosure'), e('建立政务公开岗位AB角', 'staff-capacity')],
  },
  {
    id: 'stats-bureau/year-will-semicolons',
    text:
      '2024年，我局在政府信息公开工作中还存在一些问题：统计数据发布后解读跟进不及时；统计公开目录要素不全，目录编制不够规范；政务公开专区设施陈旧，群众使用较少。' +
      '2025年，我局将同步推出统计数据解读；按照基层政务公开标准指引完善公开目录；更新政务公开专区设施，提高专区使用率。',
    problems: [e('统计数据发布后解读', 'policy-interpretation'), e('统计公开目录要素', 'standardization'), e('政务公开专区设施', 'reading-room-underused')],
    improvements: [e('同步推出统计数据解读', 'policy-interpretation'), e('按照基层政务公开标准', 'standardization'), e('更新政务公开专区设施', 'reading-room-underused')],
  },
  {
    id: 'civil-affairs/prior-in-the-middle',
    text: [
      '（一）存在的主要问题',
      '首先，社会救助信息更新不及时，低保对象名单长期未更新。其次，政策解读材料专业术语较多，群众不易理解。',
      '（二）上年度问题整改情况',
      '上年度报告中提出的“依申请公开办理期限把控不严”问题，我局已建立办理进度提醒机制，整改到位。',
      '（三）改进措施',
      '针对上述问题，我局将：首先，按月更新低保等社会救助信息；其次，以图解、问答等通俗方式开展政策解读。',
    ].join('\n'),
    problems: [e('首先，社会救助', 'update-gap'), e('其次，政策解读材料', 'policy-interpretation')],
    improvements: [e('首先，按月更新', 'update-gap'), e('其次，以图解', 'policy-interpretation')],
    priorDone: 1,
  },
  {
    id: 'housing-bureau/duici-circled',
    text:
      '存在的问题：①住房保障政策信息散落在多个网站和平台，标准不一，存在重复发布现象；②网站后台系统运行不稳定，偶有无法访问。' +
      '对此，我局将：①整合住房保障信息发布渠道，统一发布标准；②协调技术服务单位升级后台系统，保障网站稳定运行。',
    problems: [e('①住房保障政策信息', 'duplicate-publishing'), e('②网站后台系统', 'platform-stability')],
    improvements: [e('①整合住房保障', 'duplicate-publishing'), e('②协调技术服务单位', 'platform-stability')],
  },
  {
    id: 'township/restart-without-boundary',
    text: '1.村务公开栏设置不规范，公开内容不统一。2.乡政府网站栏目更新慢。1.制定村务公开栏统一样式和公开清单。2.明确专人负责网站栏目更新。',
    problems: [e('1.村务公开栏', 'standardization'), e('2.乡政府网站栏目', 'update-gap')],
    improvements: [e('1.制定村务公开栏', 'standardization'), e('2.明确专人负责', 'update-gap')],
  },
  {
    id: 'market-supervision/next-step-line-nested',
    text: [
      '（一）存在问题',
      '一是“双随机、一公开”监管信息公开质量不高。（1）部分抽查结果公开不完整；（2）抽查结果公开滞后于规定时限。',
      '二是企业和群众参与监管政策制定的渠道不多，意见征集覆盖面窄。',
      '下一步：',
      '一是规范抽查结果公开。（1）统一抽查结果公开要素；（2）严格执行公开时限。',
      '二是拓展意见征集渠道，重要监管政策出台前广泛征求企业和群众意见。',
    ].join('\n'),
    problems: [e('一是“双随机', 'incomplete-disclosure'), e('二是企业和群众参与', 'public-participation')],
    improvements: [e('一是规范抽查结果', 'incomplete-disclosure'), e('二是拓展意见征集', 'public-participation')],
  },
  {
    id: 'sports-bureau/problem-with-its-measure',
    text: '2024年，我局政务公开工作存在以下问题：一是体育场馆开放信息公开不够全面，针对这一问题，我们将每月公开场馆开放时间和收费标准；二是政务公开工作人员培训不足，针对此问题，我们将每季度组织一次业务培训。',
    problems: [e('一是体育场馆', 'incomplete-disclosure'), e('二是政务公开工作人员培训', 'staff-capacity')],
    improvements: [e('每月公开场馆', 'incomplete-disclosure'), e('每季度组织', 'staff-capacity')],
  },
]
