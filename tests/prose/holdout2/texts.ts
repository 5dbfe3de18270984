// A second holdout of section 五 texts (helper j11b), written before any change to the extractor
// and with every expected entry and category set by hand per ../shared/spec/problem-taxonomy.md
// before the extractor was first run on them. Bodies and wordings not in the corpus nor in
// tests/prose/hostile/: 镇/乡, 街道, 区县部门, 市级部门 of other provinces; numbering typos (a 二是
// repeated, a 二是 skipped), 不急时 for 不及时, 第一/第二, 一要/二要, 一、 as entry markers, 在…方面
// entries, a measure in the problem's own sentence (针对这一问题，我们将…), a wrapped page with a
// page number, last year's fixes in a heading block and in one sentence.
import { e, type HostileCase } from '../hostile/cases'

export const HOLDOUT2: HostileCase[] = [
  {
    id: 'town/repeated-er-shi-then-year-plan',
    text: '五、存在的主要问题及改进情况\n2024年，我镇政务公开工作取得一定成效，但仍存在一些不足：一是政务公开专栏内容更新不够及时，部分栏目存在空白；二是工作人员对政务公开业务不够熟悉，且人员变动频繁；二是村务公开与政务公开衔接不够紧密。2025年，我镇将从以下方面加以改进：一是安排专人负责专栏维护，确保信息及时更新；二是组织业务培训，提升工作人员能力；三是推动村务公开与政务公开有效衔接。',
    problems: [e('一是政务公开专栏', 'update-gap'), e('二是工作人员', 'staff-capacity'), e('二是村务公开', 'other')],
    improvements: [e('一是安排专人', 'update-gap'), e('二是组织业务培训', 'staff-capacity'), e('三是推动村务公开', 'other')],
  },
  {
    id: 'sub-district/ascii-parens-guide-and-catalogue',
    text: [
      '（一）存在问题',
      '(1)政府信息公开指南和目录未及时调整，与机构改革后的职能不一致；(2)依申请公开答复文书格式不统一，个别答复未告知救济途径；(3)政策解读以文字为主，形式较为单一。',
      '（二）改进措施',
      '(1)对照“三定”方案及时修订公开指南和公开目录；(2)规范依申请公开答复文书，统一答复模板；(3)运用图解、短视频等多种形式开展政策解读。',
    ].join('\n'),
    problems: [e('(1)政府信息公开指南', 'standardization'), e('(2)依申请公开答复', 'request-handling'), e('(3)政策解读', 'policy-interpretation')],
    improvements: [e('(1)对照', 'standardization'), e('(2)规范依申请', 'request-handling'), e('(3)运用图解', 'policy-interpretation')],
  },
  {
    id: 'district-education/dun-markers-wechat',
    text: '我局在政务公开工作中还存在以下问题：1、教育收费、招生入学等重点领域信息公开不够细致；2、政务微信公众号更新频率低，互动留言回复不及时；3、个别学校公开栏形同虚设。针对上述问题，我局将采取以下措施：1、细化招生入学、教育收费等信息公开内容；2、加强政务微信公众号日常管理，及时回复群众留言；3、督促各学校规范公开栏管理。',
    problems: [e('1、教育收费', 'incomplete-disclosure'), e('2、政务微信公众号', 'new-media', 'public-participation'), e('3、个别学校', 'other')],
    improvements: [e('1、细化招生入学', 'incomplete-disclosure'), e('2、加强政务微信', 'new-media', 'public-participation'), e('3、督促各学校', 'other')],
  },
  {
    id: 'city-market-regulation/titled-problems-work-plan',
    text: [
      '（一）存在的主要问题',
      '一是行政处罚信息公示不够及时。部分行政处罚决定未在作出后7个工作日内公示，公示内容要素不全。二是政策解读质量有待提升。解读材料多为文件摘要，缺少对群众关心问题的回应。三是基层市场监管所政务公开人员多为兼职，专业能力不足。',
      '（二）下一步工作打算',
      '一是建立行政处罚信息公开台账，逐件跟踪公示时限；二是邀请专家、业务骨干参与解读，围绕企业和群众关切开展解读；三是加强对基层所公开人员的培训指导。',
    ].join('\n'),
    problems: [e('一是行政处罚信息', 'incomplete-disclosure'), e('二是政策解读质量', 'policy-interpretation'), e('三是基层市场监管所', 'staff-capacity')],
    improvements: [e('一是建立行政处罚', 'incomplete-disclosure'), e('二是邀请专家', 'policy-interpretation'), e('三是加强对基层所', 'staff-capacity')],
  },
  {
    id: 'county-office/circled-prior-block',
    text: [
      '（一）上年度问题整改情况',
      '针对2023年度报告中提出的问题，我办已逐项整改：①优化了政府门户网站检索功能；②增设了政策问答库。',
      '（二）存在的问题',
      '①政府网站部分栏目链接失效，搜索结果不准确；②政务服务中心政务公开专区群众知晓度低，利用率不高。',
      '（三）改进措施',
      '①开展网站全面自查，修复失效链接，优化站内搜索；②加大政务公开专区宣传，拓展专区服务功能。',
    ].join('\n'),
    problems: [e('①政府网站', 'platform-stability'), e('②政务服务中心', 'reading-room-underused')],
    improvements: [e('①开展网站', 'platform-stability'), e('②加大政务公开专区', 'reading-room-underused')],
    priorDone: 2,
  },
  {
    id: 'district-health/first-next-besides',
    text: '本年度我委政务公开工作还存在一些薄弱环节。首先，部分科室对政务公开工作重视程度不够，认为公开是办公室一家的事；其次，医疗卫生领域基层政务公开标准目录尚未全面梳理；此外，依申请公开办理流程不够规范，存在超期答复风险。下一步，我委将进一步提高思想认识，压实各科室公开责任；全面梳理完善卫生健康领域标准目录；严格依申请公开办理程序，确保在法定期限内答复。',
    problems: [e('首先', 'awareness'), e('其次', 'standardization'), e('此外', 'request-handling')],
    improvements: [e('进一步提高思想认识', 'awareness'), e('全面梳理完善', 'standardization'), e('严格依申请公开', 'request-handling')],
  },
  {
    id: 'district-hrss/dot-markers-year-lead',
    text: [
      '1.部分就业创业政策信息发布后未同步进行解读，群众理解存在偏差。',
      '2.社保待遇领取等群众关注度高的信息公开不够深入。',
      '3.政务公开工作人员较少，且均为兼职。',
      '2025年，我局将重点做好以下工作：',
      '1.坚持政策文件与解读材料同步起草、同步审签、同步发布。',
      '2.深化社会保障领域信息公开，重点公开待遇领取条件和办理流程。',
      '3.充实政务公开工作力量，确保专人负责。',
    ].join('\n'),
    problems: [e('1.部分就业创业', 'policy-interpretation'), e('2.社保待遇', 'incomplete-disclosure'), e('3.政务公开工作人员', 'staff-capacity')],
    improvements: [e('1.坚持政策文件', 'policy-interpretation'), e('2.深化社会保障', 'incomplete-disclosure'), e('3.充实政务公开', 'staff-capacity')],
  },
  {
    id: 'township/skipped-er-shi-measure-in-sentence',
    text: '我乡政务公开工作仍有差距：一是财政预决算等信息公开不够规范，针对这一问题，我们将严格按照要求在规定时间内公开预决算信息；三是群众参与政策制定的积极性不高，针对这一问题，我们将通过座谈会、入户走访等方式广泛征求群众意见。',
    problems: [e('一是财政预决算', 'incomplete-disclosure'), e('三是群众参与', 'public-participation')],
    improvements: [e('严格按照要求', 'incomplete-disclosure'), e('通过座谈会', 'public-participation')],
  },
  {
    id: 'city-housing/titled-points-intensive-platform',
    text: [
      '存在的主要问题及改进情况',
      '（一）主要问题',
      '1.重点领域信息公开有待加强。保障性住房分配、建筑市场监管等信息公开的主动性不够，部分信息仅公开结果，未公开过程。',
      '2.政务公开平台建设相对滞后。局门户网站与市政府网站集约化平台数据对接不畅，同一信息需在多个平台重复发布。',
      '（二）改进情况',
      '1.围绕保障性住房等重点领域，推进决策、执行、管理、服务、结果全过程公开。',
      '2.加快推进网站集约化建设，实现信息一次发布、多平台同步。',
    ].join('\n'),
    problems: [e('1.重点领域', 'incomplete-disclosure'), e('2.政务公开平台', 'platform-stability', 'duplicate-publishing')],
    improvements: [e('1.围绕保障性住房', 'incomplete-disclosure'), e('2.加快推进网站集约化', 'platform-stability', 'duplicate-publishing')],
  },
  {
    id: 'sub-district/two-lines-inline-headings',
    text: '存在问题：政务公开人员业务水平不高。\n改进措施：加强培训。',
    problems: [e('政务公开人员', 'staff-capacity')],
    improvements: [e('加强培训', 'staff-capacity')],
  },
  {
    id: 'district-emergency/typo-bu-ji-shi',
    text: [
      '存在问题：（1）部分栏目更新不急时，安全生产执法信息长期未更新；（2）对公开工作的重要性认识不足，存在重业务、轻公开的思想；（3）政务新媒体发布内容与部门职能关联不大。',
      '整改措施：（1）建立栏目更新提醒制度，定期检查各栏目更新情况；（2）加强学习，切实提高对政务公开工作重要性的认识；（3）规范政务新媒体内容发布，围绕中心工作发布信息。',
    ].join('\n'),
    problems: [e('（1）部分栏目', 'update-gap'), e('（2）对公开工作', 'awareness'), e('（3）政务新媒体', 'new-media')],
    improvements: [e('（1）建立栏目更新', 'update-gap'), e('（2）加强学习', 'awareness'), e('（3）规范政务新媒体', 'new-media')],
  },
  {
    id: 'city-statistics/di-yi-di-er',
    text: [
      '（一）存在的不足',
      '第一，统计数据解读不够通俗，图表化、可视化解读产品较少。第二，依申请公开申请量增加，部分申请内容涉及统计调查对象信息，答复把握难度大。',
      '（二）改进方向',
      '第一，丰富统计数据解读形式，多用图表、图解等方式。第二，加强依申请公开法律审核，规范答复口径。',
    ].join('\n'),
    problems: [e('第一', 'policy-interpretation'), e('第二', 'request-handling')],
    improvements: [e('第一', 'policy-interpretation'), e('第二', 'request-handling')],
  },
  {
    id: 'town/semicolons-then-yi-yao',
    text: '存在的问题：政务公开意识有待增强，部分站所工作人员对公开内容把握不准；信息发布审核把关不严，个别信息存在错别字；政务公开专区设施简单，群众查阅不便。下一步，我镇将：一要加强政务公开业务学习，提升站所人员能力；二要严格落实信息发布“三审”制度；三要完善政务公开专区设施，方便群众查阅。',
    problems: [e('政务公开意识', 'awareness', 'staff-capacity'), e('信息发布审核', 'other'), e('政务公开专区', 'reading-room-underused')],
    improvements: [e('一要加强', 'staff-capacity'), e('二要严格落实', 'other'), e('三要完善政务公开专区', 'reading-room-underused')],
  },
  {
    id: 'district-natural-resources/prior-sentence-yi-dun-markers',
    text: [
      '上年度报告中提出的“征地信息公开不及时”问题，已通过建立征地信息发布台账整改到位。',
      '本年度存在的主要问题：一、不动产登记办事指南与实际办理要求不一致，群众反映较多；二、规划公示期间意见征集渠道单一，公众参与度不高。',
      '下一步',
      '一、全面梳理不动产登记办事指南，做到线上线下一致；二、拓宽规划公示意见征集渠道，增加线上征集方式。',
    ].join('\n'),
    problems: [e('一、不动产登记', 'update-gap'), e('二、规划公示', 'public-participation')],
    improvements: [e('一、全面梳理', 'update-gap'), e('二、拓宽规划公示', 'public-participation')],
    priorDone: 1,
  },
  {
    id: 'sub-district/zai-fangmian-wrapped-page',
    text: [
      '五、存在的主要问题及改进情况',
      '（一）存在问题。在信息发布方面，街道网站部分动态信息发布滞后，',
      '个别栏目长期未更新；在政策解读方面，涉及居民切身利益的政策解读',
      '不够，回应群众关切不及时。',
      '- 7 -',
      '（二）改进措施。在信息发布方面，落实专人定期维护，确保栏目内容常态更新；在政策解读方面，围绕老旧小区改造等居民关心事项加强解读。',
    ].join('\n'),
    problems: [e('在信息发布方面', 'update-gap'), e('在政策解读方面', 'policy-interpretation')],
    improvements: [e('在信息发布方面', 'update-gap'), e('在政策解读方面', 'policy-interpretation')],
  },
  {
    id: 'city-medical-insurance/nested-sub-points',
    text: '一是信息公开的规范性有待提高。（1）部分文件公开时未标注有效期；（2）公开信息分类不够准确。二是政务公开队伍力量薄弱，专职人员仅1名。针对以上问题，我局将在2025年重点做好以下工作：一是规范公开文件属性标注，准确分类；二是配齐配强政务公开工作人员。',
    problems: [e('一是信息公开的规范性', 'standardization'), e('二是政务公开队伍', 'staff-capacity')],
    improvements: [e('一是规范公开文件', 'standardization'), e('二是配齐配强', 'staff-capacity')],
  },
  {
    id: 'county-government/one-line-each-no-markers',
    text: [
      '存在的主要问题',
      '部分乡镇和部门对政务公开工作重视不够，工作推进不平衡。',
      '基层政务公开标准化规范化建设成效不明显，标准目录应用不充分。',
      '政府信息公开申请办理质量有待提升，行政复议纠错时有发生。',
      '改进情况',
      '压实乡镇和部门主体责任，将政务公开纳入绩效考核。',
      '深化基层政务公开标准化规范化建设，推动标准目录落地应用。',
      '加强依申请公开办理培训，防范法律风险。',
    ].join('\n'),
    problems: [e('部分乡镇和部门', 'awareness'), e('基层政务公开', 'standardization'), e('政府信息公开申请', 'request-handling')],
    improvements: [e('压实乡镇', 'awareness'), e('深化基层', 'standardization'), e('加强依申请公开', 'request-handling', 'staff-capacity')],
  },
]
