// Holdout 4, part A: towns, sub-districts, county and city departments, a provincial department and a
// development zone; headed blocks, 一是/（一）/(1)/1、/①/首先 markers, 上年度 passages.
import { e, type Holdout4Case } from './gold'

export const HOLDOUT4_A: Holdout4Case[] = [
  {
    id: 'a/town-headed-yishi-year-plan',
    text: '五、存在的主要问题及改进情况\n（一）存在的主要问题\n一是政务公开栏目维护不够及时，“财政资金”“惠民补贴”等栏目存在较长时间未更新的情况；二是基层政务公开标准目录梳理不够细，部分事项未明确公开时限和公开方式；三是政务公开工作人员均为兼职，业务水平参差不齐。\n（二）改进措施\n2025年，我镇将重点做好以下工作：一是落实栏目专人维护制度，每月开展一次栏目自查；二是对照县级部门标准目录，逐项细化本镇公开事项、时限和方式；三是积极参加县级组织的政务公开培训，提高业务能力。',
    problems: [e('一是政务公开栏目', 'update-gap'), e('二是基层政务公开标准目录', 'standardization'), e('三是政务公开工作人员', 'staff-capacity')],
    improvements: [e('一是落实栏目', 'update-gap'), e('二是对照县级', 'standardization'), e('三是积极参加', 'staff-capacity')],
  },
  {
    id: 'a/street-ascii-parens-typo-jiedu',
    text: '（一）存在问题\n(1)街道政务公开专区设置在便民服务中心二楼，位置不显眼，前来查阅的群众很少；(2)对依申请公开的法律法规掌握不够，个别答复文书引用条款不准确；(3)政策介读多以转载上级文件为主，缺少结合本街道实际的解读。\n（二）整改措施\n(1)将政务公开专区调整至便民服务中心一楼大厅，增设自助查询终端；(2)邀请法律顾问对依申请公开答复文书进行审核把关；(3)围绕老旧小区改造、养老服务等群众关注事项，制作通俗易懂的图文解读。',
    problems: [e('(1)街道政务公开专区', 'reading-room-underused'), e('(2)对依申请公开', 'request-handling'), e('(3)政策介读', 'policy-interpretation')],
    improvements: [e('(1)将政务公开专区', 'reading-room-underused'), e('(2)邀请法律顾问', 'request-handling'), e('(3)围绕老旧小区', 'policy-interpretation')],
  },
  {
    id: 'a/county-transport-dun-markers-zhendui',
    text: '我局2024年政府信息公开工作虽取得一定成效，但与上级要求和群众期盼相比仍有差距，主要表现在：1、重点项目建设信息公开不够全面，项目审批、招标投标、施工进度等环节信息公开不完整；2、“县交通运输”微信公众号发布内容以会议活动为主，更新频率偏低；3、部分股室对政务公开工作重视程度不够，认为公开是办公室一家的事。针对上述问题，我局将着力抓好以下工作：1、按照重点领域信息公开要求，全流程公开交通建设项目信息；2、明确公众号内容发布计划，增加办事服务类信息；3、将政务公开工作纳入股室年度目标考核，压实各股室公开责任。',
    problems: [e('1、重点项目建设', 'incomplete-disclosure'), e('2、“县交通运输”', 'new-media'), e('3、部分股室', 'awareness')],
    improvements: [e('1、按照重点领域', 'incomplete-disclosure'), e('2、明确公众号', 'new-media'), e('3、将政务公开工作纳入', 'awareness')],
  },
  {
    id: 'a/province-dept-headed-entries-nested-xiayibu',
    text: '五、存在的主要问题及改进情况\n2024年，我厅政府信息公开工作还存在一些不足。\n（一）政策解读的针对性还不够强。部分解读材料照搬文件原文，对政策出台背景、主要变化等解读不深，对社会关切回应不够及时。\n（二）门户网站集约化后部分功能有待完善。主要是：1.站内搜索结果不够精准；2.部分历史信息迁移后出现链接失效、附件无法下载；3.移动端页面适配不佳。\n（三）公众参与渠道有待拓宽。规范性文件草案公开征求意见时收到的反馈意见较少，意见采纳情况反馈不够及时。\n下一步，我厅将重点抓好以下工作：一是提升政策解读质量，坚持解读材料与政策文件同步起草、同步审签、同步发布，多用图表、视频等形式解读；二是会同省政府门户网站运维单位，优化搜索功能，全面排查修复失效链接和附件；三是丰富意见征集方式，及时公开意见采纳情况。',
    problems: [e('（一）政策解读', 'policy-interpretation'), e('（二）门户网站', 'platform-stability'), e('（三）公众参与', 'public-participation')],
    improvements: [e('一是提升政策解读', 'policy-interpretation'), e('二是会同省政府', 'platform-stability'), e('三是丰富意见征集', 'public-participation')],
  },
  {
    id: 'a/devzone-circled-prior-block',
    text: '（一）上年度存在问题整改情况\n2023年度报告中反映的问题已全部整改完毕：①完成管委会门户网站政务公开专栏改版，栏目设置与上级要求保持一致；②组织开展政务公开专题培训2次。\n（二）存在的主要问题\n①企业关注的招商引资、产业扶持政策集中公开不够，散见于多个栏目；②同一份文件在管委会网站、公众号和视频号上多次发布，发布口径不统一；③园区企业对政务公开活动参与积极性不高。\n（三）改进措施\n①梳理产业扶持政策，建立惠企政策专题集中公开；②明确各发布平台分工，统一信息发布标准；③结合“政府开放日”活动，邀请园区企业代表走进管委会。',
    problems: [e('①企业关注', 'incomplete-disclosure'), e('②同一份文件', 'duplicate-publishing'), e('③园区企业', 'public-participation')],
    improvements: [e('①梳理产业扶持', 'incomplete-disclosure'), e('②明确各发布平台', 'duplicate-publishing'), e('③结合', 'public-participation')],
    priorDone: 2,
  },
  {
    id: 'a/city-health-shouxian-typo-gongkai-no-full-stop',
    text: '本委政府信息公开工作仍存在一些问题。首先，医疗卫生领域信息工开还不够深入，医疗机构收费、传染病疫情等信息公开内容不够具体；其次，委属各单位政务公开工作发展不平衡，个别单位信息报送不及时，网站栏目内容陈旧；此外，依申请公开件办理过程中与申请人沟通不够，存在答复超期风险。\n2025年，本委将从三个方面加以改进：首先，细化医疗卫生领域公开清单，提高公开的具体性；其次，建立委属单位栏目更新通报制度，按季度通报；此外，完善依申请公开登记、审核、答复流程，严格答复时限',
    problems: [e('首先', 'incomplete-disclosure'), e('其次', 'update-gap'), e('此外', 'request-handling')],
    improvements: [e('首先', 'incomplete-disclosure'), e('其次', 'update-gap'), e('此外', 'request-handling')],
  },
  {
    id: 'a/town-semicolons-only-gaijinqingkuang',
    text: '存在问题：政务公开栏内容更新慢；信息发布前保密审查不够严格；工作人员业务不熟。\n改进情况：明确专人定期更新公开栏内容；严格执行信息发布保密审查制度；组织工作人员参加业务学习。',
    problems: [e('政务公开栏内容', 'update-gap'), e('信息发布前', 'other'), e('工作人员业务', 'staff-capacity')],
    improvements: [e('明确专人', 'update-gap'), e('严格执行', 'other'), e('组织工作人员', 'staff-capacity')],
  },
  {
    id: 'a/district-civil-affairs-paragraph-per-entry',
    text: '（一）存在的主要问题\n社会救助政策宣传解读不够，困难群众对低保、特困供养等政策知晓率不高。\n政务公开事项目录编制不够完整，部分业务事项未纳入目录。\n政务公开专职人员仅1名，且兼负其他工作，力量薄弱。\n（二）下一步工作打算\n通过社区宣传栏、入户走访等方式，用群众听得懂的语言宣传解读救助政策。\n全面梳理业务事项，完善政务公开事项目录。\n协调增配政务公开工作人员，保持队伍相对稳定。',
    problems: [e('社会救助政策', 'policy-interpretation'), e('政务公开事项目录', 'standardization'), e('政务公开专职人员', 'staff-capacity')],
    improvements: [e('通过社区宣传栏', 'policy-interpretation'), e('全面梳理业务事项', 'standardization'), e('协调增配', 'staff-capacity')],
  },
  {
    id: 'a/province-bureau-repeated-ershi-nested-sentences',
    text: '一是政府信息主动公开的质量有待提升。部分行政许可、行政处罚结果公开要素不齐全，公开时效性不强。二是依申请公开办理能力有待加强。随着申请数量增加，部分申请内容复杂，涉及多个处室，办理协调难度较大，答复口径不够统一。二是政务公开工作考核评价机制还不健全，对下级单位的指导督促不够。\n改进措施：一是严格落实“双公示”要求，规范许可、处罚信息公开要素和时限。二是建立依申请公开会商机制，对复杂申请由法规处牵头会同相关处室研究答复。三是完善系统政务公开工作考核办法，加强对市县局的业务指导。',
    problems: [e('一是政府信息主动公开', 'incomplete-disclosure'), e('二是依申请公开', 'request-handling'), e('二是政务公开工作考核', 'other')],
    improvements: [e('一是严格落实', 'incomplete-disclosure'), e('二是建立依申请', 'request-handling'), e('三是完善系统', 'other')],
  },
  {
    id: 'a/street-one-run-on-entry-each-side',
    text: '（一）存在问题\n我街道网站栏目信息更新不够及时，政策解读形式较为单一，与群众互动交流偏少。\n（二）改进措施\n安排专人加强栏目日常维护，采用图解、问答等形式开展政策解读，通过留言办理、在线访谈等方式加强与群众互动。',
    problems: [e('我街道网站栏目', 'update-gap', 'policy-interpretation', 'public-participation')],
    improvements: [e('安排专人', 'update-gap', 'policy-interpretation', 'public-participation')],
  },
  {
    id: 'a/county-market-mixed-width-dots',
    text: '（一）存在的不足\n1．“双随机、一公开”抽查结果公示不够及时，部分抽查结果公示滞后；\n2.食品安全抽检信息公开内容单一，消费者关注的不合格产品后续处置情况公开较少；\n3．政务公开工作培训覆盖面不广，基层所人员参训机会少。\n（二）下一步工作\n1．抽查结果在检查完成后20个工作日内公示；\n2.扩大食品安全抽检信息公开范围，同步公开不合格产品核查处置情况；\n3．将基层所人员纳入全局政务公开培训，每年不少于2次。',
    problems: [e('1.“双随机', 'incomplete-disclosure'), e('2.食品安全', 'incomplete-disclosure'), e('3.政务公开工作培训', 'staff-capacity')],
    improvements: [e('1.抽查结果', 'incomplete-disclosure'), e('2.扩大食品安全', 'incomplete-disclosure'), e('3.将基层所人员', 'staff-capacity')],
  },
  {
    id: 'a/township-skipped-sanshi-measure-in-sentence-typo',
    text: '我乡政务公开工作存在以下不足：一是涉农补贴资金发放信息公开不够及时，针对这一问题，我乡将在补贴资金发放后及时在乡政务公开栏和村务公开栏同步公示；二是乡政务新媒体账号“美丽青禾”长期停更，针对这一问题，我乡将按照集约化要求关停该账号，相关信息统一在县政府网站乡镇专栏发布；四是群众对政务工开知晓度不高，针对这一问题，我乡将利用赶集日开展政务公开宣传活动',
    problems: [e('一是涉农补贴', 'incomplete-disclosure'), e('二是乡政务新媒体', 'new-media'), e('四是群众对政务工开', 'public-participation')],
    improvements: [e('在补贴资金发放后', 'incomplete-disclosure'), e('按照集约化要求', 'new-media'), e('利用赶集日', 'public-participation')],
  },
  {
    id: 'a/city-natural-resources-yifangmian',
    text: '当前，我局政务公开工作还存在一些薄弱环节：一方面，国土空间规划、征收补偿等重点领域信息公开的深度和广度不够；另一方面，政务公开工作力量不足，业务科室信息员变动频繁，业务衔接不畅。针对以上问题，我局将：一方面，细化重点领域公开内容，征收补偿方案、补偿标准全部公开；另一方面，稳定信息员队伍，开展常态化业务培训。',
    problems: [e('一方面', 'incomplete-disclosure'), e('另一方面', 'staff-capacity')],
    improvements: [e('一方面', 'incomplete-disclosure'), e('另一方面', 'staff-capacity')],
  },
  {
    id: 'a/devzone-wenti-cuoshi-prior-sentence',
    text: '五、存在的主要问题及改进情况\n去年报告中提出的“政策文件解读不足”问题，今年已通过开设“政策一点通”解读专栏得到改善。\n今年存在的问题：\n问题一：政务服务网与管委会网站数据未完全打通，办事指南在两个平台表述不一致，企业无所适从。\n问题二：管委会各部门对主动公开基本目录的理解不一，目录编制进度不平衡。\n改进措施：\n措施一：推进管委会网站与政务服务网对接，以政务服务网数据为准统一办事指南。\n措施二：统一印发主动公开基本目录编制指引，年底前完成各部门目录编制。',
    problems: [e('问题一', 'platform-stability', 'duplicate-publishing'), e('问题二', 'standardization')],
    improvements: [e('措施一', 'platform-stability', 'duplicate-publishing'), e('措施二', 'standardization')],
    priorDone: 1,
  },
]
