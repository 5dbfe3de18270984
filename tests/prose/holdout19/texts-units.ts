// Holdout 19: schools, hospitals, public enterprises and public institutions (事业单位).
import { e, type Holdout19Case } from './entry'

export const UNITS: Holdout19Case[] = [
  {
    id: 'h19-u01-county-high-school-2023',
    text: `五、存在的主要问题及改进情况
一是学校信息公开网页“招生信息”“校务动态”栏目长时间未更新，停留在上一学年。二是家长参与学校管理的渠道有限，家委会作用发挥不明显。三是负责信息公开的老师由教务处干事兼任，日常教学任务重。
下一步，学校将：一是建立栏目定期维护制度，每月至少更新一次“校务动态”，每学期开学前更新招生信息；二是完善家长委员会工作制度，每学期召开家长开放日，听取家长意见；三是调整工作分工，减轻信息公开兼职老师的教学工作量。`,
    problems: [
      e('一是学校信息公开网页', 'update-gap'),
      e('二是家长参与学校管理', 'public-participation'),
      e('三是负责信息公开的老师', 'staff-capacity'),
    ],
    improvements: [
      e('一是建立栏目定期维护制度', 'update-gap'),
      e('二是完善家长委员会', 'public-participation'),
      e('三是调整工作分工', 'staff-capacity'),
    ],
  },
  {
    id: 'h19-u02-city-peoples-hospital-2024',
    text: `五、存在的主要问题及改进情况
（一）存在问题
1.医疗服务价格和药品价格公示不够完整，门诊大厅电子屏只显示部分常用药品价格，医用耗材价格未公示。
2.医院官网与“健康云溪”公众号发布的就诊须知存在差异，患者按公众号信息前来就诊时发现流程已变更。
3.患者对医院公开信息的意见反馈渠道单一，仅有纸质意见箱，且回复不及时。
4.各科室对院务公开工作重视不一，个别科室主任认为公开是行政部门的事。
（二）改进措施
1.全面公示医疗服务项目、药品和医用耗材价格，实行价格变动提前公示。
2.明确官网为信息发布主渠道，公众号内容由官网同步推送，杜绝“两个版本”。
3.开通网上意见反馈平台，实行意见办理限时回复。
4.召开院务公开专题会议，院长亲自部署，强化各科室负责人的公开意识。`,
    problems: [
      e('1.医疗服务价格和药品价格', 'incomplete-disclosure'),
      e('2.医院官网与“健康云溪”', 'duplicate-publishing'),
      e('3.患者对医院公开信息', 'public-participation'),
      e('4.各科室对院务公开工作', 'awareness'),
    ],
    improvements: [
      e('1.全面公示医疗服务项目', 'incomplete-disclosure'),
      e('2.明确官网为信息发布主渠道', 'duplicate-publishing'),
      e('3.开通网上意见反馈平台', 'public-participation'),
      e('4.召开院务公开专题会议', 'awareness'),
    ],
  },
  {
    id: 'h19-u03-city-construction-investment-group-2022',
    text: `五、存在的主要问题及改进情况
公司信息公开工作还存在一些不足：
1.信息公开工作起步较晚，公司主动公开目录尚未建立，哪些信息应当公开、公开到什么程度还不够清晰。
2.公司网站“信息公开”栏目中重大投资项目信息长期未更新，有的项目竣工后仍显
示“在建”。
3.对国企信息公开的认识有偏差，部分管理人员认为企业经营信息属于商业秘密，不宜公开。
改进措施：
1.参照国有企业信息公开有关规定，编制公司信息公开事项目录，明确公开内容和程序。
2.落实重大事项动态公开要求，项目状态发生变化后及时更新栏目内容。
3.通过党委理论学习中心组学习，引导管理人员树立“公开是常态”的理念。`,
    problems: [
      e('1.信息公开工作起步较晚', 'standardization'),
      e('2.公司网站“信息公开”栏目', 'update-gap'),
      e('3.对国企信息公开的认识有偏差', 'awareness'),
    ],
    improvements: [
      e('1.参照国有企业信息公开', 'standardization'),
      e('2.落实重大事项动态公开', 'update-gap'),
      e('3.通过党委理论学习中心组', 'awareness'),
    ],
  },
  {
    id: 'h19-u04-county-cdc-2021',
    text: `五、存在的主要问题及改进情况
１．疫情防控信息发布的时效性有待提升，个别流调信息在次日才对外发布。
２．疫苗接种、传染病防治等科普解读形式单一，以文字通告为主。
３．中心网站与县政府门户网站的信息公开专栏数据对接不顺畅，部分信息需手工二次录入，容易出错。
４．中心公开工作没有纳入年度目标考核，督查问责措施缺乏。
下一步，我中心将从以下方面改进：
１．优化疫情信息发布流程，压缩审核时限，确保信息当日发布。
２．采用动画、图解、专家访谈等多种形式开展科普和政策解读。
３．协调技术部门完善数据接口，实现信息一次录入、多端发布。
４．将信息公开工作纳入中心年度目标考核。`,
    problems: [
      e('１．疫情防控信息发布', 'incomplete-disclosure'),
      e('２．疫苗接种', 'policy-interpretation'),
      e('３．中心网站与县政府门户网站', 'platform-stability'),
      e('４．中心公开工作没有纳入', 'other'),
    ],
    improvements: [
      e('１．优化疫情信息发布流程', 'incomplete-disclosure'),
      e('２．采用动画、图解', 'policy-interpretation'),
      e('３．协调技术部门', 'platform-stability'),
      e('４．将信息公开工作纳入', 'other'),
    ],
  },
  {
    id: 'h19-u05-district-primary-school-2022',
    text: `五、存在的主要问题及改进情况
我校信息公开工作存在的不足：公开内容以学校新闻为主，招生划片、课后服务收费等家长关心的信息公开不够及时；教职工对信息公开工作了解不多，没有接受过系统培训；学校公众号推文审核把关不严，曾出现错别字和图片错用的情况。
改进方向：及时、完整公开招生划片、课后服务收费等信息；每学年组织一次信息公开专题培训；建立公众号推文“三审”制度，严把内容关。`,
    // Entries split only by ；, no marker.
    problems: [
      e('公开内容以学校新闻为主', 'incomplete-disclosure'),
      e('教职工对信息公开工作了解不多', 'staff-capacity'),
      e('学校公众号推文审核把关不严', 'new-media'),
    ],
    improvements: [
      e('及时、完整公开招生划片', 'incomplete-disclosure'),
      e('每学年组织一次', 'staff-capacity'),
      e('建立公众号推文“三审”制度', 'new-media'),
    ],
  },
  {
    id: 'h19-u06-county-tcm-hospital-2024',
    text: `五、存在的主要问题及改进情况
存在的问题：
①院务公开工作人员少，且缺乏对政府信息公开政策的系统学习。
②医院便民服务中心设立的院务公开查阅点知晓率低，患者基本不使用。
③医院网站改版后，“院务公开”栏目长期空白，收费标准、服务流程等信息只能到现场查询。
改进的措施：
①从医务科、财务科抽调骨干组成院务公开工作小组，定期组织政策学习。
②在门诊大厅设置查阅点指示牌，由导诊人员向患者推介。
③尽快恢复“院务公开”栏目内容，并确保每月维护更新。`,
    problems: [
      e('①院务公开工作人员少', 'staff-capacity'),
      e('②医院便民服务中心', 'reading-room-underused'),
      e('③医院网站改版后', 'update-gap'),
    ],
    improvements: [
      e('①从医务科、财务科抽调骨干', 'staff-capacity'),
      e('②在门诊大厅设置查阅点', 'reading-room-underused'),
      e('③尽快恢复“院务公开”栏目', 'update-gap'),
    ],
  },
  {
    id: 'h19-u07-city-bus-group-2023',
    text: `五、存在的主要问题及改进情况
一是线路调整、票价优惠等信息发布渠道分散，站台公告、公司网站和“畅行公交”APP三处信息时有出入，乘客反映无所适从。为此，我公司将建立信息发布“一口径”审核机制，所有渠道统一由客服中心发布。
二是乘客意见征集不够，线路优化方案出台前听取市民意见的范围较窄。对此，我公司将在线路调整前通过APP和公众号开展网上调查，并召开乘客代表座谈会。
三是公司网站信息公开专栏搜索功能较差，输入线路名称往往搜不到对应的调整公告。针对这一问题，我公司将对网站检索功能进行升级改造。`,
    problems: [
      e('一是线路调整、票价优惠', 'duplicate-publishing'),
      e('二是乘客意见征集不够', 'public-participation'),
      e('三是公司网站信息公开专栏搜索', 'platform-stability'),
    ],
    // Each measure in its problem's paragraph, its connective kept.
    improvements: [
      e('为此，我公司将建立', 'duplicate-publishing'),
      e('对此，我公司将在线路调整前', 'public-participation'),
      e('针对这一问题，我公司将对网站', 'platform-stability'),
    ],
  },
  {
    id: 'h19-u08-city-real-estate-registration-centre-2022',
    text: `五、存在的主要问题及改进情况
1、不动产登记办事指南更新滞后,部分收件材料清单与窗口实际要求不一致,群众多跑路
2、依申请公开中涉及登记资料查询的申请较多,我中心在区分“政府信息公开”与“登记资料查询”上把握不准,答复口径前后不一。
3、登记大厅的政务公开专区摆放的资料少,形同虚设。
整改措施：
1、对办事指南进行全面梳理,与窗口实际要求逐项核对,及时更新
2、对登记资料查询类申请,按照不动产登记资料查询的规定办理并告知申请人,统一答复口径。
3、丰富政务公开专区资料,配备自助查询设备,让专区真正用起来。`,
    problems: [
      e('1、不动产登记办事指南更新滞后', 'update-gap'),
      e('2、依申请公开中涉及登记资料', 'request-handling'),
      e('3、登记大厅的政务公开专区', 'reading-room-underused'),
    ],
    improvements: [
      e('1、对办事指南进行全面梳理', 'update-gap'),
      e('2、对登记资料查询类申请', 'request-handling'),
      e('3、丰富政务公开专区资料', 'reading-room-underused'),
    ],
  },
  {
    id: 'h19-u09-city-social-insurance-centre-2021',
    text: `五、存在的主要问题及改进情况
第一，社保待遇调整、缴费基数等政策性信息虽然按时发布，但解读工作跟不上，参保群众看不懂、算不清。第二，中心对政府信息公开工作的重视程度不够，工作部署多、检查落实少。第三，网上经办平台与信息公开平台相互独立，参保人查询政策需要在多个系统间切换，体验较差。
下一步，我中心将：第一，在每次政策调整时同步推出计算示例和政策问答；第二，由中心主任牵头定期检查公开工作落实情况；第三，推动网上经办平台与信息公开平台整合，实现政策查询“一站式”服务。`,
    problems: [
      e('第一，社保待遇调整', 'policy-interpretation'),
      e('第二，中心对政府信息公开工作的重视', 'awareness'),
      e('第三，网上经办平台', 'platform-stability'),
    ],
    improvements: [
      e('第一，在每次政策调整时', 'policy-interpretation'),
      // The head of the centre takes it in hand: leadership attention.
      e('第二，由中心主任牵头', 'awareness'),
      e('第三，推动网上经办平台', 'platform-stability'),
    ],
  },
  {
    id: 'h19-u10-city-public-resources-trading-centre-2024',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
一是交易信息在中心网站和省公共资源交易平台重复刊登，两处公告发布时间和内容存在差异，投标人容易产生误解。
二是交易系统在开标高峰期运行缓慢，曾出现系统崩溃导致开标延期的情况。
三是对市场主体关注的交易规则变化解读不够，主要以转发文件为主。
四是中心工作人员多为新招录人员，熟悉政务公开业务的人员较少。
（二）改进措施
一是以省公共资源交易平台为唯一发布渠道，中心网站只做链接，不再单独发布公告。
二是对交易系统进行扩容改造，建立系统运行应急预案。
三是围绕交易规则修订举办解读会，编印政策问答手册。
四是加强对新招录人员的业务培训，建立“老带新”工作机制。`,
    problems: [
      e('一是交易信息在中心网站', 'duplicate-publishing'),
      e('二是交易系统在开标高峰期', 'platform-stability'),
      e('三是对市场主体关注的', 'policy-interpretation'),
      e('四是中心工作人员多为', 'staff-capacity'),
    ],
    improvements: [
      e('一是以省公共资源交易平台', 'duplicate-publishing'),
      e('二是对交易系统进行扩容', 'platform-stability'),
      e('三是围绕交易规则修订', 'policy-interpretation'),
      e('四是加强对新招录人员', 'staff-capacity'),
    ],
  },
  {
    id: 'h19-u11-city-water-group-2020',
    text: `五、存在的主要问题及改进情况
（一）水价、供水水质等信息虽已公开，但公开频次偏低，水质检测报告按季度才公布一次，不能满足群众需要。
（二）计划停水通知发布时间偏晚，有的在停水前几个小时才发布，用户来不及准备。
（三）客服热线和网站留言对用户诉求的回复质量不高，答复多为格式化语言。
改进措施：
（一）水质检测报告由按季度公布改为按月公布。
（二）计划停水信息至少提前24小时发布，并同步通过短信推送用户。
（三）建立用户诉求回访制度，提高答复的针对性。
（四）完善供水服务信息公开制度，制定公开事项清单。`,
    problems: [
      e('（一）水价、供水水质', 'incomplete-disclosure'),
      e('（二）计划停水通知发布时间偏晚', 'incomplete-disclosure'),
      // A hotline and a message board that answer badly.
      e('（三）客服热线和网站留言', 'public-participation'),
    ],
    improvements: [
      e('（一）水质检测报告由按季度', 'incomplete-disclosure'),
      e('（二）计划停水信息至少提前', 'incomplete-disclosure'),
      e('（三）建立用户诉求回访制度', 'public-participation'),
      // A list of the items to publish: the catalogue side.
      e('（四）完善供水服务信息公开制度', 'standardization'),
    ],
  },
  {
    id: 'h19-u12-county-agricultural-extension-centre-2023',
    text: `五、存在的主要问题及改进情况
1.农业补贴政策、技术推广项目等信息公开不够深入，只公布项目名称，资金安排和实施效果未公开。
2.中心网页挂在县农业农村局网站下，后台权限划分不清，中心人员无法自行上传附件，每次都要找技术人员操作。
3.中心干部对政务公开工作认识不足，认为技术单位“没什么可公开的”。
4.政务公开工作由一名临近退休的同志兼管，
力量单薄。
改进措施：
1.完善农业项目信息公开内容，做到项目名称、资金安排、实施效果全过程公开。
2.协调县农业农村局调整网站后台权限，实现中心自主发布。
3.开展“公开为常态”专题学习，转变“没什么可公开”的观念。
4.安排年轻同志参与政务公开工作，做好工作衔接。`,
    problems: [
      e('1.农业补贴政策', 'incomplete-disclosure'),
      e('2.中心网页挂在', 'platform-stability'),
      e('3.中心干部对政务公开工作认识不足', 'awareness'),
      e('4.政务公开工作由一名临近退休', 'staff-capacity'),
    ],
    improvements: [
      e('1.完善农业项目信息公开内容', 'incomplete-disclosure'),
      e('2.协调县农业农村局', 'platform-stability'),
      e('3.开展“公开为常态”专题学习', 'awareness'),
      e('4.安排年轻同志', 'staff-capacity'),
    ],
  },
]
