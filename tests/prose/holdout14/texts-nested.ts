// Nested lists: ①② inside numbered points, (1)(2) inside 一是 measures, numbers restarting under 一、/
// 二、 inside section 五, symptoms listed under a problem, four measures for three problems. Invented
// bodies and wording, written blind; the answers were set before the extractor was run.
import { e, type Holdout14Case } from './entry'

export const NESTED: Holdout14Case[] = [
  {
    id: 'h14-nest-circled-in-numbers-shangwu-county-2020',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
1.重点领域信息公开有短板。①外商投资、对外贸易扶持资金的申报和拨付结果公开不及时；②消费券发放规则和核销情况公开不细。
2.政策解读针对性不强。对稳外贸、促消费等政策的解读多为原文摘要，企业反映“解读等于没解读”。
3.信息公开人员业务能力不足。①兼职人员多；②对依申请公开流程不熟悉，全年有2件答复超期。
（二）改进措施
1.完善资金信息公开。①扶持资金申报、评审、拨付全流程公开；②消费券发放规则提前公布，核销情况每周通报。
2.提升解读质量。组织业务科室负责人以政策吹风会、企业座谈等方式面对面解读，并制作操作指引。
3.加强队伍建设。①明确专人负责信息公开；②每半年开展一次依申请公开业务培训，建立答复期限预警。`,
    problems: [
      e('1.重点领域信息公开有短板', 'incomplete-disclosure'),
      e('2.政策解读针对性不强', 'policy-interpretation'),
      e('3.信息公开人员业务能力不足', 'staff-capacity', 'request-handling'),
    ],
    improvements: [
      e('1.完善资金信息公开', 'incomplete-disclosure'),
      e('2.提升解读质量', 'policy-interpretation'),
      e('3.加强队伍建设', 'staff-capacity', 'request-handling'),
    ],
  },
  {
    id: 'h14-nest-parens-in-yishi-lingye-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2023年，我局政府信息公开工作存在以下问题：一是林权流转、林木采伐许可等信息公开不及时，林农办事多跑路；二是生态护林员选聘信息公开范围窄，仅在乡镇张榜，未在网上公开；三是森林防火政策宣传形式单一，防火期群众知晓度不高。
2024年，我局将采取以下措施：一是提升审批信息公开时效：(1)林木采伐许可办结后3个工作日内公开；(2)林权流转信息实行月度汇总公开。二是扩大护林员选聘信息公开范围，在局网站和乡镇公开栏同时公示选聘条件、程序和结果。三是丰富防火宣传方式：(1)在重点林区设置防火宣传牌；(2)利用村村响广播和短视频开展防火宣讲。`,
    problems: [
      e('一是林权流转、林木采伐许可', 'incomplete-disclosure'),
      e('二是生态护林员选聘信息公开范围窄', 'incomplete-disclosure'),
      e('三是森林防火政策宣传形式单一', 'policy-interpretation'),
    ],
    improvements: [
      e('一是提升审批信息公开时效', 'incomplete-disclosure'),
      e('二是扩大护林员选聘信息公开范围', 'incomplete-disclosure'),
      e('三是丰富防火宣传方式', 'policy-interpretation'),
    ],
  },
  {
    id: 'h14-nest-restart-symptoms-shenpi-ju-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
一、本年度存在的问题
1.政务服务事项办事指南质量不高，主要表现在：（1）部分事项的申请材料表述模糊，如“其他相关材料”；（2）办理流程图与实际流程不一致。
2.“好差评”结果公开不充分，差评整改情况没有向社会反馈。
3.审批服务大厅的政务公开专区设置后使用者少，自助查询终端经常处于关机状态。
二、下一步改进措施
1.组织对全部事项办事指南开展“回头看”，逐项清理模糊表述，确保流程图与实际一致。
2.每月公开“好差评”数据和差评整改结果。
3.对政务公开专区的查询终端实行每日开机检查。
4.在专区安排志愿者引导，帮助群众查询政策和办事信息。`,
    problems: [
      e('1.政务服务事项办事指南质量不高', 'standardization'),
      e('2.“好差评”结果公开不充分', 'public-participation'),
      e('3.审批服务大厅的政务公开专区', 'reading-room-underused', 'platform-stability'),
    ],
    improvements: [
      e('1.组织对全部事项办事指南开展“回头看”', 'standardization'),
      e('2.每月公开“好差评”数据', 'public-participation'),
      e('3.对政务公开专区的查询终端', 'reading-room-underused', 'platform-stability'),
      e('4.在专区安排志愿者引导', 'reading-room-underused'),
    ],
  },
  {
    id: 'h14-nest-circled-in-measure-jiaojing-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的问题
一是交通管制、道路施工绕行等信息发布不及时，驾驶人往往到现场才知道；二是交通违法处理、事故认定等依申请公开件增长较快，答复文书说理不够充分，今年被提起行政复议2件；三是“交警服务”微博账号长期无人维护，网民留言无人回应。
（二）改进措施
一是建立交通管制信息提前发布机制：①计划性管制提前三天发布；②临时管制通过导航平台实时推送；③施工绕行信息在路口设置提示牌。二是规范依申请公开答复，法制部门对每件答复文书进行合法性审核。三是对微博账号进行整改，明确专人每日巡查，网民留言当日回复。`,
    problems: [
      e('一是交通管制、道路施工绕行等信息发布不及时', 'incomplete-disclosure'),
      e('二是交通违法处理、事故认定', 'request-handling'),
      e('三是“交警服务”微博账号长期无人维护', 'new-media', 'public-participation'),
    ],
    improvements: [
      e('一是建立交通管制信息提前发布机制', 'incomplete-disclosure'),
      e('二是规范依申请公开答复', 'request-handling'),
      e('三是对微博账号进行整改', 'new-media', 'public-participation'),
    ],
  },
]
