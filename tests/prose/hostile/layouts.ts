// Section 五 texts in list layouts a new user meets: numbering typos (a number repeated or
// skipped), 第一/第二, nested sub-points, one paragraph per entry without markers, 首先/其次/此外,
// entries split only by ；, a problem and its measure in the same sentence, headings that name
// their year or subject, problem/measure pairs. Invented bodies and wordings; expected entries
// written by hand.
import { e, type HostileCase } from './cases'

export const LAYOUTS: HostileCase[] = [
  {
    id: 'court-style/paren-num-skipped',
    text:
      '存在的主要问题：（1）部分业务科室对“公开为常态、不公开为例外”原则理解不深；（2）信息公开目录编制不够规范，部分事项要素缺失；（4）政府开放日活动开展次数少，公众参与不足。' +
      '改进情况：（1）组织全局干部学习《条例》，树立公开为常态的理念；（2）按照标准目录重新编制公开目录；（3）每季度举办一次政府开放日活动。',
    problems: [e('（1）部分业务科室', 'awareness'), e('（2）信息公开目录', 'standardization'), e('（4）政府开放日', 'public-participation')],
    improvements: [e('（1）组织全局干部', 'awareness'), e('（2）按照标准目录', 'standardization'), e('（3）每季度举办', 'public-participation')],
  },
  {
    id: 'water-affairs/di-yi-repeated',
    text:
      '当前存在的问题主要有：第一，水利工程建设信息公开的完整性不够；第二，依申请公开答复时限把握不严，个别申请逾期答复；第二，政务新媒体管理不规范，存在“睡眠号”。' +
      '下一步，我局将：第一，全面公开水利工程建设全过程信息；第二，建立依申请公开办理时限预警；第三，清理整合“睡眠号”，加强政务新媒体日常管理。',
    problems: [e('第一，水利工程', 'incomplete-disclosure'), e('第二，依申请公开', 'request-handling'), e('第二，政务新媒体', 'new-media')],
    improvements: [e('第一，全面公开', 'incomplete-disclosure'), e('第二，建立依申请', 'request-handling'), e('第三，清理整合', 'new-media')],
  },
  {
    id: 'hospital-group/nested-circled-under-yishi',
    text: [
      '存在的问题',
      '一是公开内容不够丰富：①医疗服务价格信息公开不全；②医院等级评审结果公开不及时。',
      '二是公开渠道利用不足：院区政务公开查阅点位置偏僻，群众知晓度低。',
      '改进措施',
      '一是丰富公开内容：①全面公开医疗服务价格；②评审结果在公布后5个工作日内公开。',
      '二是将查阅点迁至门诊大厅显著位置，并设置指引标识。',
    ].join('\n'),
    problems: [e('一是公开内容不够丰富', 'incomplete-disclosure'), e('二是公开渠道利用不足', 'reading-room-underused')],
    improvements: [e('一是丰富公开内容', 'incomplete-disclosure'), e('二是将查阅点迁至', 'reading-room-underused')],
  },
  {
    id: 'county-office/paragraphs-plan-heading',
    text: [
      '（一）存在的主要问题',
      '部分乡镇对政务公开工作的重视程度不够，工作推进不平衡。',
      '县政府门户网站部分栏目内容陈旧，个别栏目长期空白。',
      '政府信息公开申请答复文书说理不够充分，存在被复议纠错的风险。',
      '（二）下一步工作计划',
      '压实乡镇政务公开主体责任，将政务公开纳入年度目标考核。',
      '开展网站栏目专项清理，对空白栏目限期整改。',
      '规范答复文书，建立疑难申请会商机制。',
    ].join('\n'),
    problems: [e('部分乡镇对政务公开', 'awareness'), e('县政府门户网站部分栏目', 'update-gap'), e('政府信息公开申请答复', 'request-handling')],
    improvements: [e('压实乡镇政务公开', 'awareness'), e('开展网站栏目专项清理', 'update-gap'), e('规范答复文书', 'request-handling')],
  },
  {
    id: 'tax-office/shouxian-qici-ciwai-weici',
    text:
      '首先，涉税政策解读不够通俗，纳税人对政策要点把握不准。其次，办税服务厅政务公开专区功能单一，只能查阅纸质资料。此外，基层分局政务公开工作人员力量薄弱。' +
      '为此，我们将从三方面改进：首先，推出涉税政策“一图读懂”；其次，在办税服务厅专区增设电子查询设备；此外，充实基层分局政务公开工作力量。',
    problems: [e('首先，涉税政策解读', 'policy-interpretation'), e('其次，办税服务厅', 'reading-room-underused'), e('此外，基层分局', 'staff-capacity')],
    improvements: [e('首先，推出涉税政策', 'policy-interpretation'), e('其次，在办税服务厅', 'reading-room-underused'), e('此外，充实基层分局', 'staff-capacity')],
  },
  {
    id: 'planning-bureau/semicolons-under-inline-headings',
    text:
      '主要问题：规划批前公示征求意见期间公众参与度不高；规划许可信息公开不够及时；网站无障碍功能不完善。\n' +
      '整改措施：拓宽规划公示意见征集渠道；规划许可证核发后及时公开；完成网站适老化和无障碍改造。',
    problems: [e('规划批前公示', 'public-participation'), e('规划许可信息', 'incomplete-disclosure'), e('网站无障碍功能', 'platform-stability')],
    improvements: [e('拓宽规划公示', 'public-participation'), e('规划许可证核发后', 'incomplete-disclosure'), e('完成网站适老化', 'platform-stability')],
  },
  {
    id: 'emergency-bureau/problem-and-measure-per-sentence',
    text:
      '存在的问题：安全生产行政处罚信息公开不够及时，针对此问题，我局将建立处罚信息公开台账，做到处罚决定作出后7个工作日内公开。' +
      '应急科普宣传解读较少，对此，我局将制作应急科普短视频和图解。',
    problems: [e('安全生产行政处罚', 'incomplete-disclosure'), e('应急科普宣传解读', 'policy-interpretation')],
    improvements: [e('建立处罚信息公开台账', 'incomplete-disclosure'), e('制作应急科普短视频', 'policy-interpretation')],
  },
  {
    id: 'district-gov/headings-with-year-and-subject',
    text: [
      '（一）2024年度政府信息公开工作存在的主要问题',
      '1、重点领域信息公开深度不够，部分民生项目只公开立项信息，缺少进展和结果信息。',
      '2、各部门政务新媒体发展不均衡，个别账号长期不更新。',
      '3、区政务服务中心政务公开专区设备老化。',
      '（二）2025年度改进措施',
      '1、推动民生项目全过程公开。',
      '2、开展政务新媒体季度检查，对长期不更新账号予以关停。',
      '3、更新政务公开专区自助查询设备。',
    ].join('\n'),
    problems: [e('1、重点领域', 'incomplete-disclosure'), e('2、各部门政务新媒体', 'new-media'), e('3、区政务服务中心', 'reading-room-underused')],
    improvements: [e('1、推动民生项目', 'incomplete-disclosure'), e('2、开展政务新媒体', 'new-media'), e('3、更新政务公开专区', 'reading-room-underused')],
  },
  {
    id: 'grid-township/problem-measure-pairs',
    text: [
      '问题一：便民服务中心政务公开专区群众知晓率低。整改措施：在专区入口设置标识，利用村广播宣传专区功能。',
      '问题二：镇政府信息公开申请办理流程不清晰。整改措施：绘制依申请公开办理流程图并在网站公开。',
    ].join('\n'),
    problems: [e('问题一：便民服务中心', 'reading-room-underused'), e('问题二：镇政府信息公开申请', 'request-handling')],
    improvements: [e('在专区入口设置标识', 'reading-room-underused'), e('绘制依申请公开办理流程图', 'request-handling')],
  },
  {
    id: 'port-authority/headings-naming-subject',
    text: [
      '（一）政务公开工作存在的不足',
      '1.港口建设项目审批信息公开不及时。',
      '2.网站检索功能不完善，查找信息不便。',
      '（二）针对存在不足的改进措施',
      '1.审批结果在作出后及时公开。',
      '2.升级网站站内搜索功能。',
    ].join('\n'),
    problems: [e('1.港口建设项目', 'incomplete-disclosure'), e('2.网站检索功能', 'platform-stability')],
    improvements: [e('1.审批结果在作出后', 'incomplete-disclosure'), e('2.升级网站站内搜索', 'platform-stability')],
  },
  {
    id: 'justice-bureau/ascii-paren-repeated',
    text: [
      '2024年，我局在政府信息公开方面还存在以下不足：',
      '(1)行政复议决定书公开不够及时；',
      '(2)公共法律服务信息分散在多个平台发布，内容口径不一；',
      '(2)政务公开工作经费保障不足。',
      '2025年，我局将从以下方面改进：',
      '(1)及时公开行政复议决定书；',
      '(2)统一公共法律服务信息发布口径；',
      '(3)争取政务公开工作经费纳入年度预算。',
    ].join('\n'),
    problems: [e('(1)行政复议决定书', 'incomplete-disclosure'), e('(2)公共法律服务', 'duplicate-publishing'), e('(2)政务公开工作经费', 'other')],
    improvements: [e('(1)及时公开行政复议', 'incomplete-disclosure'), e('(2)统一公共法律服务', 'duplicate-publishing'), e('(3)争取政务公开', 'other')],
  },
]
