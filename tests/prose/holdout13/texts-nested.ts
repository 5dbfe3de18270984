// Nested lists: ①② inside numbered problems, (1)(2) inside 一是 measures, 一是/二是 inside （一）（二）,
// a problem with a sub-list of three symptoms, measures with 1) 2), numbering restarting, four
// measures for three problems. Invented bodies and wording, written blind; the answers were set before
// the extractor was run.
import { e, type Holdout13Case } from './entry'

export const NESTED: Holdout13Case[] = [
  {
    id: 'h13-nest-circled-in-numbers-gonglu-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
1.重点领域信息公开存在短板：①公路养护工程的招投标结果公开不完整；②超限超载运输行政处罚信息只公开了处罚决定书编号，未公开违法事实。
2.政务公开与政务服务融合不够：①办事指南中部分事项的材料清单与窗口收件要求不符；②网上办事入口分散在三个系统。
3.公开工作队伍建设薄弱，部分科室信息员对公开属性审查把关不严。
（二）改进措施
1.完善重点领域公开内容：①招投标结果按标段完整公开中标人、中标价和评标委员会名单；②行政处罚信息按规定公开违法事实、处罚依据和处罚结果。
2.推进公开与服务融合：①组织窗口和业务科室逐项核对办事指南；②将三个办事入口整合为一个。
3.开展信息员轮训，建立信息发布前“科室初审、办公室复审”机制。`,
    problems: [
      e('1.重点领域信息公开存在短板', 'incomplete-disclosure'),
      e('2.政务公开与政务服务融合不够', 'standardization', 'platform-stability'),
      e('3.公开工作队伍建设薄弱', 'staff-capacity'),
    ],
    improvements: [
      e('1.完善重点领域公开内容', 'incomplete-disclosure'),
      e('2.推进公开与服务融合', 'standardization', 'platform-stability'),
      e('3.开展信息员轮训', 'staff-capacity'),
    ],
  },
  {
    id: 'h13-nest-parens-in-yishi-shuili-county-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2022年，我局政府信息公开工作中存在以下问题：一是水利工程项目信息公开不够全面，项目资金使用、质量检测等信息公开较少；二是防汛抗旱信息发布渠道单一，主要依靠局网站；三是政务公开工作力量不足，仅有一名兼职人员。
2023年，我局将从以下方面着手整改：一是完善项目信息公开，具体包括（1）在项目公示牌上公开资金来源和施工、监理单位；（2）项目竣工验收后公开质量检测结论。二是拓宽防汛信息发布渠道，（1）与县融媒体中心合作，通过电视、广播滚动发布汛情；（2）通过村村响、短信平台推送预警信息。三是增配一名政务公开工作人员，并安排参加市局组织的业务培训。`,
    problems: [
      e('一是水利工程项目信息公开不够全面', 'incomplete-disclosure'),
      e('二是防汛抗旱信息发布渠道单一', 'incomplete-disclosure'),
      e('三是政务公开工作力量不足', 'staff-capacity'),
    ],
    improvements: [
      e('一是完善项目信息公开', 'incomplete-disclosure'),
      e('二是拓宽防汛信息发布渠道', 'incomplete-disclosure'),
      e('三是增配一名政务公开工作人员', 'staff-capacity'),
    ],
  },
  {
    id: 'h13-nest-yishi-in-subheads-city-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在问题
一是部分部门发布的政策文件未同步发布解读材料，解读与文件“一前一后”；二是市政府网站“政府信息公开”栏目中部分部门的年度报告、财政预决算缺失；三是公众参与重大行政决策的渠道仍不够畅通，意见征集时间短，采纳情况不反馈。
（二）改进措施
一是严格落实解读材料与政策文件同步组织、同步审签、同步发布制度；二是开展全市政府信息公开栏目专项检查，督促缺失信息限期补齐；三是规范重大行政决策意见征集工作，征集期一般不少于30日，并公开意见采纳情况；四是加强对县区和部门的培训指导，提升工作人员业务能力。`,
    problems: [
      e('一是部分部门发布的政策文件未同步发布解读材料', 'policy-interpretation'),
      e('二是市政府网站“政府信息公开”栏目中', 'update-gap', 'incomplete-disclosure'),
      e('三是公众参与重大行政决策的渠道', 'public-participation'),
    ],
    improvements: [
      e('一是严格落实解读材料与政策文件', 'policy-interpretation'),
      e('二是开展全市政府信息公开栏目专项检查', 'update-gap', 'incomplete-disclosure'),
      e('三是规范重大行政决策意见征集工作', 'public-participation'),
      e('四是加强对县区和部门的培训指导', 'staff-capacity'),
    ],
  },
  {
    id: 'h13-nest-symptoms-fangguan-city-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
1.住房保障信息公开不规范，主要表现在：（1）公租房分配结果公示内容不统一，有的公示了家庭人口，有的没有；（2）保障对象资格审核结果只在社区公示，网上查不到；（3）公示中个别保障对象的身份证号码未作隐藏处理。
2.局网站的“建筑市场”栏目和市公共资源交易网同时刊登同一批招投标信息。
3.对物业管理、房屋维修资金使用等群众关心问题的回应不够。
（二）改进措施
1.统一公租房分配和资格审核结果公示格式，同步在网上公示，严格个人信息保护。
2.招投标信息统一在市公共资源交易网发布，局网站撤销“建筑市场”栏目中的重复内容。
3.在局网站开设“物业服务问答”专栏，定期公开维修资金使用情况。`,
    problems: [
      e('1.住房保障信息公开不规范', 'standardization', 'incomplete-disclosure'),
      e('2.局网站的“建筑市场”栏目', 'duplicate-publishing'),
      e('3.对物业管理、房屋维修资金使用', 'policy-interpretation'),
    ],
    improvements: [
      e('1.统一公租房分配和资格审核结果公示格式', 'standardization', 'incomplete-disclosure'),
      e('2.招投标信息统一在市公共资源交易网发布', 'duplicate-publishing'),
      e('3.在局网站开设“物业服务问答”专栏', 'policy-interpretation', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h13-nest-half-paren-shangwu-city-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
存在问题：
1) 外贸、外资扶持政策兑现结果公开不及时，企业无法及时了解资金拨付进度;
2) 局网站“通知公告”与“政策文件”两个栏目内容交叉，同一文件在两处发布;
3) 局政务新媒体对企业咨询答复不够专业，多次被企业投诉.
改进措施：
1) 扶持资金拨付后10个工作日内公开兑现结果;
2) 梳理网站栏目，明确各栏目发布范围，杜绝交叉发布;
3) 新媒体咨询由业务科室审核后答复，并组织运维人员业务学习.`,
    problems: [
      e('1) 外贸、外资扶持政策兑现结果', 'incomplete-disclosure'),
      e('2) 局网站“通知公告”与“政策文件”', 'duplicate-publishing'),
      e('3) 局政务新媒体对企业咨询答复', 'new-media', 'public-participation'),
    ],
    improvements: [
      e('1) 扶持资金拨付后10个工作日内公开', 'incomplete-disclosure'),
      e('2) 梳理网站栏目，明确各栏目发布范围', 'duplicate-publishing'),
      e('3) 新媒体咨询由业务科室审核后答复', 'new-media', 'public-participation'),
    ],
  },
  {
    id: 'h13-nest-restart-numbers-jiedao-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
一、本年度存在的问题
1、街道政务公开工作发展不平衡，各社区工作质量差异较大，个别社区公开栏长期未换。
2、政务公开意见箱设置后无人开启，群众投递的意见没有得到处理。
3、街道政务公开工作人员缺乏系统培训。
二、下一步改进措施
1、每季度对各社区公开工作进行检查，结果在街道通报。
2、明确专人每周开启意见箱，对群众意见建议登记办理并反馈。
3、参加区政务公开办组织的业务培训，年内实现街道公开工作人员培训全覆盖。`,
    problems: [
      e('1、街道政务公开工作发展不平衡', 'other'),
      e('2、政务公开意见箱设置后无人开启', 'public-participation'),
      e('3、街道政务公开工作人员缺乏系统培训', 'staff-capacity'),
    ],
    improvements: [
      e('1、每季度对各社区公开工作进行检查', 'other'),
      e('2、明确专人每周开启意见箱', 'public-participation'),
      e('3、参加区政务公开办组织的业务培训', 'staff-capacity'),
    ],
  },
  {
    id: 'h13-nest-four-for-three-guozi-2020',
    text: `五、存在的主要问题及改进情况
一是监管企业信息公开工作进展不一，部分企业尚未建立信息公开制度；二是国有资产监管政策解读不够，社会对国企改革的理解存在偏差；三是委网站“国资监管”栏目信息更新迟缓。
下一步，我委将：一是出台监管企业信息公开工作指引，督促企业建立信息公开制度；二是对重要改革政策开展在线访谈和专家解读；三是落实栏目维护责任，每月至少更新两次；四是将企业信息公开工作纳入企业负责人经营业绩考核。`,
    problems: [
      e('一是监管企业信息公开工作进展不一', 'other'),
      e('二是国有资产监管政策解读不够', 'policy-interpretation'),
      e('三是委网站“国资监管”栏目信息更新迟缓', 'update-gap'),
    ],
    improvements: [
      e('一是出台监管企业信息公开工作指引', 'other'),
      e('二是对重要改革政策开展在线访谈和专家解读', 'policy-interpretation'),
      e('三是落实栏目维护责任', 'update-gap'),
      e('四是将企业信息公开工作纳入企业负责人经营业绩考核', 'awareness'),
    ],
  },
  {
    id: 'h13-nest-wenda-sub-jinrongfuwu-county-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
一是防范非法集资宣传的针对性不强。宣传材料多为法条罗列，以案释法的内容少，老年群体不易理解。
二是地方金融组织监管信息公开不完整，小额贷款公司、融资担保公司的名单和监管评级结果未向社会公开。
（二）改进情况
一是组织编写防范非法集资以案释法读本，内容包括：①典型案例剖析；②常见骗局识别；③举报渠道和奖励办法。
二是定期公开地方金融组织名单和监管评级结果，接受社会监督。
三是开展“金融知识进社区”活动，现场解答群众咨询。`,
    problems: [
      e('一是防范非法集资宣传的针对性不强', 'policy-interpretation'),
      e('二是地方金融组织监管信息公开不完整', 'incomplete-disclosure'),
    ],
    improvements: [
      e('一是组织编写防范非法集资以案释法读本', 'policy-interpretation'),
      e('二是定期公开地方金融组织名单', 'incomplete-disclosure'),
      e('三是开展“金融知识进社区”活动', 'policy-interpretation', 'public-participation'),
    ],
  },
]
