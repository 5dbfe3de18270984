// More bodies: a statistics survey team (vertical, full-width １．), a county 供销社, a 乡村振兴局 with
// 问题一/整改一 pairs, a 畜牧兽医局 under the 2019 heading with 首先/其次 measures after 1、 problems,
// a 就业服务中心 with problems and measures in one paragraph each joined by ；, a 乡 with problems and
// only a closing sentence (no measure). Invented bodies and wording, written blind; the answers were
// set before the extractor was run.
import { e, type Holdout13Case } from './entry'

export const MORE: Holdout13Case[] = [
  {
    id: 'h13-more-diaochadui-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
１．调查数据发布仍以简单数据表为主，对住户收支、农产品价格等数据的变化原因说明不足。
２．队门户网站与上级统计信息发布平台的栏目对应关系不清，部分数据在两处发布时口径注释不一致。
３．队内从事数据发布和公开工作的人员年龄偏大，对新媒体发布方式掌握不多。
（二）改进措施
１．在发布调查数据时附上简明分析，用图表说明主要指标变化原因。
２．梳理与上级平台的栏目对应关系，统一数据口径注释，以上级平台发布为准。
３．选派年轻干部参与数据发布工作，开展新媒体发布实务培训。`,
    problems: [
      e('１．调查数据发布仍以简单数据表为主', 'policy-interpretation'),
      e('２．队门户网站与上级统计信息发布平台', 'duplicate-publishing'),
      e('３．队内从事数据发布和公开工作的人员', 'staff-capacity'),
    ],
    improvements: [
      e('１．在发布调查数据时附上简明分析', 'policy-interpretation'),
      e('２．梳理与上级平台的栏目对应关系', 'duplicate-publishing'),
      e('３．选派年轻干部参与数据发布工作', 'staff-capacity'),
    ],
  },
  {
    id: 'h13-more-gongxiaoshe-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我社政府信息公开工作基础较弱，还存在以下问题：一是社有资产经营、基层供销社改造等信息基本没有公开；二是县供销社网页挂靠在县政府网站，内容长期停留在机构概况和领导分工；三是干部职工对信息公开工作认识不足，认为供销社不属于行政机关，公开与否无关紧要。
2026年，我社将：一是每年公开一次社有资产经营情况和基层网点改造项目；二是安排专人每月更新网页内容；三是组织学习《条例》和公共企事业单位信息公开规定，增强公开意识。`,
    problems: [
      e('一是社有资产经营、基层供销社改造', 'incomplete-disclosure'),
      e('二是县供销社网页挂靠在县政府网站', 'update-gap'),
      e('三是干部职工对信息公开工作认识不足', 'awareness'),
    ],
    improvements: [
      e('一是每年公开一次社有资产经营情况', 'incomplete-disclosure'),
      e('二是安排专人每月更新网页内容', 'update-gap'),
      e('三是组织学习《条例》和公共企事业单位', 'awareness'),
    ],
  },
  {
    id: 'h13-more-xiangcun-pairs-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
问题一：衔接资金项目库和项目实施情况公开不及时，部分项目实施半年后才公示。
整改一：项目入库、批复、实施、验收各环节信息在5个工作日内公开，在项目所在村同步公示。
问题二：防返贫监测帮扶政策宣传不到位，部分脱贫户对帮扶政策知晓率不高。
整改二：编印防返贫监测帮扶政策“口袋书”，由驻村工作队入户讲解。
问题三：局网站“乡村振兴”专栏与原扶贫专栏并存，同类信息分两处发布。
整改三：将原扶贫专栏内容并入“乡村振兴”专栏，统一发布。`,
    problems: [
      e('问题一：衔接资金项目库', 'incomplete-disclosure'),
      e('问题二：防返贫监测帮扶政策宣传不到位', 'policy-interpretation'),
      e('问题三：局网站“乡村振兴”专栏', 'duplicate-publishing'),
    ],
    improvements: [
      e('整改一：项目入库、批复、实施、验收', 'incomplete-disclosure'),
      e('整改二：编印防返贫监测帮扶政策“口袋书”', 'policy-interpretation'),
      e('整改三：将原扶贫专栏内容并入', 'duplicate-publishing'),
    ],
  },
  {
    id: 'h13-more-xumu-2020',
    text: `五、存在的主要问题及改进情况
经自查，我局2020年政府信息公开工作存在以下不足：
1、动物防疫、畜禽养殖污染治理等方面的信息发布少，养殖户关心的强制免疫、扑杀补助等政策公开不细；
2、局信息公开工作由办公室一人兼管，日常事务多，信息发布经常拖延；
3、依申请公开工作制度不健全，没有建立登记、审核、答复的工作流程。
2021年，我局将重点抓好以下几项工作。首先，围绕动物防疫、扑杀补助等群众关心的政策，编制问答材料并在局网站和乡镇畜牧站公布；其次，明确各股室信息发布责任人，改变办公室一人兼管的局面；再者，制定依申请公开工作规程，规范登记、审核、答复各环节。`,
    problems: [
      e('1、动物防疫、畜禽养殖污染治理', 'incomplete-disclosure'),
      e('2、局信息公开工作由办公室一人兼管', 'staff-capacity'),
      e('3、依申请公开工作制度不健全', 'request-handling'),
    ],
    improvements: [
      e('首先，围绕动物防疫、扑杀补助', 'policy-interpretation', 'incomplete-disclosure'),
      e('其次，明确各股室信息发布责任人', 'staff-capacity'),
      e('再者，制定依申请公开工作规程', 'request-handling'),
    ],
  },
  {
    id: 'h13-more-jiuye-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
存在问题方面，一是招聘会、岗位信息在中心网站发布不及时，部分岗位招满后仍在网上挂着；二是就业补贴申领条件和办理流程说明不清，群众咨询量大；三是中心服务大厅的政策查阅区陈设简单，资料多年未换。
改进措施方面，一是实行岗位信息“日更新”，岗位招满后当日下线；二是制作就业补贴申领指南和图解，在服务大厅和网站同步发布；三是重新布置政策查阅区，及时补充最新政策资料。`,
    problems: [
      e('一是招聘会、岗位信息在中心网站发布不及时', 'update-gap'),
      e('二是就业补贴申领条件和办理流程说明不清', 'policy-interpretation'),
      e('三是中心服务大厅的政策查阅区', 'reading-room-underused'),
    ],
    improvements: [
      e('一是实行岗位信息“日更新”', 'update-gap'),
      e('二是制作就业补贴申领指南和图解', 'policy-interpretation'),
      e('三是重新布置政策查阅区', 'reading-room-underused'),
    ],
  },
  {
    id: 'h13-more-xiang-problems-only-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2024年我乡政务公开工作存在的问题：一是乡政务公开栏内容更新周期长；二是村级事务公开内容不够具体，财务收支只公布总账；三是乡干部对依申请公开工作不熟悉，去年收到的申请由县政府办代为起草答复。我乡将认真对待上述问题，在今后工作中切实加以改进。`,
    problems: [
      e('一是乡政务公开栏内容更新周期长', 'update-gap'),
      e('二是村级事务公开内容不够具体', 'incomplete-disclosure'),
      e('三是乡干部对依申请公开工作不熟悉', 'staff-capacity', 'request-handling'),
    ],
    improvements: [],
  },
]
