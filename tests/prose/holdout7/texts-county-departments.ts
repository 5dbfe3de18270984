// Holdout 7, 县区政府部门 (written blind, answers by hand; see README.md).
import { e, type Holdout7Case } from './entry'

export const COUNTY_DEPARTMENTS: Holdout7Case[] = [
  {
    id: 'county-education/four-and-four-year-lead-in',
    text: [
      '五、存在的主要问题及改进情况',
      '2025年，县教育局政务公开工作取得一定成效，但仍存在一些问题：一是招生入学政策发布后，家长集中咨询的学区划分、随迁子女入学条件等问题没有及时以问答形式公开回应；二是局属学校收费项目和标准分散在各校网站，局网站未集中公开，家长查询不便；三是教育局门户网站站内搜索功能经常检索不到已发布的文件；四是负责公开工作的办公室人员年内调整两次，新接手人员对依申请公开流程不熟悉。',
      '2026年，我局将重点做好以下工作：一是在招生季前编制招生入学政策问答，同步在局网站和“桐溪教育”公众号发布，对家长集中关心的问题及时公开回应；二是在局网站开设学校收费公示专栏，集中公开各学校收费项目、标准和依据；三是联系网站运维单位对站内搜索进行优化，实现按标题、文号、全文检索；四是保持公开工作人员相对稳定，工作交接时做到资料、台账、流程“三交接”。',
    ].join('\n'),
    problems: [
      e('一是招生入学政策发布后', 'policy-interpretation'),
      e('二是局属学校收费项目', 'incomplete-disclosure'),
      e('三是教育局门户网站站内搜索', 'platform-stability'),
      e('四是负责公开工作的办公室人员', 'staff-capacity', 'request-handling'),
    ],
    improvements: [
      e('一是在招生季前', 'policy-interpretation'),
      e('二是在局网站开设学校收费公示专栏', 'incomplete-disclosure'),
      e('三是联系网站运维单位', 'platform-stability'),
      e('四是保持公开工作人员相对稳定', 'staff-capacity'),
    ],
  },
  {
    id: 'county-natural-resources/full-width-paren-entries',
    text: [
      '五、存在的主要问题及改进情况',
      '本年度我局政务公开工作主要存在以下问题：',
      '（一）征地信息公开平台上部分项目只公开了征地批复，征地补偿安置方案、听证告知等环节的材料缺失。',
      '（二）局信息公开目录仍按机构改革前的科室设置编排，不动产登记、林业等事项归类混乱。',
      '（三）年内因信息公开答复引发行政复议2件，其中1件因告知内容不准确被复议机关责令重新答复。',
      '（四）规划编制过程中的意见征集期较短，个别村庄规划征求意见仅5天，群众反映来不及提意见。',
      '针对以上问题，我局将：',
      '（一）逐个项目补齐征地全流程信息，做到批复、方案、听证、补偿登记“四公开”。',
      '（二）按照现有内设机构和职能重新编制公开目录，年内完成调整。',
      '（三）对依申请公开答复实行法规科会审，涉及复议诉讼风险的答复须经分管领导把关。',
      '（四）严格执行规划公示期限规定，村庄规划征求意见不少于30日，并公开意见采纳情况。',
    ].join('\n'),
    problems: [
      e('（一）征地信息公开平台', 'incomplete-disclosure'),
      e('（二）局信息公开目录', 'standardization'),
      e('（三）年内因信息公开答复', 'request-handling'),
      e('（四）规划编制过程中', 'public-participation'),
    ],
    improvements: [
      e('（一）逐个项目补齐', 'incomplete-disclosure'),
      e('（二）按照现有内设机构', 'standardization'),
      e('（三）对依申请公开答复实行', 'request-handling'),
      e('（四）严格执行规划公示期限', 'public-participation'),
    ],
  },
  {
    id: 'county-civil-affairs/semicolons-inline-headings',
    text: [
      '五、存在的主要问题及改进情况',
      '存在问题：社会救助政策解读以转载上级文件为主，缺乏结合本县实际的解读；养老服务机构的等级评定和运营补贴信息公开滞后，部分机构补贴在发放后半年才公开;局机关只有1名兼职人员负责公开工作，遇到集中申请时难以应对。改进措施：结合本县救助标准制作通俗易懂的政策解读，在乡镇民政办张贴宣传；每季度集中公开养老机构等级评定和补贴发放结果；增配1名工作人员协助公开工作，并与县政务公开办建立业务指导联系。',
    ].join('\n'),
    problems: [e('社会救助政策解读', 'policy-interpretation'), e('养老服务机构的等级评定', 'incomplete-disclosure'), e('局机关只有1名兼职人员', 'staff-capacity')],
    improvements: [e('结合本县救助标准', 'policy-interpretation'), e('每季度集中公开养老机构', 'incomplete-disclosure'), e('增配1名工作人员', 'staff-capacity')],
  },
  {
    id: 'district-hrss/nested-sub-points-four-three',
    text: [
      '五、存在的主要问题及改进情况',
      '一是重点领域信息公开还有短板。主要表现在：（1）就业补贴发放只公开了总金额，享受补贴的企业名单未公开；（2）职业技能培训补贴的审核结果未公开。二是互动交流不足，区人社局网站“在线咨询”栏目全年收到留言46条，其中11条超过10个工作日才答复。三是政务公开日常审核机制不健全，年内发布的一则招聘公告中出现考生身份证号码未脱敏的情况。四是公开工作人员业务水平参差不齐，部分科室信息员不会使用网站发布系统。',
      '下步，区人社局将着力做好以下几点：一是全面公开就业补贴享受对象名单，并公开职业技能培训补贴审核结果；二是规定网站留言3个工作日内答复，超期的由办公室督办；三是建立信息发布“三审”制度，涉及个人信息的一律脱敏处理。',
    ].join('\n'),
    problems: [
      e('一是重点领域信息公开还有短板', 'incomplete-disclosure'),
      e('二是互动交流不足', 'public-participation'),
      e('三是政务公开日常审核机制', 'other'),
      e('四是公开工作人员业务水平', 'staff-capacity'),
    ],
    improvements: [e('一是全面公开就业补贴', 'incomplete-disclosure'), e('二是规定网站留言', 'public-participation'), e('三是建立信息发布“三审”制度', 'other')],
  },
  {
    id: 'county-health/each-paragraph-problem-then-dui-ci',
    text: [
      '五、存在的主要问题及改进情况',
      '首先，医疗机构监督检查结果公开滞后，双随机抽查结果平均在检查结束后一个多月才上网，对此，我委将把检查结果公开时限压缩到20个工作日以内。',
      '其次，部分乡镇卫生院的收费公示栏长期不换，有的还是三年前的价格，对此，我委将组织开展公示栏专项检查，督促各卫生院按最新价格更换公示内容。',
      '再次，委机关政务微博账号以转发为主，原创内容少，部分网民留言无人回复，对此，我委将明确微博由宣传科专人运维，每周发布原创健康科普不少于2条，留言在2个工作日内回复。',
      '最后，公共卫生事件相关信息发布后，群众关心的疫苗接种点位调整、就诊指引等问题缺少解读，对此，我委将在发布重要公共卫生信息时同步配发解读和答问。',
    ].join('\n'),
    problems: [
      e('首先，医疗机构监督检查结果', 'incomplete-disclosure'),
      e('其次，部分乡镇卫生院', 'update-gap'),
      e('再次，委机关政务微博账号', 'new-media', 'public-participation'),
      e('最后，公共卫生事件', 'policy-interpretation'),
    ],
    improvements: [
      e('把检查结果公开时限', 'incomplete-disclosure'),
      e('组织开展公示栏专项检查', 'update-gap'),
      e('明确微博由宣传科专人运维', 'new-media', 'public-participation'),
      e('在发布重要公共卫生信息时', 'policy-interpretation'),
    ],
  },
  {
    id: 'county-housing/prior-sentence-full-width-two',
    text: [
      '五、存在的主要问题及改进情况',
      '上一年度报告中提出的“保障性住房分配信息公开不及时”问题，我局已于2025年3月起按月公开分配结果，整改到位。本年度仍存在以下问题：',
      '1.建筑工地扬尘、夜间施工等投诉较多，处理结果只反馈给投诉人，未向社会公开。',
      '２．局网站“行政许可”栏目与省建筑市场监管平台都发布施工许可信息，两边字段不一致，群众不知以哪边为准。',
      '3.物业管理条例实施后，针对业主委员会选举、维修资金使用等新规定的解读工作开展得少。',
      '2026年，我局将：',
      '1.对群众投诉集中的扬尘、噪声等问题，按月公开查处结果。',
      '２．施工许可信息统一以省平台数据为准，局网站改为链接方式，不再另行录入。',
      '3.围绕物业管理新规制作系列解读，通过社区宣讲、问答手册等方式向业主宣传。',
    ].join('\n'),
    problems: [e('1.建筑工地扬尘', 'incomplete-disclosure'), e('２．局网站“行政许可”栏目', 'duplicate-publishing'), e('3.物业管理条例实施后', 'policy-interpretation')],
    improvements: [e('1.对群众投诉集中的', 'incomplete-disclosure'), e('２．施工许可信息统一', 'duplicate-publishing'), e('3.围绕物业管理新规', 'policy-interpretation')],
    priorDone: 1,
  },
  {
    id: 'county-market/qi-yi-then-wei-ci-semicolons',
    text: [
      '五、存在的主要问题及改进情况',
      '对照年度工作要点，我局政务公开工作仍有不足。其一，食品安全抽检信息虽按期公开，但对不合格产品的风险解读和消费提示跟进不够；其二，行政处罚信息公示存在漏报，全年有7件一般程序处罚决定未在规定时限内公示；其三，市场监管所一线执法人员对公开要求掌握不够，所级公示栏由各所自行张贴，内容格式五花八门。为此，我局将针对不合格食品抽检结果配发消费提示和专家解读；建立处罚决定公示台账，由法规股每月比对执法系统与公示系统数据，杜绝漏报；统一制定基层所公示栏版式和内容标准，并对各所执法人员开展一轮公开业务培训。',
    ].join('\n'),
    problems: [
      e('其一，食品安全抽检信息', 'policy-interpretation'),
      e('其二，行政处罚信息公示', 'incomplete-disclosure'),
      e('其三，市场监管所一线执法人员', 'staff-capacity', 'standardization'),
    ],
    improvements: [
      e('针对不合格食品抽检结果', 'policy-interpretation'),
      e('建立处罚决定公示台账', 'incomplete-disclosure'),
      e('统一制定基层所公示栏版式', 'standardization', 'staff-capacity'),
    ],
  },
  {
    id: 'county-finance/yi-fang-mian-one-measure',
    text: [
      '五、存在的主要问题及改进情况',
      '我局政务公开工作主要有两点不足。一方面，预决算公开的细化程度还不够，部分部门的项目支出只公开到“类”级科目，没有细化到具体项目；另一方面，财政资金直达基层的分配和使用情况分散在多个文件中，群众查找不便。下一步，我局将督促各预算单位按“项”级科目公开支出明细，并在局网站设立财政直达资金专栏，集中公开资金分配、下达和使用情况。',
    ].join('\n'),
    problems: [e('一方面，预决算公开的细化程度', 'incomplete-disclosure'), e('另一方面，财政资金直达基层', 'incomplete-disclosure')],
    improvements: [e('督促各预算单位', 'incomplete-disclosure')],
  },
  {
    id: 'county-water/half-width-headings-close-paren-numbers',
    text: [
      '五、存在的主要问题及改进情况',
      '(一)存在问题',
      '1)河湖长制工作信息公开以年度总结为主，河道巡查、问题整改等过程性信息公开不多。',
      '2)水利工程建设项目未纳入本局重点领域公开目录，相关事项的公开标准和流程也没有明确。',
      '3)局网站去年完成改版迁移后，部分历史文件链接失效，点开显示“页面不存在”。',
      '(二)改进措施',
      '1)按月公开河湖长巡河、问题交办和整改销号情况。',
      '2)对照基层政务公开标准指引，将水利工程建设项目纳入重点领域公开目录，明确公开事项、时限和责任股室。',
      '3)全面排查历史文件失效链接，年内完成修复。',
    ].join('\n'),
    problems: [e('1)河湖长制工作信息', 'incomplete-disclosure'), e('2)水利工程建设项目未纳入', 'standardization'), e('3)局网站去年完成改版迁移', 'platform-stability')],
    improvements: [e('1)按月公开河湖长巡河', 'incomplete-disclosure'), e('2)对照基层政务公开标准指引', 'standardization'), e('3)全面排查历史文件失效链接', 'platform-stability')],
  },
  {
    id: 'district-veterans/circled-then-jin-hou-paragraph',
    text: [
      '五、存在的主要问题及改进情况',
      '我局成立时间较短，政务公开工作基础较弱，突出表现在：①局网站页面中“优抚安置”“褒扬纪念”两个栏目建立以来一直为空白；②全局只有8名在编人员，公开工作由办公室主任兼任；③部分干部对公开工作的意义理解不深，存在“涉军信息不宜公开”的顾虑。',
      '今后，我局将逐一充实空白栏目，确保每个栏目每季度至少有新内容发布。同时，通过局务会专题学习《条例》，消除干部思想顾虑，把应当公开的优抚安置政策和标准全部公开。',
    ].join('\n'),
    problems: [e('①局网站页面中', 'update-gap'), e('②全局只有8名在编人员', 'staff-capacity'), e('③部分干部对公开工作的意义', 'awareness')],
    improvements: [e('逐一充实空白栏目', 'update-gap'), e('同时，通过局务会专题学习', 'awareness', 'incomplete-disclosure')],
  },
  {
    id: 'district-audit/paired-problem-measure-lines',
    text: [
      '五、存在的主要问题及改进情况',
      '问题一：审计结果公告覆盖面较窄，全年完成审计项目23个，仅公开审计结果公告4份。',
      '整改措施：除涉密事项外，对本级预算执行和重点民生资金审计项目一律公开结果公告，并公开被审计单位整改情况。',
      '问题二：局机关信息公开工作考核结果未与科室年度评价挂钩，部分科室报送信息积极性不高。',
      '整改措施：将信息报送数量和质量纳入科室年度考评，每季度通报一次。',
      '问题三：信息公开指南未随机构职能调整及时修订，指南所列公开内容与本局现行职责不符。',
      '整改措施：重新修订信息公开指南，使公开内容与现有职责一一对应。',
    ].join('\n'),
    problems: [e('问题一：审计结果公告', 'incomplete-disclosure'), e('问题二：局机关信息公开工作考核', 'other'), e('问题三：信息公开指南未随', 'standardization')],
    improvements: [e('除涉密事项外', 'incomplete-disclosure'), e('将信息报送数量和质量', 'other'), e('重新修订信息公开指南', 'standardization')],
  },
]
