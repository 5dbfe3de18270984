// Holdout 20, county and district government offices, towns, townships and streets (12 texts).
// Invented bodies and wordings; answers set by problem-taxonomy.md's definitions only.
import { e, type Holdout20Case } from './entry'

export const OFFICES: Holdout20Case[] = [
  {
    id: 'h20-o01-county-office-2023',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
2023年，我县政府信息公开工作取得了一定成效，但仍存在一些不足：一是部分乡镇、部门对政务公开工作重视程度不够，存在“重业务、轻公开”的现象；二是政府门户网站部分栏目内容长期未更新，个别栏目存在空白；三是政策解读形式较为单一，多为文字稿，图解、视频等群众喜闻乐见的形式运用较少。
（二）改进措施
2024年，我县将重点做好以下工作：一是强化组织领导，主要负责同志定期听取政务公开工作汇报，压实工作责任；二是定期开展栏目巡查，对长期空白、内容陈旧的栏目及时整改；三是丰富解读形式，综合运用图文、短视频、新闻发布会等方式开展解读。
`,
    problems: [e('一是部分乡镇、部门对政务公开工作重视程度不够', 'awareness'), e('二是政府门户网站部分栏目内容长期未更新', 'update-gap'), e('三是政策解读形式较为单一', 'policy-interpretation')],
    improvements: [e('一是强化组织领导', 'awareness'), e('二是定期开展栏目巡查', 'update-gap'), e('三是丰富解读形式', 'policy-interpretation')],
  },
  {
    id: 'h20-o02-district-office-2024',
    text: `五、存在的主要问题及改进情况
1.政府信息公开工作人员多为兼职，且人员调整频繁，业务水平参差不齐。
2.依申请公开答复文书格式不统一，个别答复告知救济途径不完整。
3.区政府门户网站检索功能不够便捷，群众查找信息耗时较长。
下一步工作打算：
1.加强业务培训，每年至少组织两次全区政务公开业务培训，保持工作队伍相对稳定。
2.规范依申请公开办理流程，统一答复文书模板，必要时请法律顾问审核把关。
3.优化网站检索功能，提升信息查找的便捷性。
`,
    problems: [e('1.政府信息公开工作人员多为兼职', 'staff-capacity'), e('2.依申请公开答复文书格式不统一', 'request-handling'), e('3.区政府门户网站检索功能', 'platform-stability')],
    improvements: [e('1.加强业务培训', 'staff-capacity'), e('2.规范依申请公开办理流程', 'request-handling'), e('3.优化网站检索功能', 'platform-stability')],
  },
  {
    id: 'h20-o03-town-2022',
    // The opening clause (我镇…存在不足：) is a lead, not part of the first problem; 下一步，我镇将 leads the measures.
    text: `五、存在的主要问题及改进情况
我镇政务公开工作虽有进步，但仍存在不足：政务公开专区设置后前来查阅的群众很少，作用未能有效发挥；镇政务微信公众号发布频次低，有时一个月不更新一次。下一步，我镇将加大政务公开专区的宣传力度，引导群众就近查询办事；明确专人负责公众号运营维护，确保每周更新。
`,
    problems: [e('政务公开专区设置后前来查阅的群众很少', 'reading-room-underused'), e('镇政务微信公众号发布频次低', 'new-media')],
    improvements: [e('加大政务公开专区的宣传力度', 'reading-room-underused'), e('明确专人负责公众号运营维护', 'new-media')],
  },
  {
    id: 'h20-o04-street-2021',
    text: `五、存在的主要问题及改进情况
存在问题：
（一）基层政务公开标准目录梳理还不够细，部分事项未纳入目录。
（二）社区居民对街道政务公开工作的了解不多，参与街道公共事务意见征集的积极性不高。
改进措施：
（一）对照上级部门发布的基层政务公开标准指引，进一步细化完善街道公开事项目录。
（二）通过社区宣传栏、居民议事会等方式，鼓励居民参与街道公共事务的意见征集。
上年度问题整改情况：2020年度报告中提出的网站栏目信息更新滞后问题，已通过建立每周巡查机制整改完成。
`,
    problems: [e('（一）基层政务公开标准目录梳理还不够细', 'standardization'), e('（二）社区居民对街道政务公开工作的了解不多', 'public-participation')],
    improvements: [e('（一）对照上级部门发布的基层政务公开标准指引', 'standardization'), e('（二）通过社区宣传栏、居民议事会等方式', 'public-participation')],
    priorDone: 1,
  },
  {
    id: 'h20-o05-district-office-2024',
    text: `五、存在的主要问题及改进情况
2024年，我区政务公开工作取得了一定成绩，但对照上级要求和群众期盼，还存在一些差距。
一是重点领域信息公开还不够深入。财政预决算、重大建设项目等领域公开的内容多为结果性信息，过程性信息公开较少。
二是政府网站与政务新媒体信息不同步。同一文件在区政府网站和“幸福安宁”公众号上的标题、发布时间不一致，部分信息在网站多个栏目重复挂载。
三是政策解读质量有待提高。部分解读材料照搬政策原文，对群众关心的办理条件、享受标准解读不透，回应关切的及时性也不够。
四是依申请公开办理存在风险。个别单位答复期限把握不准，答复依据引用不准确，今年被申请行政复议1件。
五是工作队伍力量薄弱，区直部门政务公开工作人员大多身兼数职，业务培训覆盖面不广。
针对上述问题，我区将采取以下措施：
一是深化重点领域公开。督促各单位加大财政预决算、重大建设项目等领域过程性信息公开力度。
二是统一发布口径。建立网站与新媒体信息同步发布机制，清理网站重复挂载的信息。
三是提升解读质量。坚持政策文件与解读材料同步起草、同步审签、同步发布，用通俗语言讲清办理条件和享受标准，及时回应社会关切。
四是规范依申请公开办理。严格按法定期限答复，加强答复文书法制审核，降低复议诉讼风险。
五是加强队伍建设。每个单位至少明确1名相对固定的工作人员，分层分类开展业务培训。
`,
    problems: [
      e('一是重点领域信息公开还不够深入', 'incomplete-disclosure'),
      // Two channels printing the same file differently, and one item in several columns: both duplicate-publishing.
      e('二是政府网站与政务新媒体信息不同步', 'duplicate-publishing'),
      e('三是政策解读质量有待提高', 'policy-interpretation'),
      e('四是依申请公开办理存在风险', 'request-handling'),
      e('五是工作队伍力量薄弱', 'staff-capacity'),
    ],
    improvements: [
      e('一是深化重点领域公开', 'incomplete-disclosure'),
      e('二是统一发布口径', 'duplicate-publishing'),
      e('三是提升解读质量', 'policy-interpretation'),
      e('四是规范依申请公开办理', 'request-handling'),
      e('五是加强队伍建设', 'staff-capacity'),
    ],
  },
  {
    id: 'h20-o06-township-2020',
    // Each problem carries its measure in the same sentence (今后将…, 对此，我乡将…): the connective opens the measure.
    text: `五、存在的主要问题及改进情况
首先，我乡政务公开工作人员专业知识欠缺，对公开内容的把关能力不强，今后将积极参加县级组织的业务培训，提升工作能力。其次，乡政府信息公开栏内容陈旧，部分公示信息张贴后长期未更换，对此，我乡将安排专人每月更换公开栏内容。
`,
    problems: [e('首先，我乡政务公开工作人员专业知识欠缺', 'staff-capacity'), e('其次，乡政府信息公开栏内容陈旧', 'update-gap')],
    improvements: [e('今后将积极参加县级组织的业务培训', 'staff-capacity'), e('对此，我乡将安排专人每月更换公开栏内容', 'update-gap')],
  },
  {
    id: 'h20-o07-city-office-2023',
    // A 改进措施： label inside each problem's paragraph; the label is left out of the measure's start.
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）政务公开平台集约化程度不高。部分部门仍在使用自建的信息发布系统，与市政府网站信息公开平台对接不畅，数据不能实时同步。改进措施：推进部门网站向市政府网站集约迁移，完成信息公开平台统一对接。
（二）主动公开目录编制不够完善。部分部门的公开目录未随职能调整及时修订，目录事项与实际公开内容对应不上。改进措施：组织各部门对照职能梳理修订主动公开目录，做到目录与内容一一对应。
（三）群众互动渠道作用不明显。“市长信箱”、网上留言等栏目答复不及时，部分答复内容简单敷衍。改进措施：建立留言办理督办机制，提高答复质量和时效。
`,
    problems: [e('（一）政务公开平台集约化程度不高', 'platform-stability'), e('（二）主动公开目录编制不够完善', 'standardization'), e('（三）群众互动渠道作用不明显', 'public-participation')],
    improvements: [e('推进部门网站向市政府网站集约迁移', 'platform-stability'), e('组织各部门对照职能梳理修订主动公开目录', 'standardization'), e('建立留言办理督办机制', 'public-participation')],
  },
  {
    id: 'h20-o08-street-2024',
    // A PDF line break in the middle of 不高; the measures run on after 2025年，我街道将： (a lead).
    text: `五、存在的主要问题及改进情况
1、街道政务公开工作存在“重发布、轻互动”的情况，居民意见建议收集渠道较少，居民参与街道决策的程度不
高。
2、信息公开内容的及时性有待加强，部分惠民资金发放信息在发放结束后较长时间才予以公示。
3、政务公开专区位置较偏，居民知晓率低，前来查询的较少。
2025年，我街道将：1、拓宽居民参与渠道，在重大民生事项决策前通过座谈会、网上征求意见等方式广泛听取居民意见；2、严格落实惠民资金信息公示时限要求，做到发放一批、公示一批；3、调整政务公开专区位置，设置醒目指引标识，提升专区使用率。
`,
    problems: [e('1、街道政务公开工作存在', 'public-participation'), e('2、信息公开内容的及时性有待加强', 'incomplete-disclosure'), e('3、政务公开专区位置较偏', 'reading-room-underused')],
    improvements: [e('1、拓宽居民参与渠道', 'public-participation'), e('2、严格落实惠民资金信息公示时限要求', 'incomplete-disclosure'), e('3、调整政务公开专区位置', 'reading-room-underused')],
  },
  {
    id: 'h20-o09-county-office-2019',
    text: `五、存在的主要问题及改进情况
（一）上年度问题整改情况
1.针对上年度报告中提出的政府网站信息发布不及时的问题，我县建立了信息发布审核台账，明确各单位信息报送时限，目前已整改到位。
2.针对工作人员业务不熟的问题，2019年共组织全县政务公开业务培训3次，培训180余人次。
（二）存在的主要问题
一是部分单位领导干部对新修订《条例》的重视不够，仍把政务公开当作额外负担；二是依申请公开答复规范化水平不高，个别答复未按新《条例》要求分类处理；三是基层政务公开试点成果的推广运用不够，村级公开内容不够规范统一。
（三）改进措施
一是组织各单位领导干部集中学习新修订的《条例》，切实提高对政务公开工作的重视程度；二是制定依申请公开答复文书参考范本，规范答复格式和处理方式；三是总结推广试点经验，全面推进基层政务公开标准化工作。
`,
    problems: [e('一是部分单位领导干部', 'awareness'), e('二是依申请公开答复规范化水平不高', 'request-handling'), e('三是基层政务公开试点成果', 'standardization')],
    improvements: [e('一是组织各单位领导干部集中学习', 'awareness'), e('二是制定依申请公开答复文书参考范本', 'request-handling'), e('三是总结推广试点经验', 'standardization')],
    priorDone: 2,
  },
  {
    id: 'h20-o10-town-2021',
    text: `五、存在的主要问题及改进情况
存在的问题：①镇政府网站信息公开页面打开速度慢，时常出现无法访问的情况；②镇村两级财务信息公开内容较为简略。
改进情况：①协调县大数据中心对网站服务器进行升级维护，保障页面正常访问；②细化镇村财务公开内容，按季度公开收支明细。
`,
    problems: [e('①镇政府网站信息公开页面打开速度慢', 'platform-stability'), e('②镇村两级财务信息公开内容较为简略', 'incomplete-disclosure')],
    improvements: [e('①协调县大数据中心', 'platform-stability'), e('②细化镇村财务公开内容', 'incomplete-disclosure')],
  },
  {
    id: 'h20-o11-district-office-2022',
    text: `五、存在的主要问题和改进措施
全区政务公开工作还存在以下问题：第一，政务新媒体运维仍有短板，少数单位开设的公众号、头条号长期“睡眠”，个别账号发布内容与本单位职能无关。第二，政务公开工作经费保障不足，网站维护、专区建设等经费缺口较大。第三，社会关切回应不够主动，对网络热点问题的回应多停留在简单表态。
下一步，我区将着力做好以下工作：第一，开展政务新媒体清理整合，对长期不更新、无力维护的账号坚决予以关停。第二，积极争取财政支持，将政务公开工作经费列入年度预算。第三，健全舆情回应机制，对涉及本区的热点问题及时发布权威信息，主动解疑释惑。
`,
    problems: [e('第一，政务新媒体运维仍有短板', 'new-media'), e('第二，政务公开工作经费保障不足', 'other'), e('第三，社会关切回应不够主动', 'policy-interpretation')],
    improvements: [e('第一，开展政务新媒体清理整合', 'new-media'), e('第二，积极争取财政支持', 'other'), e('第三，健全舆情回应机制', 'policy-interpretation')],
  },
  {
    id: 'h20-o12-township-2023',
    // No boundary at all: the measures' 一是 simply starts again on the next line.
    text: `五、存在的主要问题及改进情况
一是政务公开工作力量不足，乡政府仅有1名兼职人员负责信息公开，且对业务不够熟悉。二是村务公开栏内容更新滞后，部分应公开的惠农补贴信息未予公开。
一是配齐配强工作人员，加强业务学习，提高工作水平。二是督促各村按月更新村务公开栏，将惠农补贴发放情况全部纳入公开范围。
`,
    problems: [e('一是政务公开工作力量不足', 'staff-capacity'), e('二是村务公开栏内容更新滞后', 'update-gap', 'incomplete-disclosure')],
    improvements: [e('一是配齐配强工作人员', 'staff-capacity'), e('二是督促各村按月更新村务公开栏', 'update-gap', 'incomplete-disclosure')],
  },
]
