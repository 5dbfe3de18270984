// 开发区/高新区/度假区 管委会 and public bodies: 燃气, 职业学院, 医院, 疾控, 交易中心, 小学, 妇幼保健院.
// Invented wording, written blind; the answers were set before the extractor was run.
import { e, type Holdout11Case } from './entry'

export const ZONES_PUBLIC: Holdout11Case[] = [
  {
    id: 'h11-zone-jingkai-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2021年，我委政府信息公开工作还存在以下问题：
（一）管委会各局办信息公开工作发展不平衡，招商、规划建设等部门发布较多，社会事务等部门发布偏少。
（二）涉企政策兑现信息公开不够细，企业对申报条件、兑现进度了解不多。
（三）管委会网站与区政务服务网存在部分事项重复发布、内容不一致的情况。
针对以上问题，2022年我委将：
1.建立各局办月度发布情况通报制度。
2.编制涉企政策兑现清单，公开申报条件、流程和兑现结果，实行“免申即享”事项公开承诺。
3.理顺两个平台的发布分工，政务服务事项以政务服务网为准，管委会网站做链接引用。`,
    problems: [
      e('（一）管委会各局办', 'other'),
      e('（二）涉企政策兑现', 'incomplete-disclosure'),
      e('（三）管委会网站与区政务服务网', 'duplicate-publishing'),
    ],
    improvements: [
      e('1.建立各局办月度发布情况通报制度', 'other'),
      e('2.编制涉企政策兑现清单', 'incomplete-disclosure', 'standardization'),
      e('3.理顺两个平台的发布分工', 'duplicate-publishing'),
    ],
  },
  {
    id: 'h11-zone-gaoxin-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在问题
一是园区企业环境信息、安全生产信息公开覆盖面窄。二是管委会网站纳入市级集约化平台后，栏目迁移不完整，部分历史信息无法访问。三是依申请公开办理人员对“不予公开”情形的适用把握不准。
（二）改进措施
一是督促园区重点企业依法公开环境信息，管委会网站开设“园区安全”专栏。二是与市级平台运维方对接，补迁历史信息，修复失效页面。三是组织依申请公开案例研讨，邀请司法局专家授课。`,
    problems: [
      e('一是园区企业环境信息', 'incomplete-disclosure'),
      e('二是管委会网站纳入', 'platform-stability'),
      e('三是依申请公开办理人员', 'request-handling', 'staff-capacity'),
    ],
    improvements: [
      e('一是督促园区重点企业', 'incomplete-disclosure'),
      e('二是与市级平台运维方', 'platform-stability'),
      e('三是组织依申请公开案例研讨', 'request-handling', 'staff-capacity'),
    ],
  },
  {
    id: 'h11-public-ranqi-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我公司作为公用事业单位，信息公开工作起步较晚，主要问题是：服务指南、收费标准等信息分散在营业厅、公众号和官网，几个版本不统一；网上营业厅时常无法登录，用户查不到报装、维修进度；信息公开工作由客服部兼管，没有形成制度。
改进措施如下：
一、统一对外公开的服务信息版本，由公司办公室定期核对各渠道内容。
二、完成网上营业厅系统升级，解决登录故障，提供报装维修进度在线查询。
三、制定《公司信息公开管理办法》，明确各部门职责。`,
    problems: [
      e('服务指南、收费标准', 'duplicate-publishing'),
      e('网上营业厅时常无法登录', 'platform-stability'),
      e('信息公开工作由客服部兼管', 'other'),
    ],
    improvements: [
      e('一、统一对外公开的服务信息版本', 'duplicate-publishing'),
      e('二、完成网上营业厅系统升级', 'platform-stability'),
      e('三、制定《公司信息公开管理办法》', 'other'),
    ],
  },
  {
    id: 'h11-school-zhiyuan-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
学院信息公开工作存在的主要问题：
1.信息公开网部分栏目，如“财务、资产及收费”“学生管理服务”，内容长时间没有更新，个别信息仍为三年前发布。
2.招生就业、收费退费等师生关注度高的事项，公开后解答不够，咨询集中时回应慢。
3.二级学院信息公开意识薄弱，认为公开是学院办公室的事。
2024年学院将着重做好以下工作：
1.全面梳理信息公开清单所列事项，对过期栏目逐项更新。
2.在招生、收费等关键节点发布政策问答，开通咨询专线。
3.将信息公开工作纳入二级学院年度考核。`,
    problems: [
      e('1.信息公开网部分栏目', 'update-gap'),
      e('2.招生就业、收费退费', 'policy-interpretation'),
      e('3.二级学院信息公开意识薄弱', 'awareness'),
    ],
    improvements: [
      e('1.全面梳理信息公开清单', 'update-gap'),
      e('2.在招生、收费等关键节点', 'policy-interpretation'),
      e('3.将信息公开工作纳入二级学院', 'awareness'),
    ],
  },
  {
    id: 'h11-hospital-renmin-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
医院信息公开工作仍存在不足：1）医疗服务价格、药品价格公示更新滞后于调价；2）患者对院务公开栏关注少，作用发挥有限；3）院内各科室信息报送积极性不高。
下一步改进：1）价格调整后3个工作日内更新公示；2）在门诊大厅设置院务公开查询点，安排导医引导患者查阅；3）把信息报送情况纳入科室绩效考核。`,
    problems: [
      e('1）医疗服务价格', 'update-gap'),
      e('2）患者对院务公开栏', 'reading-room-underused'),
      e('3）院内各科室', 'awareness'),
    ],
    improvements: [
      e('1）价格调整后', 'update-gap'),
      e('2）在门诊大厅设置', 'reading-room-underused'),
      e('3）把信息报送情况纳入', 'awareness'),
    ],
  },
  {
    id: 'h11-public-jikong-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
本中心信息公开工作与人民群众对公共卫生信息的需求相比还有一定差距，主要体现在：一是传染病疫情、健康风险提示等信息发布的及时性和通俗性有待提高，部分信息专业术语多，群众读起来费劲；二是健康科普类信息在中心网站、公众号、短视频平台分别编发，同一主题内容口径不一；三是中心从事信息公开的人员均为兼职，缺乏新闻宣传和法律方面的专业背景。
2025年，中心将：（一）建立疫情信息和健康风险提示定期发布制度，配发通俗版解读；（二）健全科普信息“一次审核、统一发布”机制，各平台统一口径；（三）选派人员参加政务公开和新闻发布培训，逐步建立专兼结合的队伍。`,
    problems: [
      e('一是传染病疫情', 'incomplete-disclosure', 'policy-interpretation'),
      e('二是健康科普类信息', 'duplicate-publishing'),
      e('三是中心从事信息公开的人员', 'staff-capacity'),
    ],
    improvements: [
      e('（一）建立疫情信息', 'incomplete-disclosure', 'policy-interpretation'),
      e('（二）健全科普信息', 'duplicate-publishing'),
      e('（三）选派人员参加', 'staff-capacity'),
    ],
  },
  {
    id: 'h11-zone-dujiaqu-2020',
    text: `五、存在的主要问题及改进情况
2020年，度假区政府信息公开工作存在的问题主要有：公开栏目设置与上级要求不完全对应；景区门票价格、游客承载量等涉旅信息发布不够主动；新闻发言人制度未建立，对游客投诉热点回应慢。
下一步，我委将按照标准目录调整栏目设置；在旅游旺季前主动发布票价、限流和交通管制信息；建立新闻发言人制度，对游客关注的热点问题第一时间回应。`,
    problems: [
      e('公开栏目设置与上级要求', 'standardization'),
      e('景区门票价格', 'incomplete-disclosure'),
      e('新闻发言人制度未建立', 'policy-interpretation'),
    ],
    improvements: [
      e('按照标准目录调整栏目设置', 'standardization'),
      e('在旅游旺季前', 'incomplete-disclosure'),
      e('建立新闻发言人制度', 'policy-interpretation'),
    ],
  },
  {
    id: 'h11-public-jiaoyizhongxin-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）主要问题
1.交易平台系统在开标高峰时段偶发卡顿，投标人反映登录慢、文件上传失败。
2.部分交易项目的中标结果公示要素不全，未公开评标委员会成员名单。
3.交易信息在中心网站和省公共资源交易平台各发一次，时有不一致。
（二）改进情况
1.已完成交易系统服务器扩容，开标高峰时段运行平稳，下一步将开展压力测试。
2.对照公示要素清单逐项核对后再发布。
3.交易信息统一由省平台推送，中心网站只做同步展示。`,
    problems: [
      e('1.交易平台系统', 'platform-stability'),
      e('2.部分交易项目的中标结果', 'standardization'),
      e('3.交易信息在中心网站', 'duplicate-publishing'),
    ],
    improvements: [
      e('1.已完成交易系统服务器扩容', 'platform-stability'),
      e('2.对照公示要素清单', 'standardization'),
      e('3.交易信息统一由省平台推送', 'duplicate-publishing'),
    ],
  },
  {
    id: 'h11-school-shiyan-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
问题：校务公开形式单一，家长参与学校管理的渠道少。
措施：利用家长群、校园网站多渠道公开校务；发挥家长委员会作用，重大事项听取家长意见。`,
    problems: [
      e('校务公开形式单一', 'incomplete-disclosure'),
      e('家长参与学校管理', 'public-participation'),
    ],
    improvements: [
      e('利用家长群', 'incomplete-disclosure'),
      e('发挥家长委员会作用', 'public-participation'),
    ],
  },
  {
    id: 'h11-hospital-fuyou-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
一是院务公开内容偏重医院动态，收费项目、医保政策等患者关心的信息较少。
二是个别科室在医院公众号发布健康宣教文章时未经审核，存在表述不严谨的情况。
（二）上年度问题整改情况
上年度提出的“信息公开栏目维护跟不上”问题，已明确宣传科专人维护，现各栏目均按月更新；“职工培训不足”问题，已组织全院信息公开培训1次。
（三）改进措施
一是增加收费标准、医保报销政策和就医流程等信息的公开，在门诊大厅滚动播放。
二是执行院内宣传稿件“科室初审、宣传科复审、分管院领导终审”的三级审核。`,
    problems: [
      e('一是院务公开内容偏重', 'incomplete-disclosure'),
      e('二是个别科室在医院公众号', 'new-media'),
    ],
    improvements: [
      e('一是增加收费标准', 'incomplete-disclosure'),
      e('二是执行院内宣传稿件', 'other'),
    ],
    priorDone: 2,
  },
]
