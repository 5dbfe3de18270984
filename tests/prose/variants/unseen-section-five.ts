// Section 五 texts of invented bodies, written the way real reports write them but in wordings the
// corpus does not use (other enumerations, headings, transitions, synonyms, a problem and its
// measure in one item, last year's fixes first). Each entry: how its text starts, and its
// categories as a reviewer would sort it by problem-taxonomy.md. Written before the classifier's
// concept lists were checked against them; not used to build those lists.

import type { ScoredCase, ScoredEntry } from '../../../src-main/eval/problems-score'

export type UnseenEntry = ScoredEntry
export type UnseenCase = ScoredCase

const e = (starts: string, ...categories: string[]): UnseenEntry => ({ starts, categories })

export const UNSEEN: UnseenCase[] = [
  {
    id: 'statistics-bureau-dotted',
    text: [
      '（一）存在的主要问题',
      '1.政务公开专栏部分子栏目更新频率偏低，个别栏目存在空白。',
      '2.统计数据解读材料偏少，图表化、通俗化解读不足，对社会关注的热点数据回应不够及时。',
      '3.依申请公开办理人员多为兼职，业务熟练程度不高。',
      '（二）改进措施',
      '1.建立栏目内容维护台账，明确更新时限，杜绝空白栏目。',
      '2.围绕季度、年度主要统计数据发布，同步推出图解、短视频等解读产品。',
      '3.组织依申请公开业务培训，提升办理人员专业水平。',
    ].join('\n'),
    problems: [e('1.政务公开专栏', 'update-gap'), e('2.统计数据解读', 'policy-interpretation'), e('3.依申请公开办理人员', 'request-handling', 'staff-capacity')],
    improvements: [e('1.建立栏目内容', 'update-gap'), e('2.围绕季度', 'policy-interpretation'), e('3.组织依申请公开', 'request-handling', 'staff-capacity')],
  },
  {
    id: 'town-run-on-skipped-number',
    text:
      '2024年，我镇政府信息公开工作虽取得一定成效，但仍存在一些不足：一是村务公开栏内容更新不及时，部分村公开栏信息陈旧；二是群众对政务公开知晓率不高，参与政务公开活动积极性不强；四是镇便民服务中心政务公开专区利用率较低。' +
      '下一步，我镇将重点做好以下工作：一是督促各村及时更新公开栏内容；二是通过开展政府开放日、入户宣传等方式，引导群众参与；三是完善政务公开专区设施，提升专区使用效率。',
    problems: [e('一是村务公开栏', 'update-gap'), e('二是群众对政务公开', 'public-participation'), e('四是镇便民服务中心', 'reading-room-underused')],
    improvements: [e('一是督促各村', 'update-gap'), e('二是通过开展政府开放日', 'public-participation'), e('三是完善政务公开专区', 'reading-room-underused')],
  },
  {
    id: 'health-commission-circled',
    text: [
      '（一）存在的不足',
      '①医疗卫生领域信息公开的深度和广度有待拓展，部分公共卫生信息发布不够全面；②政务新媒体账号运维力量不足，原创内容较少；③政策文件解读形式较为单一。',
      '（二）下一步工作打算',
      '①聚焦医疗服务、公共卫生等重点领域，细化公开内容；②加强政务新媒体日常管理，提高原创信息比例；③采用图解、动漫、视频等形式开展政策解读。',
    ].join('\n'),
    problems: [e('①医疗卫生领域', 'incomplete-disclosure'), e('②政务新媒体账号', 'new-media'), e('③政策文件解读', 'policy-interpretation')],
    improvements: [e('①聚焦医疗服务', 'incomplete-disclosure'), e('②加强政务新媒体', 'new-media'), e('③采用图解', 'policy-interpretation')],
  },
  {
    id: 'land-bureau-first-then',
    text:
      '对照上级要求，我局政务公开工作仍存在差距。首先，部分工作人员对政务公开重视不够，存在“重业务、轻公开”的思想。其次，征地信息公开不够及时，征地补偿安置方案等信息公开不全面。最后，门户网站信息发布平台与省级平台对接不畅，信息同步存在延迟。' +
      '针对上述问题，我局将采取以下措施：首先，加强学习教育，强化全员公开意识；其次，严格落实征地信息公开要求，做到应公开尽公开；最后，协调技术单位优化平台对接，保障信息同步发布。',
    problems: [e('首先，部分工作人员', 'awareness'), e('其次，征地信息', 'incomplete-disclosure'), e('最后，门户网站', 'platform-stability')],
    improvements: [e('首先，加强学习教育', 'awareness'), e('其次，严格落实征地', 'incomplete-disclosure'), e('最后，协调技术单位', 'platform-stability')],
  },
  {
    id: 'subdistrict-paragraphs',
    text: [
      '（一）存在的问题',
      '基层政务公开标准目录梳理不够细致，部分事项要素不全。',
      '政务公开工作人员变动频繁，新上岗人员业务不熟悉。',
      '（二）改进情况',
      '对照基层政务公开标准指引，逐项完善事项目录。',
      '建立政务公开工作人员传帮带机制，及时开展岗前培训。',
    ].join('\n'),
    problems: [e('基层政务公开标准目录', 'standardization'), e('政务公开工作人员变动', 'staff-capacity')],
    improvements: [e('对照基层政务公开', 'standardization'), e('建立政务公开工作人员', 'staff-capacity')],
  },
  {
    id: 'education-bureau-prior-fixes',
    text: [
      '（一）上年度问题整改情况',
      '针对上年度报告中提出的“政策解读不够通俗”问题，我局已制作图解12篇，问题已整改完成。',
      '（二）存在的主要问题',
      '（1）教育收费等重点信息公开的及时性有待提升。（2）依申请公开答复文书格式不够统一，说理不够充分。（3）局属学校网站建设水平参差不齐，部分网站检索功能缺失。',
      '（三）改进措施',
      '（1）建立重点信息发布清单，按时限公开教育收费信息。（2）制定依申请公开答复文书模板，规范答复。（3）推进学校网站集约化建设，完善检索等基本功能。',
    ].join('\n'),
    problems: [e('（1）教育收费', 'incomplete-disclosure'), e('（2）依申请公开答复', 'request-handling'), e('（3）局属学校网站', 'platform-stability')],
    improvements: [e('（1）建立重点信息', 'incomplete-disclosure'), e('（2）制定依申请公开', 'request-handling'), e('（3）推进学校网站', 'platform-stability')],
    priorDone: 1,
  },
  {
    id: 'hr-bureau-problem-and-measure-in-one',
    text: '存在的主要问题及改进措施：一是政策解读针对性不强，群众看不懂、用不上，针对这一问题，我局将推出“一图读懂”系列解读产品。二是人事考试录用信息公开不够全面，我局将严格按照规定公开招考全流程信息。',
    problems: [e('一是政策解读针对性', 'policy-interpretation'), e('二是人事考试录用', 'incomplete-disclosure')],
    improvements: [e('推出“一图读懂”', 'policy-interpretation'), e('严格按照规定公开', 'incomplete-disclosure')],
  },
  {
    id: 'market-bureau-semicolons',
    text:
      '2024年，我局政务公开工作取得了新的进展，但也存在一些问题：政务公开与政务服务融合不够；部分科室主动公开意识不强；“双随机、一公开”抽查结果公开不及时。' +
      '2025年，我局将继续深化政务公开，一是推动政务公开与政务服务深度融合；二是强化各科室主动公开意识；三是及时公开“双随机、一公开”抽查结果。',
    problems: [e('政务公开与政务服务', 'other'), e('部分科室主动公开意识', 'awareness'), e('“双随机、一公开”', 'incomplete-disclosure')],
    improvements: [e('一是推动政务公开', 'other'), e('二是强化各科室', 'awareness'), e('三是及时公开', 'incomplete-disclosure')],
  },
  {
    id: 'township-cue-and-one-measure',
    text:
      '2023年，我乡政府信息公开工作还存在一些不足，主要是：信息公开内容不够丰富，部分信息仅简单罗列；工作人员业务水平有待提高。' +
      '下一步，我乡将进一步丰富公开内容，加强对工作人员的业务培训，不断提升政府信息公开工作水平。',
    problems: [e('信息公开内容不够丰富', 'incomplete-disclosure'), e('工作人员业务水平', 'staff-capacity')],
    improvements: [e('进一步丰富公开内容', 'incomplete-disclosure', 'staff-capacity')],
  },
  {
    id: 'district-office-nested-points',
    text: [
      '（一）存在的主要问题和不足',
      '一是重大行政决策公众参与度不高。1.意见征集渠道较为单一；2.意见采纳情况反馈不够及时。二是政务公开队伍专业化程度不高，基层工作人员流动性大。',
      '（二）改进措施',
      '一是拓宽公众参与渠道。1.综合运用听证会、座谈会、网络征集等方式征求意见；2.及时公开意见采纳情况。二是加强队伍建设，定期组织业务培训。',
    ].join('\n'),
    problems: [e('一是重大行政决策', 'public-participation'), e('二是政务公开队伍', 'staff-capacity')],
    improvements: [e('一是拓宽公众参与', 'public-participation'), e('二是加强队伍建设', 'staff-capacity')],
  },
  {
    id: 'agency-repeated-number',
    text:
      '存在问题：一是部分政务新媒体账号更新频率低，存在“睡眠号”。二是信息发布审核把关不严，个别信息存在错别字。二是政府信息公开申请办理流程不够规范。' +
      '改进措施：一是开展政务新媒体专项检查，关停整合“睡眠号”。二是严格落实信息发布“三审三校”制度。三是规范依申请公开办理流程。',
    problems: [e('一是部分政务新媒体', 'new-media'), e('二是信息发布审核', 'other'), e('二是政府信息公开申请', 'request-handling')],
    improvements: [e('一是开展政务新媒体', 'new-media'), e('二是严格落实信息发布', 'other'), e('三是规范依申请公开', 'request-handling')],
  },
  {
    id: 'commission-legacy-wording',
    text:
      '本年度我委政府信息公开工作存在的问题主要有：信息公开的主动性不够，回应社会关切不够及时；公开平台建设相对滞后，网站栏目设置不够科学。' +
      '2020年，我委将着力做好以下工作：（一）增强主动公开意识，及时回应社会关切。（二）加快网站改版升级，科学设置公开栏目。',
    problems: [e('信息公开的主动性不够', 'awareness', 'policy-interpretation'), e('公开平台建设相对滞后', 'platform-stability')],
    improvements: [e('（一）增强主动公开意识', 'awareness', 'policy-interpretation'), e('（二）加快网站改版', 'platform-stability')],
  },
]
