// Texts as copies hand them over: a pdftotext table, a Markdown table, half-width punctuation, PDF
// line breaks and a page footer inside the lists, OCR spaces between characters, measures without
// markers, last year's fixes in their own block or sentence (see README.md).
import { e, type Holdout9Case } from './entry'

export const ROUGH: readonly Holdout9Case[] = [
  {
    id: 'h9-rough-lanchuan-wenlv-2023',
    text: `五、存在的主要问题及改进情况
序号   存在问题                          整改措施                           完成时限
1      部分科室对政务公开工作不够重视，   将政务公开工作纳入科室年度           2024年6月
       信息报送拖拉                       考核，每月通报报送情况
2      网站“通知公告”栏目存在断档，       明确栏目责任人，每周至少更新         长期坚持
       2023年下半年未发布内容             一次
3      政策解读以文字为主                 增加图解、视频解读比例               2024年12月`,
    problems: [e('部分科室对政务公开工作', 'awareness'), e('网站“通知公告”栏目', 'update-gap'), e('政策解读以文字为主', 'policy-interpretation')],
    improvements: [e('将政务公开工作纳入科室', 'awareness'), e('明确栏目责任人', 'update-gap'), e('增加图解、视频解读', 'policy-interpretation')],
  },
  {
    id: 'h9-rough-cangya-chengguan-2022',
    text: `五、存在的主要问题及改进情况
| 序号 | 问题 | 改进措施 |
| --- | --- | --- |
| 1 | 城市管理执法信息公开不够及时，执法结果公示滞后 | 执法决定作出后7个工作日内在局网站公示 |
| 2 | 占道经营、渣土运输等群众投诉较多的事项，回应不够主动 | 每月梳理12345热线投诉热点，在局网站集中回应 |
| 3 | 局机关新媒体账号与各中队账号内容雷同 | 整合各中队账号，统一由局机关账号发布 |`,
    problems: [e('城市管理执法信息公开', 'incomplete-disclosure'), e('占道经营、渣土运输', 'policy-interpretation'), e('局机关新媒体账号', 'new-media', 'duplicate-publishing')],
    improvements: [e('执法决定作出后', 'incomplete-disclosure'), e('每月梳理12345', 'policy-interpretation'), e('整合各中队账号', 'new-media', 'duplicate-publishing')],
  },
  {
    id: 'h9-rough-fengyuan-linye-2020',
    text: `五、存在的主要问题及改进情况
1.政府信息公开工作重视程度有待进一步提高,个别股室认为林业工作专业性强,公开与否影响不大.2.林木采伐许可、林地征占用审批等信息公开不够及时,群众查询不便.3.森林防火期间,火险等级预警信息发布渠道单一,山区群众接收不到.
下一步,我局将:1.加强学习,提高对政府信息公开工作的重视;2.及时公开林木采伐许可、林地征占用审批结果;3.通过村广播、短信等方式发布森林火险预警信息.`,
    problems: [e('1.政府信息公开工作重视程度', 'awareness'), e('2.林木采伐许可', 'incomplete-disclosure'), e('3.森林防火期间', 'incomplete-disclosure')],
    improvements: [e('1.加强学习', 'awareness'), e('2.及时公开林木采伐许可', 'incomplete-disclosure'), e('3.通过村广播', 'incomplete-disclosure')],
  },
  {
    id: 'h9-rough-songyan-shuili-2023',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题。一是水利工程建设项目信息公开还不够完整，部分项目的招标、合同履约、质量安全监
督等环节信息未公开；二是防汛抗旱信息发布时效性不强，雨情水情信息主要在内部传递，对社会公开
较少；三是局机关政务公开工作人员调整后，
新任人员尚未参加系统培训。
第 6 页 共 8 页
（二）改进措施。一是按照水利工程建设项目信息公开要求，全流程公开项目信息；二是汛期通过局网站和“松岩水利”公众号每日发布雨情水情信息；三是尽快组织新任工作人员参加业务培训。`,
    problems: [e('一是水利工程建设项目', 'incomplete-disclosure'), e('二是防汛抗旱', 'incomplete-disclosure'), e('三是局机关政务公开工作人员', 'staff-capacity')],
    improvements: [e('一是按照水利工程', 'incomplete-disclosure'), e('二是汛期通过局网站', 'incomplete-disclosure'), e('三是尽快组织新任', 'staff-capacity')],
  },
  {
    id: 'h9-rough-wangshu-shenpi-2021',
    text: `五、存在的主要问题及改进情况
一 是 政务服务事项办事指南与实际办理要求存在不一致的情况 ， 部分指南中的申请材料已经取消但未及时删除 ； 二 是 “一网通办”平台与部门自建业务系统数据不通 ， 群众需要重复提交材料 ； 三 是 审批结果公开不及时 ， 部分审批结果未在平台公示 。
下 一 步 ， 我局将 ： 一 是 开展办事指南 “ 回头看 ” ， 逐项核对更新 ； 二 是 推进 平 台 与 业务系统对接 ， 实现数据共享 ； 三 是 审批办结后 5 个工作日内公开审批结果 。`,
    problems: [e('一是政务服务事项办事指南', 'update-gap'), e('二是“一网通办”平台', 'platform-stability'), e('三是审批结果公开', 'incomplete-disclosure')],
    improvements: [e('一是开展办事指南', 'update-gap'), e('二是推进平台与业务系统', 'platform-stability'), e('三是审批办结后', 'incomplete-disclosure')],
  },
  {
    id: 'h9-rough-lanxi-fagai-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）2024年度存在问题的整改情况
1.关于“价格信息公开不及时”的问题。已建立重要民生商品价格监测信息周发布制度，全年发布价格监测信息52期。
2.关于“重大项目信息公开不全”的问题。已在委网站开设重大项目专栏，公开批准、实施信息230余条。
3.关于“政策解读形式单一”的问题。已制作图解、短视频解读15件。
（二）2025年度存在的主要问题
1.部分行政规范性文件公开后未及时清理，已失效文件仍在“政策文件”栏目中未作标注。
2.对企业和群众咨询的政策问题，委内各科室答复口径不一。
3.政府信息公开申请答复过程中，对涉及商业秘密的第三方意见征询程序执行不严格。
（三）2026年工作打算
1.开展规范性文件集中清理，对失效、废止文件逐件标注。
2.建立政策咨询答复口径统一审核机制。
3.严格执行第三方意见征询程序，防范法律风险。
4.加强全委干部政务公开业务培训。`,
    problems: [e('1.部分行政规范性文件', 'update-gap'), e('2.对企业和群众咨询', 'policy-interpretation'), e('3.政府信息公开申请答复过程中', 'request-handling')],
    improvements: [e('1.开展规范性文件', 'update-gap'), e('2.建立政策咨询答复', 'policy-interpretation'), e('3.严格执行第三方', 'request-handling'), e('4.加强全委干部', 'staff-capacity')],
    priorDone: 3,
  },
  {
    id: 'h9-rough-tongxi-shangwu-2021',
    text: `五、存在的主要问题及改进情况
存在的主要问题：
一是商务领域信息公开覆盖面不够，外贸、电商、家政服务等行业的扶持政策和申报信息发布不集中，企业找不到；
二是政务公开工作与业务工作“两张皮”，业务科室主动提供公开信息的意识不强。
整改情况：
一是在局网站开设“惠企政策”专区，集中发布各类扶持政策和申报通知；
二是明确各业务科室为信息公开的责任主体，实行“谁制作、谁公开”。`,
    problems: [e('一是商务领域信息公开', 'incomplete-disclosure'), e('二是政务公开工作与业务工作', 'awareness')],
    improvements: [e('一是在局网站开设', 'incomplete-disclosure'), e('二是明确各业务科室', 'other')],
  },
  {
    id: 'h9-rough-jizhou-jiguanshiwu-2023',
    text: `五、存在的主要问题及改进情况
2023年我局政务公开工作存在的问题主要是：公共机构节能、公务用车管理等信息公开较少；局网站栏目设置与局现行职能不匹配，“三定”调整后新增的职能未设置相应栏目；政务公开工作人员身兼数职，难以投入足够精力。针对上述问题，我局将在2024年逐项抓好整改：一是加大公共机构节能、公务用车管理等信息的公开力度；二是按照新的职能调整网站栏目设置；三是调整充实政务公开工作力量。`,
    problems: [e('公共机构节能', 'incomplete-disclosure'), e('局网站栏目设置与局现行职能', 'standardization'), e('政务公开工作人员身兼数职', 'staff-capacity')],
    improvements: [e('一是加大公共机构节能', 'incomplete-disclosure'), e('二是按照新的职能', 'standardization'), e('三是调整充实', 'staff-capacity')],
  },
  {
    id: 'h9-rough-liyuan-dangan-2022',
    text: `五、存在的主要问题及改进情况
本年度我馆政府信息公开工作还存在一些问题：档案开放审核进度慢，到期档案开放数量少；馆内档案查阅室设施陈旧，利用档案的群众不多；工作人员对《条例》与《档案法》衔接适用把握不准，在处理档案查阅申请时存在将档案利用与信息公开申请混同的情况。下步，我馆将加快到期档案开放审核工作，改善查阅室条件并开展档案开放宣传，组织业务人员学习《条例》和《档案法》相关规定，规范申请处理流程。`,
    problems: [e('档案开放审核进度慢', 'incomplete-disclosure'), e('馆内档案查阅室', 'reading-room-underused'), e('工作人员对《条例》', 'staff-capacity', 'request-handling')],
    improvements: [e('加快到期档案开放', 'incomplete-disclosure'), e('改善查阅室条件', 'reading-room-underused'), e('组织业务人员学习', 'staff-capacity', 'request-handling')],
  },
  {
    id: 'h9-rough-hongan-fupin-2020',
    text: `五、存在的主要问题及改进情况
首先是扶贫项目资金公告公示不够规范，有的村公示时间不足10天，公示内容缺少资金来源；其次是扶贫政策宣传解读还不够深入，部分贫困户对产业奖补、教育资助等政策知晓不全；第三是县扶贫办网站扶贫专栏部分内容
—6—
停留在2019年。
2021年，我办将一要严格执行扶贫项目资金公告公示制度，统一公示格式和时限；二要组织驻村工作队入户开展政策宣讲；三要安排专人负责扶贫专栏日常维护。`,
    problems: [e('首先是扶贫项目资金', 'standardization', 'incomplete-disclosure'), e('其次是扶贫政策宣传解读', 'policy-interpretation'), e('第三是县扶贫办网站', 'update-gap')],
    improvements: [e('一要严格执行扶贫项目', 'standardization'), e('二要组织驻村工作队', 'policy-interpretation'), e('三要安排专人负责', 'update-gap')],
  },
  {
    id: 'h9-rough-qinglan-shuju-2025',
    text: `五、存在的主要问题及改进情况
（一）公共数据开放的广度和质量有待提升。市公共数据开放平台上开放的数据集以静态统计数据为主，部分数据集格式混乱、字段缺少说明，社会利用率低。
（二）政务服务“好差评”结果公开不充分。差评整改情况未向社会公开，群众对差评是否得到处理无从知晓。
（三）政务公开与政务服务融合不深。市民中心政务公开专区与综合窗口各自运行，专区的咨询、查阅功能作用有限。
下一步，我局将重点抓好以下几项工作：
（一）制定公共数据开放目录和数据质量规范，逐步扩大交通、医疗、企业登记等高价值数据集开放。
（二）按月公开“好差评”数据和差评整改情况。
（三）推动政务公开专区与综合窗口融合设置，由窗口人员兼任公开专区咨询员。`,
    problems: [e('（一）公共数据开放的广度', 'incomplete-disclosure'), e('（二）政务服务“好差评”', 'incomplete-disclosure'), e('（三）政务公开与政务服务融合', 'reading-room-underused')],
    improvements: [e('（一）制定公共数据开放目录', 'standardization', 'incomplete-disclosure'), e('（二）按月公开“好差评”', 'incomplete-disclosure'), e('（三）推动政务公开专区', 'reading-room-underused')],
  },
  {
    id: 'h9-rough-lanchuan-tiyu-2021',
    text: `五、存在的主要问题及改进情况
上年度报告中提到的“公共体育设施开放信息公开不足”问题，已通过在局网站开设“全民健身地图”专栏得到解决。本年度仍存在以下问题：体育赛事活动审批、备案信息公开不及时，针对这一问题，我局将在赛事审批完成后即时公开；体育彩票公益金使用情况公开只有总数，没有具体项目，今后将按项目公开公益金使用情况；局里懂政务公开业务的人员少，下一步将通过“以干代训”方式培养业务骨干。`,
    problems: [e('体育赛事活动审批', 'incomplete-disclosure'), e('体育彩票公益金', 'incomplete-disclosure'), e('局里懂政务公开业务', 'staff-capacity')],
    improvements: [e('在赛事审批完成后', 'incomplete-disclosure'), e('按项目公开公益金', 'incomplete-disclosure'), e('通过“以干代训”', 'staff-capacity')],
    priorDone: 1,
  },
]
