// Holdout 4, part D: multi-label entries (认识 and 能力 in one; 培训 and 答复 in one), sub-points under
// 1., 改进方向/为此/改进： boundaries, a 上年度 sentence inside the run-on paragraph, full-width digits.
import { e, type Holdout4Case } from './gold'

export const HOLDOUT4_D: Holdout4Case[] = [
  {
    id: 'd/county-medical-insurance-circled-then-yishi',
    text: '存在的主要问题：①部分干部职工对政务公开工作重视不够、业务不精，信息公开的主动性不强；②医保基金使用情况、定点医药机构名单等信息公开不够全面；③医保政策解读多为文件原文转发，缺少通俗化解读。\n下一步，我局将从以下方面改进：一是组织全体干部职工学习政务公开相关规定，提高思想认识和业务水平；二是按季度公开医保基金收支和定点医药机构名单；三是编印医保政策问答手册，以群众易懂的方式开展解读。',
    problems: [e('①部分干部职工', 'awareness', 'staff-capacity'), e('②医保基金', 'incomplete-disclosure'), e('③医保政策解读', 'policy-interpretation')],
    improvements: [e('一是组织全体', 'awareness', 'staff-capacity'), e('二是按季度', 'incomplete-disclosure'), e('三是编印', 'policy-interpretation')],
  },
  {
    id: 'd/town-sub-points-under-numbers-parens-measures',
    text: '主要问题：\n1.公开内容不够规范。一是部分信息公开要素不全，缺少发布机构和日期；二是村级财务公开内容过于笼统。\n2.政务公开查阅场所作用发挥不够，镇便民服务中心查阅点全年接待查阅群众不足10人次。\n针对上述问题，下一步我镇将：\n（1）规范信息发布要素，细化村级财务公开内容；\n（2）加强查阅点宣传，在查阅点配备政策汇编和办事指南。',
    problems: [e('1.公开内容', 'incomplete-disclosure'), e('2.政务公开查阅场所', 'reading-room-underused')],
    improvements: [e('(1)规范信息发布', 'incomplete-disclosure'), e('(2)加强查阅点', 'reading-room-underused')],
  },
  {
    id: 'd/city-culture-tourism-gaijinfangxiang',
    text: '一是政务新媒体账号过多过散，局属单位共开设微信公众号、抖音号等11个，部分账号内容雷同、更新缓慢；二是重大文旅项目、文化惠民活动等决策事项公开征求意见的范围不广，公众参与度有限；三是网站、公众号、视频号发布的同一活动信息时间和内容不一致。\n改进方向：一是对局属单位政务新媒体进行清理整合，保留确有必要的账号；二是通过网站、公众号等多渠道公开征集意见，扩大公众参与面；三是建立信息发布统筹机制，统一各平台发布口径。',
    problems: [e('一是政务新媒体', 'new-media'), e('二是重大文旅项目', 'public-participation'), e('三是网站、公众号', 'duplicate-publishing')],
    improvements: [e('一是对局属单位', 'new-media'), e('二是通过网站', 'public-participation'), e('三是建立信息发布', 'duplicate-publishing')],
  },
  {
    id: 'd/province-dept-circled-sub-points-year-plan',
    text: '（一）依申请公开办理质量有待进一步提高。①部分答复告知书说理不充分；②个别申请因承办处室意见不一致导致答复延期。\n（二）政务公开队伍专业化水平不高。厅机关和直属单位政务公开工作人员多为兼职，缺乏系统培训。\n2025年，我厅将着力做好以下工作：一是完善依申请公开答复审核机制，加强说理，严格办理时限；二是分层分类开展政务公开业务培训，提升队伍专业化水平。',
    problems: [e('（一）依申请公开', 'request-handling'), e('（二）政务公开队伍', 'staff-capacity')],
    improvements: [e('一是完善依申请', 'request-handling'), e('二是分层分类', 'staff-capacity')],
  },
  {
    id: 'd/devzone-run-on-prior-sentence-weici-typo-zhengji',
    text: '2023年度报告中提出的“政务公开专区建设滞后”问题已整改完成，专区已投入使用。本年度仍存在以下问题：一是园区重大建设项目批准和实施信息公开不够及时；二是规划环评等事项的意见证集时间短、范围窄，企业和群众参与不多；三是个别部门政务公开工作人员调整频繁，新接手人员业务不熟。为此，管委会将及时公开重大建设项目批准和实施信息；延长意见征集期限，扩大征集范围；建立政务公开工作交接制度，确保人员调整不影响工作。',
    problems: [e('一是园区', 'incomplete-disclosure'), e('二是规划环评', 'public-participation'), e('三是个别部门', 'staff-capacity')],
    improvements: [e('及时公开', 'incomplete-disclosure'), e('延长意见征集', 'public-participation'), e('建立政务公开工作交接', 'staff-capacity')],
    priorDone: 1,
  },
  {
    id: 'd/county-office-four-numbered-xiayibu-dasuan',
    text: '五、存在的主要问题及改进情况\n（一）存在的主要问题\n1.基层政务公开标准化规范化建设还不够深入，部分乡镇标准目录与实际工作结合不紧。\n2.县政府门户网站个别栏目更新不及时，“政策文件”栏目存在断档。\n3.政策解读和回应关切工作有待加强，对群众关注度高的政策，解读和回应不够及时。\n4.全县政务公开工作人员流动性大，新任人员业务不熟悉。\n（二）下一步工作打算\n1.指导乡镇结合实际动态调整标准目录，推动基层政务公开标准化规范化。\n2.加强门户网站栏目日常巡查，确保信息及时更新、不断档。\n3.对群众关注度高的政策，做到解读与文件同步发布，热点问题及时回应。\n4.举办全县政务公开业务培训班，提高工作人员业务水平。',
    problems: [e('1.基层政务公开', 'standardization'), e('2.县政府门户网站', 'update-gap'), e('3.政策解读', 'policy-interpretation'), e('4.全县政务公开', 'staff-capacity')],
    improvements: [e('1.指导乡镇', 'standardization'), e('2.加强门户网站', 'update-gap'), e('3.对群众关注度高', 'policy-interpretation'), e('4.举办全县', 'staff-capacity')],
  },
  {
    id: 'd/street-semicolon-problems-paragraph-measures',
    text: '问题：居务公开内容不规范，各社区公开格式五花八门；便民服务站政务公开查阅点无人问津；社区微信公众号发布政策信息随意。\n改进：\n制定社区居务公开清单，规范公开内容和格式。\n在便民服务站查阅点增设政策咨询服务，提高使用率。\n规范社区微信公众号信息发布管理，重要政策信息统一由街道审核后发布。',
    problems: [e('居务公开内容', 'standardization'), e('便民服务站', 'reading-room-underused'), e('社区微信公众号', 'new-media')],
    improvements: [e('制定社区居务公开清单', 'standardization'), e('在便民服务站', 'reading-room-underused'), e('规范社区微信公众号', 'new-media')],
  },
  {
    id: 'd/district-urban-admin-fullwidth-digit-repeated-2-typo',
    text: '存在的问题：\n1.城市管理执法信息公开不够全面，执法结果公开滞后。\n２．城管政策介读不够，群众对违建整治等政策理解不到位\n2.政务公开工作人员对《条例》理解不深，依申请答复不够规范。\n改进措施：\n1.及时全面公开执法结果信息。\n2.以案释法，开展违建整治等政策解读。\n3.组织学习《条例》，规范依申请公开答复。',
    problems: [e('1.城市管理', 'incomplete-disclosure'), e('2.城管政策介读', 'policy-interpretation'), e('2.政务公开工作人员', 'staff-capacity', 'request-handling')],
    improvements: [e('1.及时全面', 'incomplete-disclosure'), e('2.以案释法', 'policy-interpretation'), e('3.组织学习', 'staff-capacity', 'request-handling')],
  },
]
