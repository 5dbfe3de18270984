// Mixed: a problem and its measure in one sentence (…，我们将…), measures opened by 针对…，, last year's
// fixes before, between and after the lists and in one sentence, points by field with 下一步 inside,
// problems as sub-headings, measures with no boundary line at all. Invented bodies and wording,
// written blind; the answers were set before the extractor was run.
import { e, type Holdout13Case } from './entry'

export const MIXED: Holdout13Case[] = [
  {
    id: 'h13-mix-pair-minzheng-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我局在政府信息公开工作中发现以下问题并已明确整改方向：一是养老服务机构等级评定结果只在系统内部通报，社会公众无从查询，我们将在局网站开设“养老机构信息”专栏，公开机构等级、床位和收费标准。二是社会救助政策调整频繁，基层经办人员对政策口径把握不一，我们将编印社会救助政策问答，并分片区开展业务轮训。三是婚姻登记预约平台高峰期经常无法登录，我们将协调技术单位扩容并增设电话预约。`,
    problems: [
      e('一是养老服务机构等级评定结果', 'incomplete-disclosure'),
      e('二是社会救助政策调整频繁', 'staff-capacity'),
      e('三是婚姻登记预约平台', 'platform-stability'),
    ],
    improvements: [
      e('在局网站开设“养老机构信息”专栏', 'incomplete-disclosure'),
      e('编印社会救助政策问答', 'staff-capacity'),
      e('协调技术单位扩容并增设电话预约', 'platform-stability'),
    ],
  },
  {
    id: 'h13-mix-zhenduiwenti-jiaotong-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
一是重大交通建设项目征地补偿、招标投标信息公开不够全程，群众只能看到开工和竣工消息；二是出租车、网约车管理政策出台时，未充分听取驾驶员和乘客意见；三是局网站与市交通出行服务平台同时发布路况和停运通知，两边信息时有矛盾。
（二）改进措施
针对重大项目信息公开不全程的问题，我们将按照项目批准、招标、征地、施工、验收各环节逐一公开；针对政策制定中听取意见不够的问题，我们将在出台涉及出行的政策前召开驾驶员、乘客代表座谈会并网上征求意见；针对路况信息发布“两张皮”的问题，我们将以市交通出行服务平台为唯一发布口，局网站作链接。`,
    problems: [
      e('一是重大交通建设项目征地补偿', 'incomplete-disclosure'),
      e('二是出租车、网约车管理政策出台时', 'public-participation'),
      e('三是局网站与市交通出行服务平台', 'duplicate-publishing'),
    ],
    improvements: [
      e('针对重大项目信息公开不全程的问题', 'incomplete-disclosure'),
      e('针对政策制定中听取意见不够的问题', 'public-participation'),
      e('针对路况信息发布“两张皮”的问题', 'duplicate-publishing'),
    ],
  },
  {
    id: 'h13-mix-prior-between-chengguan-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）本年度存在的问题
1.行政处罚决定公开存在“选择性公开”，简易程序处罚基本未公开。
2.市容环卫作业标准、占道经营审批条件等信息发布分散，群众查找不便。
（二）上一年度问题整改情况
2022年度报告中提出的“局网站栏目空白较多”问题，已完成栏目整合，撤并空白栏目9个；提出的“执法人员公开意识不强”问题，已开展全员培训2次。
（三）下一步改进措施
1.将简易程序处罚决定纳入公开范围，按月汇总公开。
2.编制城市管理服务事项清单，集中公布审批条件、作业标准和投诉渠道。`,
    priorDone: 2,
    problems: [
      e('1.行政处罚决定公开存在“选择性公开”', 'incomplete-disclosure'),
      e('2.市容环卫作业标准、占道经营审批条件', 'incomplete-disclosure', 'standardization'),
    ],
    improvements: [
      e('1.将简易程序处罚决定纳入公开范围', 'incomplete-disclosure'),
      e('2.编制城市管理服务事项清单', 'standardization', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h13-mix-prior-after-huanbao-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2024年，我局政府信息公开工作存在的问题有：一是建设项目环评审批公示期间收到的公众意见，采纳情况反馈不够；二是企业环境信息依法披露的督促工作不到位，部分重点排污单位披露内容缺项；三是局政务微博基本停止更新。
2025年，我局将：一是在环评审批公告中逐条说明公众意见采纳情况；二是开展企业环境信息依法披露专项检查，对缺项企业督促限期补正；三是注销政务微博，集中运营微信公众号。
此外，上年度报告提出的“监测数据发布延迟”问题已整改完成，空气质量数据实现小时级发布；“信息公开指南未更新”问题已于年内修订完成。`,
    priorDone: 2,
    problems: [
      e('一是建设项目环评审批公示期间', 'public-participation'),
      e('二是企业环境信息依法披露的督促工作', 'incomplete-disclosure'),
      e('三是局政务微博基本停止更新', 'new-media'),
    ],
    improvements: [
      e('一是在环评审批公告中逐条说明', 'public-participation'),
      e('二是开展企业环境信息依法披露专项检查', 'incomplete-disclosure'),
      e('三是注销政务微博', 'new-media'),
    ],
  },
  {
    id: 'h13-mix-prior-first-shuiwu-county-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）上年度存在问题的整改情况
1.针对“依申请公开答复不规范”问题，制定了答复文书模板7类，全年未发生答复被纠错情况。
2.针对“政策解读形式单一”问题，全年制作图解12件、短视频5条。
3.针对“公开专区利用率低”问题，将专区迁至服务大厅并配备导办人员。
（二）本年度存在的主要问题
1.水利工程建设项目公开内容仍停留在计划层面，资金拨付、质量监督等环节公开少。
2.农村饮水安全、河道采砂等群众关注信息回应不够及时。
（三）下一步工作
1.建立水利项目全过程公开清单，逐项目公开资金拨付和质量监督情况。
2.对群众关注的饮水、采砂问题，在12345热线和局网站及时发布权威回应。`,
    priorDone: 3,
    problems: [
      e('1.水利工程建设项目公开内容仍停留在计划层面', 'incomplete-disclosure'),
      e('2.农村饮水安全、河道采砂等群众关注信息', 'policy-interpretation'),
    ],
    improvements: [
      e('1.建立水利项目全过程公开清单', 'incomplete-disclosure'),
      e('2.对群众关注的饮水、采砂问题', 'policy-interpretation'),
    ],
  },
  {
    id: 'h13-mix-prior-sentence-fagai-2020',
    text: `五、存在的主要问题及改进情况
上年度年报中反映的“价格监测信息发布不及时”问题已通过建立周报制度得到解决。但今年工作中仍存在一些问题：一是重大项目审批核准信息公开不完整，部分项目未公开审批依据；二是委网站信息公开目录编排与省发改委不一致，同类信息归类混乱；三是少数科室对公开工作配合不积极。
2021年，我委将：一是全面公开重大项目审批核准的依据、条件和结果；二是参照省发改委目录体系调整信息公开目录；三是将信息公开工作纳入科室年度考核。`,
    priorDone: 1,
    problems: [
      e('一是重大项目审批核准信息公开不完整', 'incomplete-disclosure'),
      e('二是委网站信息公开目录编排', 'standardization'),
      e('三是少数科室对公开工作配合不积极', 'awareness'),
    ],
    improvements: [
      e('一是全面公开重大项目审批核准的依据', 'incomplete-disclosure'),
      e('二是参照省发改委目录体系', 'standardization'),
      e('三是将信息公开工作纳入科室年度考核', 'awareness'),
    ],
  },
  {
    id: 'h13-mix-field-shichang-district-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）主动公开方面。食品抽检结果公开滞后，不合格产品核查处置情况没有后续公开。下一步，我局将在抽检结果出具后及时公开，并跟踪公开核查处置结果。
（二）依申请公开方面。涉及投诉举报处理情况的申请较多，个别答复对申请人的诉求回应不准确。下一步，我局将建立疑难申请会商机制，由公职律师参与答复审核。
（三）平台建设方面。局网站移动端适配不好，部分表格在手机上无法完整显示。下一步，我局将对网站进行移动端适配改造。`,
    problems: [
      e('（一）主动公开方面。食品抽检结果公开滞后', 'incomplete-disclosure'),
      e('（二）依申请公开方面。', 'request-handling'),
      e('（三）平台建设方面。', 'platform-stability'),
    ],
    improvements: [
      e('在抽检结果出具后及时公开', 'incomplete-disclosure'),
      e('建立疑难申请会商机制', 'request-handling'),
      e('对网站进行移动端适配改造', 'platform-stability'),
    ],
  },
  {
    id: 'h13-mix-subheads-wenlv-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）公开时效有待提高
A级景区评定、旅行社设立许可等信息，办结后未能第一时间公开，有的拖延一个月以上。
（二）公开渠道有待拓宽
文旅惠民活动信息主要在局网站发布，群众更常用的短视频平台、社区公告栏覆盖不到。
（三）互动回应有待加强
局网站“局长信箱”留言办理周期长，部分留言超过15个工作日未回复。
为此，我局将采取以下措施：一是建立审批结果与公开平台的自动推送机制，办结即公开；二是开通文旅短视频账号，把惠民活动信息推送到社区；三是对“局长信箱”实行限时办结，超期留言由办公室督办。`,
    problems: [
      e('（一）公开时效有待提高', 'incomplete-disclosure'),
      e('（二）公开渠道有待拓宽', 'incomplete-disclosure'),
      e('（三）互动回应有待加强', 'public-participation'),
    ],
    improvements: [
      e('一是建立审批结果与公开平台的自动推送机制', 'incomplete-disclosure'),
      e('二是开通文旅短视频账号', 'new-media', 'incomplete-disclosure'),
      e('三是对“局长信箱”实行限时办结', 'public-participation'),
    ],
  },
  {
    id: 'h13-mix-no-boundary-guotu-county-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我局政府信息公开工作还存在一些不足，主要是：不动产登记办事指南与窗口实际要求不一致，群众按指南准备材料仍被要求补件；土地征收成片开发方案公开后，对被征地农民的答疑解惑工作跟不上；局机关与不动产登记中心分别管理两个网站栏目，同类信息重复发布。
组织窗口人员对照实际办理要求逐项修订办事指南。在征地所在村召开政策说明会，安排专人现场解答群众疑问。将不动产登记中心网站栏目并入局网站，统一发布相关信息。`,
    problems: [
      e('不动产登记办事指南与窗口实际要求不一致', 'standardization'),
      e('土地征收成片开发方案公开后', 'policy-interpretation'),
      e('局机关与不动产登记中心分别管理', 'duplicate-publishing'),
    ],
    improvements: [
      e('组织窗口人员对照实际办理要求', 'standardization'),
      e('在征地所在村召开政策说明会', 'policy-interpretation'),
      e('将不动产登记中心网站栏目并入局网站', 'duplicate-publishing'),
    ],
  },
]
