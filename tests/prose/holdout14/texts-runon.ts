// Run-on: one long paragraph with the boundary inside a sentence, entries separated only by ；, one
// paragraph per entry, 首先/其次/此外/最后, a problem running on into a second sentence, problems only
// with a closing sentence. Invented bodies and wording, written blind; the answers were set before
// the extractor was run.
import { e, type Holdout14Case } from './entry'

export const RUN_ON: Holdout14Case[] = [
  {
    id: 'h14-run-paragraph-county-gov-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2024年我县政府信息公开工作虽有进步，但对照上级要求仍有差距，部分部门重大行政决策草案公开征求意见的时间不足规定的30日，有的乡镇和部门在县政府网站发布的信息格式五花八门、标题不规范，县政府网站的政策文件库收录不全、按主题分类查找困难，个别单位对依申请公开工作不够重视、答复拖延，针对这些问题，2025年我县将严格执行重大行政决策公开征求意见期限规定，同时制定全县政府网站信息发布规范、统一标题和格式要求，对政策文件库进行补录和重新分类，并将依申请公开办理情况纳入年度政务公开考核。`,
    problems: [
      e('部分部门重大行政决策草案公开征求意见', 'public-participation'),
      e('有的乡镇和部门在县政府网站发布的信息格式', 'standardization'),
      e('县政府网站的政策文件库收录不全', 'platform-stability', 'incomplete-disclosure'),
      e('个别单位对依申请公开工作不够重视', 'request-handling', 'awareness'),
    ],
    improvements: [
      e('严格执行重大行政决策公开征求意见期限规定', 'public-participation'),
      e('同时制定全县政府网站信息发布规范', 'standardization'),
      e('对政策文件库进行补录和重新分类', 'platform-stability', 'incomplete-disclosure'),
      e('将依申请公开办理情况纳入年度政务公开考核', 'request-handling', 'awareness'),
    ],
  },
  {
    id: 'h14-run-semicolons-yiliao-baozhang-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
医保定点医药机构的准入、退出信息公开不够及时，群众不清楚哪些机构可以刷卡；医保待遇政策调整后，窗口、热线和网站三方答复口径存在差异；局政务公众号信息推送以转载为主，原创内容少，阅读量低；部分经办人员对依申请公开与信访、咨询的区别掌握不清。下一步，我局将每月公开定点医药机构增减名单；统一窗口、热线和网站的答复口径，编印医保政策百问百答；提高公众号原创比例，每月策划不少于4期政策图解；对经办人员开展依申请公开专题轮训。`,
    problems: [
      e('医保定点医药机构的准入、退出信息公开', 'incomplete-disclosure'),
      e('医保待遇政策调整后', 'policy-interpretation'),
      e('局政务公众号信息推送以转载为主', 'new-media'),
      e('部分经办人员对依申请公开与信访', 'staff-capacity', 'request-handling'),
    ],
    improvements: [
      e('每月公开定点医药机构增减名单', 'incomplete-disclosure'),
      e('统一窗口、热线和网站的答复口径', 'policy-interpretation'),
      e('提高公众号原创比例', 'new-media'),
      e('对经办人员开展依申请公开专题轮训', 'staff-capacity', 'request-handling'),
    ],
  },
  {
    id: 'h14-run-shouxian-chengxiang-guihua-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
首先，控制性详细规划的批前公示时间较短，公示地点集中在局办公楼，规划涉及片区的居民看不到。其次，建设工程规划许可证核发信息在局网站和市政务服务网两处公开，两处信息不同步。此外，局网站“规划公示”栏目的附件图纸多为扫描件，放大后模糊，无法辨认。最后，局内规划编制、审批、公开各环节缺少统筹，谁来公开、何时公开没有明确分工。
下一步，我局将：首先，延长批前公示期至30日，在规划片区现场设置公示牌；其次，以市政务服务网为许可信息唯一发布源，局网站设置链接；此外，要求编制单位提供矢量格式图纸，确保放大后清晰可辨；最后，制定规划信息公开工作规则，明确各环节的责任科室和时限。`,
    problems: [
      e('首先，控制性详细规划的批前公示时间较短', 'incomplete-disclosure'),
      e('其次，建设工程规划许可证核发信息', 'duplicate-publishing'),
      e('此外，局网站“规划公示”栏目的附件图纸', 'platform-stability'),
      e('最后，局内规划编制、审批、公开各环节', 'other'),
    ],
    improvements: [
      e('首先，延长批前公示期至30日', 'incomplete-disclosure'),
      e('其次，以市政务服务网为许可信息唯一发布源', 'duplicate-publishing'),
      e('此外，要求编制单位提供矢量格式图纸', 'platform-stability'),
      e('最后，制定规划信息公开工作规则', 'other'),
    ],
  },
  {
    id: 'h14-run-second-sentence-tiyu-district-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
一是公共体育场馆免费和低收费开放信息公开不充分。不少场馆只在门口贴通知，开放时段、预约方式在网上查不到，市民白跑一趟的情况时有发生。二是体育赛事活动审批、安全保障等信息分散在各科室，对外口径不统一。三是局机关干部对政务公开工作认识不足，普遍认为体育部门信息不敏感、公开与否无关紧要。
下一步，我局将：一是在区体育局网站和“全民健身”小程序集中公布全区场馆开放时段和预约方式。二是由办公室统一对外发布赛事活动信息，各科室不再各自发布。三是在局党组会议上专题研究政务公开工作，把公开情况纳入科室年度考核。`,
    problems: [
      e('一是公共体育场馆免费和低收费开放信息', 'incomplete-disclosure'),
      e('二是体育赛事活动审批、安全保障等信息分散', 'duplicate-publishing'),
      e('三是局机关干部对政务公开工作认识不足', 'awareness'),
    ],
    improvements: [
      e('一是在区体育局网站和“全民健身”小程序', 'incomplete-disclosure'),
      e('二是由办公室统一对外发布赛事活动信息', 'duplicate-publishing'),
      e('三是在局党组会议上专题研究政务公开工作', 'awareness'),
    ],
  },
  {
    id: 'h14-run-problems-only-xiang-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2025年我乡政府信息公开工作还存在一些不足：一是乡政府网站信息发布不够及时，部分通知在活动结束后才上网；二是村务公开栏更换不及时，个别村公开内容停留在上半年；三是乡干部信息公开业务水平不高，对条例规定理解不深。我乡将高度重视上述问题，在今后的工作中认真加以解决。`,
    problems: [
      e('一是乡政府网站信息发布不够及时', 'incomplete-disclosure'),
      e('二是村务公开栏更换不及时', 'update-gap'),
      e('三是乡干部信息公开业务水平不高', 'staff-capacity'),
    ],
    improvements: [],
  },
]
