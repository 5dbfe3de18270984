// Run-on: one long paragraph with the boundary inside a sentence, entries separated only by ；, one
// paragraph per entry with no markers, 首先/其次/此外/最后, a problem that runs on into a second sentence,
// problems joined by 、 in one clause. Invented bodies and wording, written blind; the answers were set
// before the extractor was run.
import { e, type Holdout13Case } from './entry'

export const RUN_ON: Holdout13Case[] = [
  {
    id: 'h13-run-paragraph-county-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2022年我县政府信息公开工作虽有提升，但仍存在部分单位主动公开意识淡薄、习惯于“被动公开”，重点领域信息发布不够系统、公共资源配置和社会公益事业信息零散，政策解读材料照搬文件原文、缺乏针对性，基层公开人员队伍不稳定、业务水平参差不齐等问题，针对这些问题，2023年我县将加强对各单位主要负责人的政务公开专题培训，推动形成“公开为常态”的共识，同时编制重点领域信息公开清单，集中发布公共资源配置和社会公益事业信息，要求政策解读做到“解读什么、为何出台、怎么执行”三讲清，并建立基层公开人员持证上岗和定期轮训制度。`,
    problems: [
      e('部分单位主动公开意识淡薄', 'awareness'),
      e('重点领域信息发布不够系统', 'incomplete-disclosure'),
      e('政策解读材料照搬文件原文', 'policy-interpretation'),
      e('基层公开人员队伍不稳定', 'staff-capacity'),
    ],
    improvements: [
      e('加强对各单位主要负责人的政务公开专题培训', 'awareness'),
      e('同时编制重点领域信息公开清单', 'incomplete-disclosure', 'standardization'),
      e('要求政策解读做到', 'policy-interpretation'),
      e('建立基层公开人员持证上岗', 'staff-capacity'),
    ],
  },
  {
    id: 'h13-run-semicolons-tejiao-school-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
学校信息公开工作存在的问题主要有：招生计划、录取结果等信息在学校网站公布时间晚于家长群，家长以家长群消息为准；学校网站“校务公开”栏目中学校收费、财务预决算信息不完整；家长和学生对学校管理的意见建议缺少正式收集渠道；学校负责信息公开的人员是兼职教师，对公开要求学得不透。
下一步学校将：招生录取信息以学校网站为首发渠道，家长群转发链接；按学期公布收费项目、标准和财务预决算；设立校长接待日和网上意见箱，定期反馈办理情况；安排负责人员参加区教育局的信息公开业务学习。`,
    problems: [
      e('招生计划、录取结果等信息', 'duplicate-publishing'),
      e('学校网站“校务公开”栏目中学校收费', 'incomplete-disclosure'),
      e('家长和学生对学校管理的意见建议', 'public-participation'),
      e('学校负责信息公开的人员是兼职教师', 'staff-capacity'),
    ],
    improvements: [
      e('招生录取信息以学校网站为首发渠道', 'duplicate-publishing'),
      e('按学期公布收费项目', 'incomplete-disclosure'),
      e('设立校长接待日和网上意见箱', 'public-participation'),
      e('安排负责人员参加区教育局的信息公开业务学习', 'staff-capacity'),
    ],
  },
  {
    id: 'h13-run-paras-nongjia-street-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
对照年初制定的工作要点，街道政务公开工作还有差距，主要是：
辖区征收拆迁项目的补偿安置方案只在征收范围内张贴，非征收范围内的居民关心也看不到。
街道网站的“政策文件”栏目仍在挂着三年前的文件，新近的区级文件没有转载。
街道政务公开工作分散在各个科室，没有一个统一负责的机构。
2025年，街道将重点改进以下工作：
征收补偿安置方案在街道网站和公众号同步公布，扩大知晓范围。
由党工委办公室牵头清理“政策文件”栏目，及时转载区级新文件。
成立街道政务公开工作领导小组，办公室设在党工委办公室，统筹各科室公开工作。`,
    problems: [
      e('辖区征收拆迁项目的补偿安置方案', 'incomplete-disclosure'),
      e('街道网站的“政策文件”栏目仍在挂着', 'update-gap'),
      e('街道政务公开工作分散在各个科室', 'other'),
    ],
    improvements: [
      e('征收补偿安置方案在街道网站和公众号同步公布', 'incomplete-disclosure'),
      e('由党工委办公室牵头清理“政策文件”栏目', 'update-gap'),
      e('成立街道政务公开工作领导小组', 'other'),
    ],
  },
  {
    id: 'h13-run-shouxian-jiaoyu-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
首先，教育经费投入、学校布局调整等重大事项决策前征求群众意见的范围小，部分调整方案公布后引起家长不满。其次，局网站与各学校网站的招生政策、学区划分信息存在不一致，家长无所适从。此外，局政务公开工作人员少，一人对接全县一百多所学校，工作力不从心。最后，局政务新媒体平台对家长留言的回复多为“已转相关科室”，没有下文。
针对以上问题，我局将：首先，对学校布局调整等重大事项，在决策前通过听证会、网上征求意见等方式听取家长和社会意见；其次，招生政策、学区划分由局统一发布，学校网站只作链接；此外，在各学校确定一名信息公开联络员，形成局校两级工作网络；最后，建立新媒体留言“转办—反馈”闭环，转办留言在10个工作日内给出答复。`,
    problems: [
      e('首先，教育经费投入、学校布局调整', 'public-participation'),
      e('其次，局网站与各学校网站的招生政策', 'duplicate-publishing'),
      e('此外，局政务公开工作人员少', 'staff-capacity'),
      e('最后，局政务新媒体平台对家长留言的回复', 'new-media', 'public-participation'),
    ],
    improvements: [
      e('首先，对学校布局调整等重大事项', 'public-participation'),
      e('其次，招生政策、学区划分由局统一发布', 'duplicate-publishing'),
      e('此外，在各学校确定一名信息公开联络员', 'staff-capacity'),
      e('最后，建立新媒体留言“转办—反馈”闭环', 'new-media', 'public-participation'),
    ],
  },
  {
    id: 'h13-run-second-sentence-weijian-district-2020',
    text: `五、存在的主要问题及改进情况
一是医疗卫生机构服务信息公开不到位。全区二级以上医院的门诊排班、检查预约等信息更新跟不上，患者白跑的情况时有发生。二是疫情防控信息发布的统一性有待加强。各社区卫生服务中心和区疾控中心分别发布防控提示，内容有时前后不一。三是局机关对卫生健康政策的解读偏少。
2021年，我局将：一是督促各医院每日更新门诊排班和检查预约信息。二是疫情防控信息由区卫健局统一发布，各单位转载。三是围绕分级诊疗、家庭医生签约等政策，制作通俗易懂的解读材料。`,
    problems: [
      e('一是医疗卫生机构服务信息公开不到位', 'update-gap', 'incomplete-disclosure'),
      e('二是疫情防控信息发布的统一性有待加强', 'duplicate-publishing'),
      e('三是局机关对卫生健康政策的解读偏少', 'policy-interpretation'),
    ],
    improvements: [
      e('一是督促各医院每日更新门诊排班', 'update-gap'),
      e('二是疫情防控信息由区卫健局统一发布', 'duplicate-publishing'),
      e('三是围绕分级诊疗、家庭医生签约等政策', 'policy-interpretation'),
    ],
  },
  {
    id: 'h13-run-dun-town-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我镇存在公开内容不够及时、群众参与渠道少、新媒体账号维护跟不上等不足。2022年，我镇将落实公开信息按周更新，每季度召开一次村民代表议事会听取意见，安排专人管理镇公众号。`,
    problems: [
      e('公开内容不够及时', 'update-gap'),
      e('群众参与渠道少', 'public-participation'),
      e('新媒体账号维护跟不上', 'new-media'),
    ],
    improvements: [
      e('落实公开信息按周更新', 'update-gap'),
      e('每季度召开一次村民代表议事会听取意见', 'public-participation'),
      e('安排专人管理镇公众号', 'new-media'),
    ],
  },
  {
    id: 'h13-run-semicolons-canlian-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
存在的主要问题：残疾人两项补贴、康复救助等惠残政策的申请条件公开不细；残联网站信息发布以会议活动为主，惠残服务信息占比低；残疾人及其亲属通过网站咨询的问题，答复时间较长；基层残疾人专职委员对信息公开工作不了解。
改进措施：制作惠残政策“一张图”和办事指南，在各村（社区）服务站张贴；调整网站栏目，突出惠残服务信息；建立网上咨询限时答复制度；将信息公开纳入残疾人专职委员业务培训内容。`,
    problems: [
      e('残疾人两项补贴、康复救助', 'incomplete-disclosure'),
      e('残联网站信息发布以会议活动为主', 'incomplete-disclosure'),
      e('残疾人及其亲属通过网站咨询的问题', 'public-participation'),
      e('基层残疾人专职委员对信息公开工作不了解', 'staff-capacity'),
    ],
    improvements: [
      e('制作惠残政策“一张图”和办事指南', 'policy-interpretation', 'incomplete-disclosure'),
      e('调整网站栏目，突出惠残服务信息', 'incomplete-disclosure'),
      e('建立网上咨询限时答复制度', 'public-participation'),
      e('将信息公开纳入残疾人专职委员业务培训内容', 'staff-capacity'),
    ],
  },
  {
    id: 'h13-run-long-sentence-shichang-city-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
回顾全年工作，我局政府信息公开工作主要存在以下问题：市场主体登记、“双随机、一公开”抽查结果等信息的公开有时要推迟十天半月才完成，局网站与国家企业信用信息公示系统对同一处罚信息的公示内容不一致，对群众关心的预付卡消费、食品安全等热点问题回应偏慢，部分基层所对信息公开工作重视程度不够。下一步，我局将严格落实抽查结果20个工作日内公示的要求，以国家企业信用信息公示系统为准统一处罚信息公示内容，建立消费热点舆情快速回应机制，并将基层所政务公开工作情况纳入绩效考核。`,
    problems: [
      e('市场主体登记、“双随机、一公开”', 'incomplete-disclosure'),
      e('局网站与国家企业信用信息公示系统', 'duplicate-publishing'),
      e('对群众关心的预付卡消费', 'policy-interpretation'),
      e('部分基层所对信息公开工作重视程度不够', 'awareness'),
    ],
    improvements: [
      e('严格落实抽查结果20个工作日内公示的要求', 'incomplete-disclosure'),
      e('以国家企业信用信息公示系统为准', 'duplicate-publishing'),
      e('建立消费热点舆情快速回应机制', 'policy-interpretation'),
      e('将基层所政务公开工作情况纳入绩效考核', 'awareness'),
    ],
  },
]
