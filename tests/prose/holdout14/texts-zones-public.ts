// 开发区/度假区/新城 管委会 and public enterprises and institutions (power supply, school, hospital,
// blood centre, cultural centre). Invented bodies and wording, written blind; the answers were set
// before the extractor was run.
import { e, type Holdout14Case } from './entry'

export const ZONES_PUBLIC: Holdout14Case[] = [
  {
    id: 'h14-zone-dujia-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
管委会政府信息公开工作还存在一些短板：一是招商引资项目落地、土地出让等信息公开不够主动，企业和群众多是通过非正式渠道了解；二是管委会网站与区里的“智慧旅游”平台各发各的，景区票价、开放时间等信息时有出入；三是管委会内设机构调整频繁，信息公开职责几经转手，工作衔接出现断档。
下一步，管委会将：一是按季度公开招商项目签约、落地和土地供应情况；二是统一由管委会网站发布景区基础信息，“智慧旅游”平台直接调用，不再另行编辑；三是明确综合办公室为信息公开工作牵头机构，建立工作交接清单。`,
    problems: [
      e('一是招商引资项目落地', 'incomplete-disclosure'),
      e('二是管委会网站与区里的“智慧旅游”平台', 'duplicate-publishing'),
      e('三是管委会内设机构调整频繁', 'other'),
    ],
    improvements: [
      e('一是按季度公开招商项目签约', 'incomplete-disclosure'),
      e('二是统一由管委会网站发布景区基础信息', 'duplicate-publishing'),
      e('三是明确综合办公室为信息公开工作牵头机构', 'other'),
    ],
  },
  {
    id: 'h14-zone-gaotiexincheng-2024',
    text: `五、存在的主要问题和改进措施
（一）存在的主要问题
1.新城规划调整、片区开发方案等信息只在管委会内部传达，周边村居群众了解不多；
2.管委会没有独立网站，信息依托区政府网站发布，栏目设置简单，多个栏目至今无内容；
3.管委会工作人员多为借调，对政府信息公开条例学习不够，依申请公开件办理不熟练。
（二）改进措施
1.规划方案批复后及时在区政府网站和项目现场公示，并在涉及的村居召开说明会；
2.向区政府申请增设管委会子栏目，补齐机构职能、规划建设、征收安置等内容；
3.组织全体工作人员集中学习条例，依申请公开件由专人跟班办理、老同志带教。`,
    problems: [
      e('1.新城规划调整、片区开发方案', 'incomplete-disclosure'),
      e('2.管委会没有独立网站', 'update-gap'),
      e('3.管委会工作人员多为借调', 'staff-capacity', 'request-handling'),
    ],
    improvements: [
      e('1.规划方案批复后及时在区政府网站和项目现场公示', 'incomplete-disclosure'),
      e('2.向区政府申请增设管委会子栏目', 'update-gap'),
      e('3.组织全体工作人员集中学习条例', 'staff-capacity', 'request-handling'),
    ],
  },
  {
    id: 'h14-zone-nongkeyuan-2020',
    text: `五、存在的主要问题及改进情况
存在的问题主要有：园区入驻企业扶持资金兑现情况没有公开；园区网站“通知公告”栏目半年未更新；园区对企业诉求的回应以电话沟通为主，缺少书面答复和公开回应。
改进措施：今后园区扶持资金兑现结果逐笔在网站公示；“通知公告”栏目由办公室每周维护；建立企业诉求台账，共性问题的处理结果在网站统一回应。`,
    problems: [
      e('园区入驻企业扶持资金兑现情况没有公开', 'incomplete-disclosure'),
      e('园区网站“通知公告”栏目半年未更新', 'update-gap'),
      e('园区对企业诉求的回应以电话沟通为主', 'policy-interpretation'),
    ],
    improvements: [
      e('今后园区扶持资金兑现结果逐笔在网站公示', 'incomplete-disclosure'),
      e('“通知公告”栏目由办公室每周维护', 'update-gap'),
      e('建立企业诉求台账', 'policy-interpretation'),
    ],
  },
  {
    id: 'h14-public-gongdian-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
一是计划停电信息告知不够到位，部分停电通知只在营业厅张贴和网站发布，没有覆盖到受影响的小区和商户。
二是电价政策调整后，阶梯电价、分时电价等计算方式解释不够通俗，客户咨询电话量激增。
三是“网上国网”App与公司网站公布的业务办理指南版本不同，客户依照旧版准备材料后被要求补件。
四是基层供电所的信息公开工作缺乏考核，公开与否全凭所长重视程度。
2024年，公司将：
一是停电信息通过短信、社区群、物业公告多渠道推送到户，提前三天告知。
二是制作电价计算的图解和算例，在营业厅、网站和App同步发布，并开设电价咨询专线。
三是清理两套业务指南，以App版本为准统一更新，网站只保留链接。
四是把信息公开纳入供电所绩效考核，每半年检查一次。`,
    problems: [
      e('一是计划停电信息告知不够到位', 'incomplete-disclosure'),
      e('二是电价政策调整后', 'policy-interpretation'),
      e('三是“网上国网”App与公司网站', 'duplicate-publishing'),
      e('四是基层供电所的信息公开工作缺乏考核', 'awareness'),
    ],
    improvements: [
      e('一是停电信息通过短信、社区群', 'incomplete-disclosure'),
      e('二是制作电价计算的图解和算例', 'policy-interpretation'),
      e('三是清理两套业务指南', 'duplicate-publishing'),
      e('四是把信息公开纳入供电所绩效考核', 'awareness'),
    ],
  },
  {
    id: 'h14-school-diyi-xiaoxue-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我校信息公开工作还存在以下问题：（1）招生范围、入学条件等信息公布时间偏晚，家长普遍反映准备时间不足；（2）学校收费项目和代收费标准的公示栏设在行政楼内，家长平时难以看到；（3）家长委员会作用发挥不够，学校重大事项事先听取家长意见较少。
下一步，我校将：（1）提前一个月通过学校网站、家长群发布招生信息；（2）在校门口设立收费公示栏，同时在网站长期公示；（3）健全家长委员会议事规则，涉及学生切身利益的事项先征求家委会意见。`,
    problems: [
      e('（1）招生范围、入学条件', 'incomplete-disclosure'),
      e('（2）学校收费项目和代收费标准的公示栏', 'reading-room-underused'),
      e('（3）家长委员会作用发挥不够', 'public-participation'),
    ],
    improvements: [
      e('（1）提前一个月通过学校网站', 'incomplete-disclosure'),
      e('（2）在校门口设立收费公示栏', 'reading-room-underused'),
      e('（3）健全家长委员会议事规则', 'public-participation'),
    ],
  },
  {
    id: 'h14-hospital-kouqiang-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
1. 医疗服务价格、常用耗材价格公开不完整，部分新开展项目的收费标准未及时挂网。
2. 医院官网预约挂号页面与微信服务号时常“打架”，一边显示有号、另一边显示约满。
3. 门诊大厅院务公开电子屏故障多日未修，患者无法查看医生出诊信息。
4. 医务人员对院务公开的意义理解不深，认为“看好病就行”，对公开工作配合不积极。
整改措施如下：
1. 每月核对一次价格公示内容，新项目收费标准在执行前公开。
2. 打通官网与服务号的号源数据，以医院信息系统为唯一号源。
3. 与设备厂家签订维保协议，电子屏故障24小时内修复。
4. 在职工大会和科室晨会上讲清院务公开要求，把公开纳入科室考评。`,
    problems: [
      e('1. 医疗服务价格、常用耗材价格公开不完整', 'incomplete-disclosure'),
      e('2. 医院官网预约挂号页面与微信服务号', 'duplicate-publishing', 'platform-stability'),
      e('3. 门诊大厅院务公开电子屏故障多日未修', 'platform-stability'),
      e('4. 医务人员对院务公开的意义理解不深', 'awareness'),
    ],
    improvements: [
      e('1. 每月核对一次价格公示内容', 'incomplete-disclosure'),
      e('2. 打通官网与服务号的号源数据', 'duplicate-publishing', 'platform-stability'),
      e('3. 与设备厂家签订维保协议', 'platform-stability'),
      e('4. 在职工大会和科室晨会上讲清院务公开要求', 'awareness'),
    ],
  },
  {
    id: 'h14-public-xuezhan-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
本站政府信息公开工作中存在的不足：
其一，血液库存、采血点位置和开放时间等信息更新迟缓，献血者常按旧信息前往后扑空；
其二，对无偿献血相关法律法规和用血报销政策的宣传解释不够，群众对“献血者用血返还”政策知晓率低；
其三，本站没有专职信息公开人员，由办公室文员兼任，工作经常顾此失彼。
改进措施：
其一，采血点信息实行每日更新，并在公众号开设“今日采血点”专栏；
其二，编写用血返还政策问答，在各采血点和医院输血科张贴，接待咨询时逐一解答；
其三，设立信息公开专岗，明确岗位职责，并安排参加卫健系统组织的培训。`,
    problems: [
      e('其一，血液库存、采血点位置', 'update-gap'),
      e('其二，对无偿献血相关法律法规', 'policy-interpretation'),
      e('其三，本站没有专职信息公开人员', 'staff-capacity'),
    ],
    improvements: [
      e('其一，采血点信息实行每日更新', 'update-gap'),
      e('其二，编写用血返还政策问答', 'policy-interpretation'),
      e('其三，设立信息公开专岗', 'staff-capacity'),
    ],
  },
  {
    id: 'h14-public-wenhuaguan-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在问题。一是馆内免费开放项目、培训班报名信息发布渠道少，很多群众错过报名时间；二是馆内设立的政府信息查阅角利用率低，全年查阅登记不足二十人次；三是抖音、视频号等账号开设后缺少运营，粉丝互动几乎为零。
（二）改进措施。一是在文化云平台、社区文化站同步发布免费开放和报名信息；二是将查阅角与图书阅览区合并，延长开放时间至晚上八点；三是制定新媒体账号运营计划，每周固定更新，安排专人回复评论。`,
    problems: [
      e('一是馆内免费开放项目', 'incomplete-disclosure'),
      e('二是馆内设立的政府信息查阅角', 'reading-room-underused'),
      e('三是抖音、视频号等账号', 'new-media', 'public-participation'),
    ],
    improvements: [
      e('一是在文化云平台、社区文化站同步发布', 'incomplete-disclosure'),
      e('二是将查阅角与图书阅览区合并', 'reading-room-underused'),
      e('三是制定新媒体账号运营计划', 'new-media', 'public-participation'),
    ],
  },
]
