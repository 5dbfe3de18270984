// Longer and mixed texts (invented bodies): problem and measure in one numbered point, nested
// sub-points, last year's fixes before, between or after this year's lists, more measures than problems,
// a problem with its own (1)(2), 下一步… inside each point, written by hand (README.md).
import { e, type Holdout10Case } from './entry'

export const MIXED: readonly Holdout10Case[] = [
  {
    id: 'h10-mix-paired-fagai-2022',
    text: `五、存在的主要问题及改进情况
1.问题：价格监测信息发布周期长，重要民生商品价格信息按月发布，难以满足群众需要。措施：将主要农副产品价格监测信息改为每周发布，节假日期间每日发布。
2.问题：重大项目审批信息分散，部分项目的核准批复文件没有公开。措施：在委网站设立重大项目审批专栏，项目核准、备案结果统一在专栏公开。
3.问题：政策发布后解读跟进不足，企业对新能源项目补贴申报条件存在疑问。措施：召开政策发布会，编写申报指南和问答。`,
    problems: [
      e('1.问题：价格监测信息', 'incomplete-disclosure'),
      e('2.问题：重大项目审批信息', 'incomplete-disclosure'),
      e('3.问题：政策发布后解读', 'policy-interpretation'),
    ],
    improvements: [
      e('将主要农副产品价格', 'incomplete-disclosure'),
      e('在委网站设立重大项目', 'incomplete-disclosure'),
      e('召开政策发布会', 'policy-interpretation'),
    ],
  },
  {
    id: 'h10-mix-nested-county-2023',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
1.公开平台方面。（1）县政府网站与乡镇子站在集约化平台上共用一套后台，但栏目设置各不相同，群众查找信息困难；（2）平台全文检索对附件内容不起作用。
2.公开内容方面。重点领域信息公开不够深入，如乡村振兴项目资金只公开分配结果，未公开项目实施进度和绩效。
3.工作力量方面。全县政务公开工作人员中兼职占80%以上，业务培训覆盖不到村一级。
（二）改进措施
1.统一乡镇子站栏目设置，按县级标准目录建设；联系平台运维单位增加附件全文检索功能。
2.乡村振兴项目资金实行项目、资金、进度、绩效全过程公开。
3.建立县、乡、村三级政务公开培训体系，每年对村级信息员至少培训一次。`,
    problems: [
      e('1.公开平台方面', 'standardization', 'platform-stability'),
      e('2.公开内容方面', 'incomplete-disclosure'),
      e('3.工作力量方面', 'staff-capacity'),
    ],
    improvements: [
      e('1.统一乡镇子站栏目设置', 'standardization', 'platform-stability'),
      e('2.乡村振兴项目资金', 'incomplete-disclosure'),
      e('3.建立县、乡、村三级', 'staff-capacity'),
    ],
  },
  {
    id: 'h10-mix-prior-between-gonganju-2024',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
一是公安行政管理服务事项办理进度查询不便，群众需要拨打电话才能了解户籍、出入境证件办理进度。二是交通违法处理、车辆管理等政策的解读多为转载，针对本地实际的问答较少。三是局属各单位政务新媒体账号数量多，部分账号运维力量不足，存在“僵尸号”。
（二）2023年度存在问题整改情况
我局2023年度报告中提出的“警务公开栏目内容陈旧”问题，已完成栏目内容清理和重新编排；“依申请公开答复不够规范”问题，已制定答复文书范本并组织培训2次。
（三）下一步改进措施
一是在局网站和公众号开通户籍、出入境证件办理进度在线查询。二是围绕本地交通管理措施编写问答，在交警微信号同步发布。三是对局属单位政务新媒体账号进行整合，原则上每个单位只保留一个账号。`,
    problems: [
      e('一是公安行政管理服务事项', 'platform-stability'),
      e('二是交通违法处理', 'policy-interpretation'),
      e('三是局属各单位政务新媒体', 'new-media'),
    ],
    improvements: [
      e('一是在局网站和公众号开通', 'platform-stability'),
      e('二是围绕本地交通管理措施', 'policy-interpretation'),
      e('三是对局属单位政务新媒体', 'new-media'),
    ],
    priorDone: 2,
  },
  {
    id: 'h10-mix-prior-after-huanbao-2023',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
1.建设项目环评审批信息公开中，部分环评报告简本未按要求删除涉及商业秘密的内容，企业提出异议。
2.环境信访投诉办理结果公开不够及时。
3.生态环境政策的宣传解读主要在“六五环境日”等节点集中开展，平时较少。
（二）改进措施
1.环评报告公开前由建设单位确认商业秘密范围，审批科室复核后再公开。
2.每月公开环境信访投诉受理及办理情况。
3.组织环保设施向公众开放活动，常态化开展政策宣讲。
（三）上年度问题整改情况
上年度报告中提出的“企业环境信息依法披露系统使用率低”问题，已通过培训和督导使重点排污单位全部完成披露。`,
    problems: [
      e('1.建设项目环评审批', 'other'),
      e('2.环境信访投诉', 'incomplete-disclosure'),
      e('3.生态环境政策的宣传解读', 'policy-interpretation'),
    ],
    improvements: [
      e('1.环评报告公开前', 'other'),
      e('2.每月公开环境信访', 'incomplete-disclosure'),
      e('3.组织环保设施', 'policy-interpretation', 'public-participation'),
    ],
    priorDone: 1,
  },
  {
    id: 'h10-mix-more-measures-shenji-2021',
    text: `五、存在的主要问题及改进情况
我局政府信息公开工作存在的主要问题是审计结果公开的范围和深度有待拓展，审计发现问题的整改情况公开不够。
2022年，我局将着重做好以下工作：
（一）扩大审计结果公告范围，除涉密事项外，审计工作报告和整改情况报告全文公开。
（二）建立审计整改情况跟踪公开制度，被审计单位整改完成后在局网站公开整改结果。
（三）加强审计信息公开队伍建设，选派业务骨干参加上级审计机关组织的信息公开培训。
（四）完善局网站“审计公告”栏目，按年度分类归集审计公告。`,
    problems: [
      e('审计结果公开的范围', 'incomplete-disclosure'),
    ],
    improvements: [
      e('（一）扩大审计结果公告范围', 'incomplete-disclosure'),
      e('（二）建立审计整改情况跟踪公开', 'incomplete-disclosure'),
      e('（三）加强审计信息公开队伍', 'staff-capacity'),
      e('（四）完善局网站“审计公告”栏目', 'standardization'),
    ],
  },
  {
    id: 'h10-mix-xiayibu-inside-caizheng-2025',
    text: `五、存在的主要问题及改进情况
一是部门预决算公开质量还需提高。个别部门公开的预算说明过于简单，项目支出绩效目标未同步公开。下一步将制定预决算公开模板，对部门公开情况开展专项检查。
二是政府采购意向公开不够及时，个别采购项目在开标前不足30日才公开意向。下一步将在政府采购系统中设置意向公开时限提醒。
三是财政政策解读的针对性不强。下一步将在出台惠企资金政策时同步发布申报指南和解读，召开政策宣讲会。`,
    problems: [
      e('一是部门预决算公开质量', 'incomplete-disclosure'),
      e('二是政府采购意向公开', 'incomplete-disclosure'),
      e('三是财政政策解读', 'policy-interpretation'),
    ],
    improvements: [
      e('制定预决算公开模板', 'standardization', 'incomplete-disclosure'),
      e('在政府采购系统中', 'incomplete-disclosure'),
      e('在出台惠企资金政策时', 'policy-interpretation'),
    ],
  },
  {
    id: 'h10-mix-long-district-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
2022年，我区政府信息公开工作在区委、区政府的领导下取得了一定成绩，但对照新时代政务公开工作要求和人民群众期盼，仍存在一些问题和不足，主要体现在以下几个方面：
一是政务公开工作机制还不够完善。各部门之间信息公开协调联动不够，涉及多个部门的事项往往由牵头部门公开，配合部门不公开或公开不同步。
二是政策解读的质量和实效有待提升。全年全区发布政策解读材料89篇，但其中图解、视频、动漫等形式仅占12%，部分解读材料只是对文件条款的简单复述，未讲清政策背景和关键举措。
三是依申请公开答复规范化程度不高。2022年全区因政府信息公开被申请行政复议7件，其中2件被纠正，主要原因是答复内容不完整、告知救济途径不准确。
四是基层政务公开发展不平衡。部分街道政务公开专区建成后缺少日常维护，资料长期未补充，群众到专区查阅的很少。
（二）改进措施
2023年，我区将以问题为导向，重点做好以下工作：
一是健全工作机制。建立跨部门信息公开会商机制，明确涉及多部门事项的公开责任分工，做到同步公开。
二是提升解读质量。推行“政策文件+解读材料+问答”同步发布，多运用图表图解、短视频等群众喜闻乐见的形式。
三是规范依申请公开办理。修订依申请公开工作规程，实行重大疑难申请集体研究，答复书由区司法局审核把关。
四是加强基层政务公开专区建设。制定专区管理规范，定期更新资料，在专区提供政策咨询、帮办代办服务。`,
    problems: [
      e('一是政务公开工作机制', 'other'),
      e('二是政策解读的质量', 'policy-interpretation'),
      e('三是依申请公开答复', 'request-handling'),
      e('四是基层政务公开发展不平衡', 'reading-room-underused'),
    ],
    improvements: [
      e('一是健全工作机制', 'other'),
      e('二是提升解读质量', 'policy-interpretation'),
      e('三是规范依申请公开办理', 'request-handling'),
      e('四是加强基层政务公开专区', 'reading-room-underused'),
    ],
  },
  {
    id: 'h10-mix-sub-yishi-inside-shangwu-2024',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
1.主动公开方面存在短板：一是外资、外贸促进政策公开分散，企业查找不便；二是商务领域行政许可事项办理结果公开不完整。
2.政务公开队伍建设有待加强。全局仅有1名兼职信息公开工作人员，且今年刚调整岗位。
（二）改进措施
1.在局网站开设“稳外资稳外贸政策汇编”专栏，集中公开各级政策并附解读；许可办理结果办结后即时公开。
2.增配一名信息公开工作人员，参加市政府办公室组织的业务培训。`,
    problems: [
      e('1.主动公开方面存在短板', 'incomplete-disclosure'),
      e('2.政务公开队伍建设', 'staff-capacity'),
    ],
    improvements: [
      e('1.在局网站开设', 'incomplete-disclosure', 'policy-interpretation'),
      e('2.增配一名信息公开工作人员', 'staff-capacity'),
    ],
  },
  {
    id: 'h10-mix-prior-sentence-renfang-2021',
    text: `五、存在的主要问题及改进情况
上年度报告中提出的“人防工程信息未公开”问题，已在办网站公开全市人防工程分布及开放情况。本年度存在的问题：一是人防宣传教育与信息公开结合不够，群众对防空警报试鸣等信息知晓率不高；二是信息公开工作人员业务水平不高。改进措施：一是警报试鸣前通过电视、广播、短信等多渠道发布公告；二是参加全市政务公开业务培训。`,
    problems: [
      e('一是人防宣传教育', 'incomplete-disclosure'),
      e('二是信息公开工作人员', 'staff-capacity'),
    ],
    improvements: [
      e('一是警报试鸣前', 'incomplete-disclosure'),
      e('二是参加全市政务公开', 'staff-capacity'),
    ],
    priorDone: 1,
  },
  {
    id: 'h10-mix-yifangmian-county-2020',
    text: `五、存在的主要问题及改进情况
2020年是新修订的《中华人民共和国政府信息公开条例》施行的第二年，我县按照新条例要求扎实开展工作，但仍存在一些问题。一方面，部分单位对新条例的学习不够深入，依申请公开的办理程序不够规范，存在答复超期、告知不全等情况；另一方面，政府网站信息公开专栏的栏目设置还停留在旧版目录，与新条例规定的主动公开内容不完全对应。
为此，一方面将组织全县各单位开展新条例专题学习和依申请公开业务培训，对答复超期的单位进行通报；另一方面将按新条例重新编制主动公开目录，调整网站专栏栏目设置。`,
    problems: [
      e('一方面，部分单位对新条例', 'request-handling', 'staff-capacity'),
      e('另一方面，政府网站信息公开专栏', 'standardization'),
    ],
    improvements: [
      e('一方面将组织全县各单位', 'request-handling', 'staff-capacity'),
      e('另一方面将按新条例', 'standardization'),
    ],
  },
  {
    id: 'h10-mix-two-lists-unequal-tongji-2025',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
一是统计数据发布后的解读不够，社会公众对部分指标的理解与统计口径不一致；二是统计数据查询平台使用不便，历史数据只能按年份下载，无法按地区、指标组合查询；三是数据开放不够，可供社会利用的统计数据集少。
（二）改进措施
一是在发布主要统计数据时同步发布解读和指标解释，由局领导在新闻发布会上解读；二是对统计数据查询平台进行升级，增加按地区、指标的组合查询和数据导出功能，同时通过平台向社会开放更多统计数据集。`,
    problems: [
      e('一是统计数据发布后的解读', 'policy-interpretation'),
      e('二是统计数据查询平台', 'platform-stability'),
      e('三是数据开放不够', 'incomplete-disclosure'),
    ],
    improvements: [
      e('一是在发布主要统计数据时', 'policy-interpretation'),
      e('二是对统计数据查询平台', 'platform-stability', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h10-mix-zhenggai-this-year-yingji-2023',
    text: `五、存在的主要问题及改进情况
（一）存在问题
一是应急预案公开不全，全市各类专项应急预案只公开了9个，部分部门预案未按要求公开；二是安全生产行政处罚信息公开格式不统一，要素缺失；三是政务新媒体发布的灾害预警信息存在转发延迟。
（二）整改情况
针对以上问题，我局将在2024年上半年完成以下整改：一是督促各部门将专项应急预案全文公开；二是按照统一的行政处罚公示格式公开处罚信息；三是预警信息由“应急发布”公众号首发，其他账号同步转发。`,
    problems: [
      e('一是应急预案公开不全', 'incomplete-disclosure'),
      e('二是安全生产行政处罚', 'standardization'),
      e('三是政务新媒体发布的灾害预警', 'new-media', 'incomplete-disclosure'),
    ],
    improvements: [
      e('一是督促各部门', 'incomplete-disclosure'),
      e('二是按照统一的行政处罚', 'standardization'),
      e('三是预警信息由“应急发布”', 'new-media', 'incomplete-disclosure'),
    ],
  },
]
