// Holdout 4, part B: long headed reports with nested sub-points, problem/measure pairs per entry,
// measures after 本局将/下步打算/整改情况, full- and half-width parentheses mixed, numbering slips.
import { e, type Holdout4Case } from './gold'

export const HOLDOUT4_B: Holdout4Case[] = [
  {
    id: 'b/county-education-prior-yishi-then-headed-entries',
    text: '（一）上年度问题整改情况\n针对上年度报告提出的问题，我局逐项抓好整改：一是对门户网站“教育资讯”栏目进行了全面清理，删除过期信息；二是制定了《依申请公开办理工作规程》；三是开展了两期政务公开业务培训。\n（二）本年度存在的主要问题\n（一）招生入学信息公开的精准度不够。部分学校划片范围、招生计划公开时间晚于报名时间，家长反映强烈。\n（二）政策解读的互动性不强。解读以发布文字材料为主，在线访谈、政策吹风会等形式运用较少，与家长互动交流不够。\n（三）学校校务公开栏维护不到位。部分学校校务公开栏内容陈旧，长期未更新。\n（三）改进措施\n2025年，我局将重点抓好以下几项工作：\n1.提前公开招生计划和划片范围，确保家长有充足时间了解政策。\n2.每年至少开展2次政策解读在线访谈，在访谈中与家长互动交流，及时回应家长关切。\n3.督促各学校每月更新校务公开栏，每学期开展一次专项检查。',
    problems: [e('（一）招生入学', 'incomplete-disclosure'), e('（二）政策解读的互动性', 'policy-interpretation', 'public-participation'), e('（三）学校校务公开栏', 'update-gap')],
    improvements: [e('1.提前公开', 'incomplete-disclosure'), e('2.每年至少', 'policy-interpretation', 'public-participation'), e('3.督促各学校', 'update-gap')],
    priorDone: 3,
  },
  {
    id: 'b/district-finance-sentences-zhenggaiqingkuang',
    text: '存在的主要问题\n一是预决算公开的细化程度不够，部分部门“三公”经费说明过于简略。二是财政专项资金分配结果公开不及时。三是政务公开业务骨干调离后，新任人员对公开要求不熟悉。\n整改情况\n一是要求各部门预决算公开时对“三公”经费逐项说明增减原因。二是专项资金分配结果在下达后20日内公开。三是以老带新，组织新任人员跟班学习。',
    problems: [e('一是预决算', 'incomplete-disclosure'), e('二是财政专项资金', 'incomplete-disclosure'), e('三是政务公开业务骨干', 'staff-capacity')],
    improvements: [e('一是要求各部门', 'incomplete-disclosure'), e('二是专项资金', 'incomplete-disclosure'), e('三是以老带新', 'staff-capacity')],
  },
  {
    id: 'b/street-run-on-semicolons-xiayibu',
    text: '2024年我街道政务公开工作存在的不足主要是：居务公开栏内容更新不及时；辖区群众通过政务公开渠道参与社区事务的积极性不高；政务公开专区利用率偏低。下一步，我街道将督促各社区按月更新居务公开栏；通过“居民议事会”等形式广泛听取居民意见；在政务公开专区增加办事指南和政策汇编，方便群众查阅。',
    problems: [e('居务公开栏', 'update-gap'), e('辖区群众', 'public-participation'), e('政务公开专区', 'reading-room-underused')],
    improvements: [e('督促各社区', 'update-gap'), e('通过“居民议事会”', 'public-participation'), e('在政务公开专区', 'reading-room-underused')],
  },
  {
    id: 'b/city-hrss-mixed-parens-repeated-2',
    text: '我局政务公开工作中存在的主要问题：（1）就业补贴、技能培训补贴等资金发放信息公开不够完整，未公开具体发放对象；(2)12333热线与门户网站答复口径不一致，部分政策问题的答复内容前后矛盾；(2)政策解读材料专业术语较多，群众不易理解。\n下步打算：（1）按规定公开补贴资金发放对象、金额等信息（涉及个人隐私的除外）；(2)建立热线与网站统一的政策问答知识库，统一答复口径；（3)用通俗语言和案例解读人社政策，推出“人社政策一图读懂”系列。',
    problems: [e('(1)就业补贴', 'incomplete-disclosure'), e('(2)12333热线', 'duplicate-publishing'), e('(2)政策解读材料', 'policy-interpretation')],
    improvements: [e('(1)按规定公开', 'incomplete-disclosure'), e('(2)建立热线', 'duplicate-publishing'), e('(3)用通俗语言', 'policy-interpretation')],
  },
  {
    id: 'b/town-short-two-problems-one-measure',
    text: '存在问题：1.政务公开意识有待增强，个别站所负责人认为公开与否无关紧要；2.信息公开的及时性不够。改进措施：进一步提高站所负责人对政务公开工作的认识，做到应公开尽公开、及时公开。',
    problems: [e('1.政务公开意识', 'awareness'), e('2.信息公开的及时性', 'incomplete-disclosure')],
    improvements: [e('进一步提高', 'awareness', 'incomplete-disclosure')],
  },
  {
    id: 'b/province-dept-prior-sentence-nested-yishi',
    text: '（一）上一年度问题整改情况\n2023年度报告指出的“政务新媒体运维力量不足”问题，我厅通过购买服务方式引入专业运维团队，已整改完成。\n（二）存在的主要问题\n1.政府信息公开申请办理仍有薄弱环节。一是个别申请答复未充分说明理由；二是个别答复未告知申请人救济渠道。\n2.主动公开基本目录动态调整不及时，与权责清单衔接不够。\n3.部分处室对“以公开为常态、不公开为例外”原则理解不深，存在“多一事不如少一事”的思想。\n（三）改进措施\n1.规范答复文书，逐条说明不予公开理由，依法告知救济渠道。\n2.建立主动公开目录与权责清单联动调整机制。\n3.将政务公开纳入厅党组理论学习中心组学习内容，增强各处室公开意识。',
    problems: [e('1.政府信息公开申请', 'request-handling'), e('2.主动公开基本目录', 'standardization'), e('3.部分处室', 'awareness')],
    improvements: [e('1.规范答复文书', 'request-handling'), e('2.建立主动公开目录', 'standardization'), e('3.将政务公开纳入', 'awareness')],
    priorDone: 1,
  },
  {
    id: 'b/county-emergency-comma-joined-typo-yuan',
    text: '存在的问题：一是应急预按、安全生产执法信息等公开不够全面，二是政务公开工作人员对新条例学习不够深入，三是政府网站“应急管理”专栏部分子栏目内容为空。\n下一步，我局将重点做好以下工作：一是全面公开各类应急预案和执法检查结果，二是组织学习《中华人民共和国政府信息公开条例》，三是充实专栏内容，消除空白栏目。',
    problems: [e('一是应急预按', 'incomplete-disclosure'), e('二是政务公开工作人员', 'staff-capacity'), e('三是政府网站', 'update-gap')],
    improvements: [e('一是全面公开', 'incomplete-disclosure'), e('二是组织学习', 'staff-capacity'), e('三是充实专栏', 'update-gap')],
  },
  {
    id: 'b/city-housing-problem-measure-pairs',
    text: '（一）物业管理信息公开不到位。部分小区物业服务收费标准、公共收益使用情况未按规定公示。改进措施：督促物业服务企业在小区显著位置公示收费标准和公共收益收支情况，并在“智慧物业”平台同步公开。\n（二）住房保障审核结果公示不够及时。改进措施：保障房资格审核结果在审核完成后5个工作日内公示。\n（三）政府网站“房产信息”查询系统经常无法访问。改进措施：联系技术服务单位对查询系统进行升级改造，确保稳定运行。',
    problems: [e('（一）物业管理', 'incomplete-disclosure'), e('（二）住房保障', 'incomplete-disclosure'), e('（三）政府网站', 'platform-stability')],
    improvements: [e('督促物业服务企业', 'incomplete-disclosure'), e('保障房资格', 'incomplete-disclosure'), e('联系技术服务单位', 'platform-stability')],
  },
  {
    id: 'b/street-nested-parens-mixed-dun-dot',
    text: '存在的主要问题：\n1、公开内容不够全面。(1)部分社区未公开低保户名单及补助金额；(2)街道财政收支信息公开较为笼统。\n2.公开平台管理不规范。(1)街道在政务微博、抖音号上发布的内容未经审核；(2)部分账号长期无人管理。\n3、政务公开工作力量不足，仅由党政办1名干部兼职负责。\n针对存在问题，我们将：1、督促各社区按规定公开低保信息，细化街道财政收支公开内容；2、建立政务新媒体信息发布“三审三校”制度，清理关停无人管理账号；3、配齐配强政务公开工作力量。',
    problems: [e('1、公开内容', 'incomplete-disclosure'), e('2.公开平台', 'new-media'), e('3、政务公开工作力量', 'staff-capacity')],
    improvements: [e('1、督促各社区', 'incomplete-disclosure'), e('2、建立政务新媒体', 'new-media'), e('3、配齐配强', 'staff-capacity')],
  },
  {
    id: 'b/district-justice-inline-yi-parens-benju-jiang',
    text: '本局政务公开工作还存在以下问题：（一）行政复议决定书公开工作推进缓慢；（二）普法宣传与政策解读结合不够，以案释法做得不多；（三）政府信息公开申请答复的法律审核不够严格，本年度因答复不规范被申请行政复议1件。本局将认真整改：（一）按要求分批公开行政复议决定书；（二）结合典型案例开展以案释法，增强政策解读效果；（三）对所有依申请公开答复实行法律审核。',
    problems: [e('（一）行政复议决定书', 'incomplete-disclosure'), e('（二）普法宣传', 'policy-interpretation'), e('（三）政府信息公开申请', 'request-handling')],
    improvements: [e('（一）按要求', 'incomplete-disclosure'), e('（二）结合典型案例', 'policy-interpretation'), e('（三）对所有', 'request-handling')],
  },
  {
    id: 'b/devzone-four-yishi-halfwidth-semicolons-no-stop',
    text: '五、存在的主要问题及改进情况\n（一）存在的主要问题\n一是部分栏目信息发布不连续，“招商动态”“项目建设”栏目出现断档;二是政务公开工作人员少、变动大，2024年先后调整3次，业务衔接不畅;三是政策解读形式单一，以文字解读为主，图解、视频解读较少;四是政务公开专区功能单一，群众知晓率低，全年来访查阅人数较少\n（二）改进措施\n一是建立栏目更新台账，明确更新频次和责任人;二是保持政务公开工作人员相对稳定，加强岗前培训;三是丰富解读形式，重要政策均配发图解;四是完善专区功能，加大专区宣传力度。',
    problems: [e('一是部分栏目', 'update-gap'), e('二是政务公开工作人员', 'staff-capacity'), e('三是政策解读', 'policy-interpretation'), e('四是政务公开专区', 'reading-room-underused')],
    improvements: [e('一是建立栏目', 'update-gap'), e('二是保持', 'staff-capacity'), e('三是丰富解读', 'policy-interpretation'), e('四是完善专区', 'reading-room-underused')],
  },
  {
    id: 'b/county-urban-admin-prior-circled-inline',
    text: '上年度问题整改情况：①已开通“城管服务”微信公众号留言功能；②已完成政府信息公开指南修订。\n存在问题：\n（一）执法信息公开不够规范，行政处罚决定书公开存在漏项。\n（二）微信公众号留言回复不及时，群众反映的问题办理结果未公开反馈。\n下一步措施：\n（一）规范行政执法公示，做到处罚决定书应公开尽公开。\n（二）安排专人每日查看公众号留言，3个工作日内回复。',
    problems: [e('（一）执法信息', 'incomplete-disclosure'), e('（二）微信公众号', 'new-media', 'public-participation')],
    improvements: [e('（一）规范行政执法', 'incomplete-disclosure'), e('（二）安排专人', 'new-media', 'public-participation')],
    priorDone: 2,
  },
  {
    id: 'b/city-drc-halfwidth-yi-parens-year-measures-semicolons',
    text: '(一)价格监测信息和重大项目信息公开的及时性、完整性有待提高。(二)部分规范性文件起草过程中公开征求意见不充分，公众参与度不高。(三)依申请公开办理流程不够规范，部分申请登记、审核环节记录不全。\n2025年，我委将及时完整公开价格监测和重大项目信息；严格落实规范性文件公开征求意见程序，延长征求意见时间；完善依申请公开登记、审核、答复全流程台账。',
    problems: [e('(一)价格监测', 'incomplete-disclosure'), e('(二)部分规范性文件', 'public-participation'), e('(三)依申请公开', 'request-handling')],
    improvements: [e('及时完整', 'incomplete-disclosure'), e('严格落实', 'public-participation'), e('完善依申请', 'request-handling')],
  },
  {
    id: 'b/town-paragraphs-skipped-3-typos-lanmu-peixun',
    text: '一、存在问题\n1.镇政府信息公开网站个别拦目长期未更新。\n2.政务公开工作人员参加陪训少，业务能力不强。\n4.镇政务服务中心政务公开查阅点设置不规范，无专人管理。\n二、改进措施\n1.对长期未更新栏目进行整改，确保内容及时更新。\n2.积极组织工作人员参加各类业务培训。\n3.规范查阅点设置，明确专人负责。',
    problems: [e('1.镇政府', 'update-gap'), e('2.政务公开工作人员', 'staff-capacity'), e('4.镇政务服务中心', 'reading-room-underused')],
    improvements: [e('1.对长期', 'update-gap'), e('2.积极组织', 'staff-capacity'), e('3.规范查阅点', 'reading-room-underused')],
  },
]
