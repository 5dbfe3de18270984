// Holdout 20, county and city bureaus: culture and tourism, health, market regulation, urban management,
// administrative approval (12 texts). Invented bodies and wordings; answers by problem-taxonomy.md only.
import { e, type Holdout20Case } from './entry'

export const BUREAUS_C: Holdout20Case[] = [
  {
    id: 'h20-d01-county-culture-tourism-2023',
    // Problems and measures each in one line after their label, 一是… inline.
    text: `五、存在的主要问题及改进情况
存在问题：一是文旅惠民活动信息公开不够及时，部分活动结束后才发布通知；二是局网站与县文旅公众号发布的活动信息时间、地点不一致，给群众造成困扰；三是对文化市场执法检查结果公开较少。改进措施：一是提前发布文旅惠民活动信息；二是建立网站与公众号信息统一审核发布制度，确保内容一致；三是及时公开文化市场执法检查结果。
`,
    problems: [
      e('一是文旅惠民活动信息公开不够及时', 'incomplete-disclosure'),
      // The same item printed differently by two channels: duplicate-publishing (not the account's running).
      e('二是局网站与县文旅公众号', 'duplicate-publishing'),
      e('三是对文化市场执法检查结果公开较少', 'incomplete-disclosure'),
    ],
    improvements: [e('一是提前发布文旅惠民活动信息', 'incomplete-disclosure'), e('二是建立网站与公众号信息统一审核发布制度', 'duplicate-publishing'), e('三是及时公开文化市场执法检查结果', 'incomplete-disclosure')],
  },
  {
    id: 'h20-d02-city-health-2024',
    // Sub-heads 一、存在的主要问题 / 二、改进措施 inside section 五; each entry a title sentence and its detail.
    text: `五、存在的主要问题及改进情况
一、存在的主要问题
（一）医疗卫生领域信息公开不够深入。医疗机构执业许可、医疗服务价格等信息公开内容不全，部分医院未按要求公开收费标准。
（二）政策解读和回应关切有差距。对医保支付、疫苗接种等社会关注度高的问题解读不及时，回应群众关切的主动性不强。
（三）政务公开队伍建设薄弱。委机关和直属单位从事政务公开工作的人员多为兼职，人员流动大，且缺乏系统培训。
（四）网站与政务新媒体信息发布缺乏统筹。同一政策在委网站和微信公众号上表述不一，容易引起误解。
（五）依申请公开答复质量有待提升。部分答复未引用具体法律条款，答复文书格式不统一。
二、改进措施
（一）深化医疗卫生领域信息公开。督促医疗机构全面公开执业许可、医疗服务价格和收费标准等信息。
（二）做好政策解读和回应关切。对医保支付、疫苗接种等热点问题第一时间发布解读，主动回应群众关切。
（三）加强政务公开队伍建设。保持人员相对稳定，每年开展不少于2次系统培训。
（四）统筹网站与政务新媒体信息发布。建立统一审核、同步发布机制，确保同一政策表述一致。
（五）提升依申请公开答复质量。统一答复文书格式，准确引用法律条款。
`,
    problems: [
      e('（一）医疗卫生领域信息公开不够深入', 'incomplete-disclosure'),
      e('（二）政策解读和回应关切有差距', 'policy-interpretation'),
      e('（三）政务公开队伍建设薄弱', 'staff-capacity'),
      e('（四）网站与政务新媒体信息发布缺乏统筹', 'duplicate-publishing'),
      e('（五）依申请公开答复质量有待提升', 'request-handling'),
    ],
    improvements: [
      e('（一）深化医疗卫生领域信息公开', 'incomplete-disclosure'),
      e('（二）做好政策解读和回应关切', 'policy-interpretation'),
      e('（三）加强政务公开队伍建设', 'staff-capacity'),
      e('（四）统筹网站与政务新媒体信息发布', 'duplicate-publishing'),
      e('（五）提升依申请公开答复质量', 'request-handling'),
    ],
  },
  {
    id: 'h20-d03-district-market-2022',
    // Entries split by ； only; 针对以上问题，我局将： leads the measures in the same paragraph.
    text: `五、存在的主要问题及改进情况
我局政府信息公开工作还存在一些不足：行政处罚信息公示存在滞后现象；食品安全抽检信息公开形式单一，缺少对抽检结果的说明解读；部分执法人员对政务公开工作的重要性认识不足，配合不够主动。针对以上问题，我局将：严格落实行政处罚信息20个工作日内公示要求；对不合格抽检结果同步发布解读和消费提示；加强对执法人员的政务公开教育，增强主动公开意识。
`,
    problems: [e('行政处罚信息公示存在滞后现象', 'incomplete-disclosure'), e('食品安全抽检信息公开形式单一', 'policy-interpretation'), e('部分执法人员对政务公开工作的重要性', 'awareness')],
    improvements: [e('严格落实行政处罚信息20个工作日内公示要求', 'incomplete-disclosure'), e('对不合格抽检结果同步发布解读', 'policy-interpretation'), e('加强对执法人员的政务公开教育', 'awareness')],
  },
  {
    id: 'h20-d04-city-urban-management-2021',
    // Problems numbered ①②④ (③ skipped), measures 1、2、3、.
    text: `五、存在的主要问题及改进情况
（一）存在的问题
①城管执法结果公开不够及时、内容不够完整，部分处罚决定未在网上公开。
②局网站“城管动态”栏目更新频率低，最近一条信息仍停留在半年前。
④“数字城管”平台与12345热线平台数据未实现互通，群众投诉需在两个系统间人工转办。
（二）改进措施
1、全面公开城管执法结果，做到执法全过程留痕、结果及时公开。
2、明确栏目责任人，确保“城管动态”栏目每周至少更新1次。
3、推进“数字城管”平台与12345热线平台对接，实现群众投诉自动流转。
`,
    problems: [
      e('①城管执法结果公开不够及时', 'incomplete-disclosure'),
      e('②局网站“城管动态”栏目更新频率低', 'update-gap'),
      // Two systems that do not exchange data: an integration fault.
      e('④“数字城管”平台与12345热线平台', 'platform-stability'),
    ],
    improvements: [e('1、全面公开城管执法结果', 'incomplete-disclosure'), e('2、明确栏目责任人', 'update-gap'), e('3、推进“数字城管”平台与12345热线平台对接', 'platform-stability')],
  },
  {
    id: 'h20-d05-county-approval-2024',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
1.部分政务服务事项办事指南要素不完整，未列明办理时限和收费标准。
2.政务服务大厅政务公开专区功能单一，仅摆放纸质资料，来查阅的群众很少。
3.县政务服务网与市级政务服务平台对接存在问题，部分事项网上申报后数据无法同步推送，群众需重复提交材料。
4.政务服务“好差评”中群众提出的意见建议整改反馈不够及时。
（二）改进措施
2025年，我局将：1.逐项补充完善办事指南中办理时限、收费标准等要素；2.拓展政务公开专区功能，增设自助查询终端，安排导办人员引导群众查阅；3.协调市级平台技术团队解决数据对接问题，实现“一次提交、数据共享”；4.建立“好差评”意见建议限时整改反馈机制。
`,
    problems: [
      e('1.部分政务服务事项办事指南要素不完整', 'incomplete-disclosure'),
      e('2.政务服务大厅政务公开专区功能单一', 'reading-room-underused'),
      e('3.县政务服务网与市级政务服务平台对接存在问题', 'platform-stability'),
      // The public's comments (好差评) answered late: public participation.
      e('4.政务服务“好差评”', 'public-participation'),
    ],
    improvements: [e('1.逐项补充完善办事指南', 'incomplete-disclosure'), e('2.拓展政务公开专区功能', 'reading-room-underused'), e('3.协调市级平台技术团队', 'platform-stability'), e('4.建立“好差评”意见建议', 'public-participation')],
  },
  {
    id: 'h20-d06-district-health-2020',
    // Each problem carries its measure after ，下一步，我局将 in the same sentence.
    text: `五、存在的主要问题及改进情况
一是疫情防控期间信息发布压力大，个别防控信息发布不够及时，下一步，我局将完善突发公共卫生事件信息发布机制，确保权威信息第一时间发布。二是局政务公开工作人员身兼多职，精力不足，下一步，我局将调配专人负责政务公开工作。
`,
    problems: [e('一是疫情防控期间信息发布压力大', 'incomplete-disclosure'), e('二是局政务公开工作人员身兼多职', 'staff-capacity')],
    improvements: [e('下一步，我局将完善突发公共卫生事件', 'incomplete-disclosure'), e('下一步，我局将调配专人', 'staff-capacity')],
  },
  {
    id: 'h20-d07-county-market-2023',
    // No boundary line: the problems are numbered 1、…5、 and the measures （一）…（五）.
    text: `五、存在的主要问题及改进情况
1、企业登记注册、特种设备安全监察等信息主动公开的范围还不够广，有的信息只在系统内部通报。
2、市场监管领域基层政务公开标准目录落实不到位，各市场监管所公开事项、公开格式不统一。
3、对投诉举报热线反映的问题，答复时限和质量参差不齐，群众满意度不高。
4、公开前的保密审查把关不严，个别公开的行政处罚决定书未对当事人个人信息作技术处理。
5、部分干部认为市场监管工作事务多，政务公开可有可无，主动公开意识不强。
（一）扩大主动公开范围，将企业登记注册、特种设备安全监察等信息纳入主动公开。
（二）督促各市场监管所按照标准目录统一公开事项和公开格式。
（三）加强投诉举报热线管理，实行限时办结、及时回访。
（四）严格执行公开前保密审查和个人信息保护审查制度。
（五）开展政务公开专题教育，增强干部主动公开意识。
`,
    problems: [
      e('1、企业登记注册、特种设备安全监察等信息', 'incomplete-disclosure'),
      e('2、市场监管领域基层政务公开标准目录', 'standardization'),
      e('3、对投诉举报热线反映的问题', 'public-participation'),
      // Review before publishing (secrecy, personal data): other.
      e('4、公开前的保密审查把关不严', 'other'),
      e('5、部分干部认为市场监管工作事务多', 'awareness'),
    ],
    improvements: [
      e('（一）扩大主动公开范围', 'incomplete-disclosure'),
      e('（二）督促各市场监管所按照标准目录', 'standardization'),
      e('（三）加强投诉举报热线管理', 'public-participation'),
      e('（四）严格执行公开前保密审查', 'other'),
      e('（五）开展政务公开专题教育', 'awareness'),
    ],
  },
  {
    id: 'h20-d08-city-culture-2021',
    text: `五、存在的主要问题及改进情况
存在问题：一是设在市图书馆的政府信息公开查阅点宣传不够，市民知晓率低，利用率不高；二是局属文博单位网站内容陈旧，多个栏目长期空白。
2022年，我局将加大查阅点宣传力度，在图书馆入口设置指引标识；督促文博单位整改网站，清理或补充空白栏目。
`,
    problems: [e('一是设在市图书馆的政府信息公开查阅点', 'reading-room-underused'), e('二是局属文博单位网站内容陈旧', 'update-gap')],
    improvements: [e('加大查阅点宣传力度', 'reading-room-underused'), e('督促文博单位整改网站', 'update-gap')],
  },
  {
    id: 'h20-d09-district-urban-management-2024',
    // No measure at all; last year's fix is one sentence before the problems.
    text: `五、存在问题及改进情况
2023年度报告中反映的网站留言回复慢问题，已通过建立留言办理台账解决。2024年，我局政府信息公开工作仍存在以下不足：首先，占道经营整治、违法建设查处等执法信息公开的及时性和完整性仍有欠缺；其次，局政务微博长期由外包公司代发，内容审核把关不严，曾出现错别字等问题；再次，政务公开工作人员缺少专业培训，对《条例》规定掌握不全。
`,
    problems: [e('首先，占道经营整治', 'incomplete-disclosure'), e('其次，局政务微博长期由外包公司代发', 'new-media'), e('再次，政务公开工作人员缺少专业培训', 'staff-capacity')],
    improvements: [],
    priorDone: 1,
  },
  {
    id: 'h20-d10-county-health-2022',
    // A PDF line break in the middle of 短视频; the measures under 整改措施 are ①②③ in one paragraph.
    text: `五、存在的主要问题及改进情况
1.基层医疗卫生机构院务公开工作不平衡，部分乡镇卫生院公开内容简单。
2.公共卫生、医疗服务等政策解读以转载上级解读为主，结合本县实际的解读少。
3.卫健系统政务公开工作缺乏专项经费。
整改措施：①指导乡镇卫生院细化院务公开内容，重点公开服务项目、收费标准；②结合本县实际制作家庭医生签约、慢病报销等政策的图解和短视
频；③争取县财政支持，将政务公开经费纳入年度预算。
`,
    problems: [e('1.基层医疗卫生机构院务公开工作不平衡', 'incomplete-disclosure'), e('2.公共卫生、医疗服务等政策解读', 'policy-interpretation'), e('3.卫健系统政务公开工作缺乏专项经费', 'other')],
    improvements: [e('①指导乡镇卫生院细化院务公开内容', 'incomplete-disclosure'), e('②结合本县实际制作', 'policy-interpretation'), e('③争取县财政支持', 'other')],
  },
  {
    id: 'h20-d11-city-approval-2023',
    text: `五、存在的主要问题及改进情况
第一，审批结果信息公开不够及时，部分许可决定在系统办结后较长时间才在网站公示。第二，局网站建设相对滞后，页面设计陈旧、栏目设置不合理，群众查找审批信息不方便。第三，对“一件事一次办”等改革举措宣传解读不够，群众知晓度低。第四，窗口工作人员对政务公开业务不熟，对申请人提出的公开申请存在推诿现象。
今后，我局将：第一，严格审批结果公示时限，许可决定作出后7个工作日内在网站公开。第二，对局网站进行改版升级，优化栏目和检索功能。第三，通过政策图解、办事视频等方式加强改革举措解读。第四，加强窗口人员政务公开业务培训，规范受理政府信息公开申请。
`,
    problems: [
      e('第一，审批结果信息公开不够及时', 'incomplete-disclosure'),
      // A site hard to find things on: poor usability.
      e('第二，局网站建设相对滞后', 'platform-stability'),
      e('第三，对“一件事一次办”等改革举措', 'policy-interpretation'),
      // Staff unskilled, and requests pushed about: both named.
      e('第四，窗口工作人员对政务公开业务不熟', 'staff-capacity', 'request-handling'),
    ],
    improvements: [
      e('第一，严格审批结果公示时限', 'incomplete-disclosure'),
      e('第二，对局网站进行改版升级', 'platform-stability'),
      e('第三，通过政策图解、办事视频等方式', 'policy-interpretation'),
      e('第四，加强窗口人员政务公开业务培训', 'staff-capacity', 'request-handling'),
    ],
  },
  {
    id: 'h20-d12-district-sports-2019',
    // The measures numbered on from the problems (3., 4.) after 改进情况： in the same paragraph.
    text: `五、存在的主要问题及改进情况
本年度我局政务公开工作存在的问题：1.体育场馆免费低收费开放、公共文化服务等惠民信息公开不够主动，公开内容较少。2.政务公开工作无专职人员，由各科室人员临时兼顾。改进情况：3.主动公开公共文化体育服务信息，在网站设置专题集中公开。4.明确办公室1名同志专职负责政务公开工作。
`,
    problems: [e('1.体育场馆免费低收费开放', 'incomplete-disclosure'), e('2.政务公开工作无专职人员', 'staff-capacity')],
    improvements: [e('3.主动公开公共文化体育服务信息', 'incomplete-disclosure'), e('4.明确办公室1名同志专职负责', 'staff-capacity')],
  },
]
