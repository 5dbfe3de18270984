// Holdout 21, county, district and city bureaus (12 texts). Invented bodies and wordings; answers by
// problem-taxonomy.md's definitions only.
import { e, type Holdout21Case } from './entry'

export const BUREAUS: Holdout21Case[] = [
  {
    id: 'h21-b01-county-housing-2019',
    text: `五、存在的主要问题及改进情况
（一）存在问题
一是重点领域信息公开还有死角。保障性住房分配、建筑工程招投标等信息公开不及时，有的项目中标结果在合同签订后才挂网。
二是网站建设滞后。局网站仍使用2014年建设的老系统，经常出现页面错位、链接失效的情况。
三是少数股室负责人对公开工作不重视，把信息公开当成办公室的事。
（二）下步打算
一是严格执行招投标信息发布时限，中标结果在规定时间内公开。
二是将局网站整体迁移至县政府网站集约化平台。
三是局党组专题研究部署公开工作，主要负责同志亲自过问，推动各股室提高重视程度。
`,
    problems: [
      e('一是重点领域信息公开还有死角', 'incomplete-disclosure'),
      e('二是网站建设滞后', 'platform-stability'),
      e('三是少数股室负责人', 'awareness'),
    ],
    improvements: [
      e('一是严格执行招投标信息发布时限', 'incomplete-disclosure'),
      e('二是将局网站整体迁移', 'platform-stability'),
      e('三是局党组专题研究部署', 'awareness'),
    ],
  },
  {
    id: 'h21-b02-district-civil-affairs-2020',
    // Streets each publishing the same kind of list in their own format: one rule for every branch, standardization.
    text: `五、存在的主要问题及改进情况
2020年我局政务公开工作仍有差距。第一，低保、特困供养等救助对象名单公示不规范，各街道公示格式五花八门，公示内容和期限也不一致。第二，局门户网站“民政服务”栏目部分办事指南仍为2018年版本，与现行政策不符。第三，面对群众对养老服务补贴政策的疑问，局里只发布了政策原文，没有针对性的说明，咨询电话一度占线。
2021年，我局将统一制定救助对象公示模板，明确公示内容和期限；全面核对更新办事指南；围绕养老服务补贴等热点政策，采用问答、图解等形式开展解读。
`,
    problems: [
      e('第一，低保、特困供养', 'standardization'),
      e('第二，局门户网站“民政服务”栏目', 'update-gap'),
      e('第三，面对群众对养老服务补贴', 'policy-interpretation'),
    ],
    improvements: [
      e('统一制定救助对象公示模板', 'standardization'),
      e('全面核对更新办事指南', 'update-gap'),
      e('围绕养老服务补贴等热点政策', 'policy-interpretation'),
    ],
  },
  {
    id: 'h21-b03-city-ecology-2021',
    // Measures each opened by 针对…问题，我局将 (part of the entry: no lead stands before the run).
    text: `五、存在的主要问题及改进情况
● 环境违法案件行政处罚决定公开不全，部分案件处罚决定书未在规定期限内上网。
● 建设项目环评审批信息在局网站和省级平台分别发布，两边的公示期起止日期对不上。
● 局机关负责信息公开的同志多为兼职，没有接受过系统的业务培训。
● 局网站“互动交流”栏目开通以来留言寥寥，群众参与环境决策的渠道不畅。
针对行政处罚信息问题，我局将建立处罚决定书“结案即公开”机制。针对环评信息问题，我局将以省级平台为准，局网站只做链接。针对队伍问题，我局将每年组织两次信息公开业务培训。针对互动渠道问题，我局将在重大环境决策前召开座谈会、听证会，广泛听取群众意见。
`,
    problems: [
      e('● 环境违法案件行政处罚决定', 'incomplete-disclosure'),
      e('● 建设项目环评审批信息', 'duplicate-publishing'),
      e('● 局机关负责信息公开的同志', 'staff-capacity'),
      e('● 局网站“互动交流”栏目', 'public-participation'),
    ],
    improvements: [
      e('针对行政处罚信息问题', 'incomplete-disclosure'),
      e('针对环评信息问题', 'duplicate-publishing'),
      e('针对队伍问题', 'staff-capacity'),
      e('针对互动渠道问题', 'public-participation'),
    ],
  },
  {
    id: 'h21-b04-county-hrss-2022',
    text: `五、存在的主要问题及改进情况
问题一：社保待遇调整等政策出台后，群众看不懂计算方法，局里缺少通俗易懂的说明材料。
问题二：依申请公开答复书中未告知申请人救济途径，存在被复议纠错的风险。
问题三：局属二级单位网站与局门户网站均开设了“招聘信息”栏目，同一招聘公告两处发布、内容不一。
改进措施：
对应问题一，出台重要政策时同步发布计算示例和一图读懂。
对应问题二，修订答复书模板，逐件告知救济途径和期限。
对应问题三，撤销二级单位网站招聘栏目，统一在局门户网站发布。
`,
    problems: [
      e('问题一：社保待遇调整', 'policy-interpretation'),
      e('问题二：依申请公开答复书', 'request-handling'),
      e('问题三：局属二级单位网站', 'duplicate-publishing'),
    ],
    improvements: [
      e('对应问题一，出台重要政策时', 'policy-interpretation'),
      e('对应问题二，修订答复书模板', 'request-handling'),
      e('对应问题三，撤销二级单位网站', 'duplicate-publishing'),
    ],
  },
  {
    id: 'h21-b05-district-market-2023',
    // Last year's fix between the problems and the measures, both lists numbered （一）.
    text: `五、存在的主要问题及改进情况
（一）食品抽检信息公开频次不够。目前抽检结果按季度汇总公开，群众难以及时掌握不合格食品信息。
（二）执法人员兼做公开工作，精力有限，又缺少公开业务知识。
（三）政务公开标准目录还不完善，企业登记、许可审批等事项的公开要素不全。
对照上年度报告所列问题，我局已完成整改：局网站检索功能已升级，可按文号、标题检索。
2024年，我局将突出抓好以下工作：
（一）食品抽检结果改为按批次即时公开。
（二）设立专职公开岗位，配齐工作人员。
（三）对照国家市场监管领域标准指引，补全标准目录的公开要素。
`,
    priorDone: 1,
    problems: [
      e('（一）食品抽检信息公开频次不够', 'incomplete-disclosure'),
      e('（二）执法人员兼做公开工作', 'staff-capacity'),
      e('（三）政务公开标准目录还不完善', 'standardization'),
    ],
    improvements: [
      e('（一）食品抽检结果改为按批次', 'incomplete-disclosure'),
      e('（二）设立专职公开岗位', 'staff-capacity'),
      e('（三）对照国家市场监管领域', 'standardization'),
    ],
  },
  {
    id: 'h21-b06-county-transport-2024',
    // One paragraph: problems after 主要是：, last year's fix in a sentence of its own, measures after 下一步，我局将.
    // The third problem names both the staff's grasp of the law and a request answered wrongly (a review).
    text: `五、存在的主要问题及改进情况
今年我局政务公开工作存在的问题主要是：公路建设项目的征地补偿、施工进度等信息公开不及时，群众意见较大；局官方抖音号、视频号内容以转载为主，原创少，部分视频发布前未经审核；公开工作人员对依申请公开的法律规定掌握不准，一件申请因答复不当被申请人提起行政复议。上年度报告中提出的指南陈旧问题已经整改，重新编印了指南。下一步，我局将及时公开公路建设项目的征地补偿和施工进度；健全新媒体账号内容审核制度，提高原创比例；邀请律师开展依申请公开专题培训，规范答复行为。
`,
    priorDone: 1,
    problems: [
      e('公路建设项目的征地补偿', 'incomplete-disclosure'),
      e('局官方抖音号、视频号', 'new-media'),
      e('公开工作人员对依申请公开', 'request-handling', 'staff-capacity'),
    ],
    improvements: [
      e('及时公开公路建设项目', 'incomplete-disclosure'),
      e('健全新媒体账号内容审核制度', 'new-media'),
      e('邀请律师开展依申请公开专题培训', 'request-handling', 'staff-capacity'),
    ],
  },
  {
    id: 'h21-b07-district-education-2025',
    // Sub-points (1)(2) stay inside their problem; the problems' 2. printed twice stays two entries.
    text: `五、存在的主要问题及改进情况
经自查，我局政务公开工作主要存在以下问题：
1.学校招生信息公开还不够细。主要表现在：(1)学区划分调整后未及时公布调整依据；(2)民办学校收费标准只在学校门口张贴，未在网上公开。
2.各中小学校务公开工作发展不平衡，有的学校网站公开内容与局网站要求的公开事项不对应，公开什么、怎么公开没有统一要求。
2.局政务服务窗口设置的政务公开查阅点，全年仅接待咨询3人次。
改进措施：
1.在招生季前公布学区划分及调整依据，民办学校收费标准一律网上公开。
2.制定全区中小学校务公开事项清单，统一公开内容和格式。
3.在家长会、开学典礼等场合宣传查阅点，扩大知晓度。
`,
    problems: [
      e('1.学校招生信息公开还不够细', 'incomplete-disclosure'),
      e('2.各中小学校务公开工作', 'standardization'),
      e('2.局政务服务窗口设置', 'reading-room-underused'),
    ],
    improvements: [
      e('1.在招生季前公布', 'incomplete-disclosure'),
      e('2.制定全区中小学校务公开事项清单', 'standardization'),
      e('3.在家长会、开学典礼', 'reading-room-underused'),
    ],
  },
  {
    id: 'h21-b08-county-finance-2021',
    text: `五、存在的主要问题及改进情况
我局在政务公开方面还存在一些薄弱环节，主要表现在：
——预决算公开的细化程度不高，部门预算中项目支出只列到类级科目，社会公众难以看出钱花在了哪里；
——财政专项资金分配结果只在内部通报，没有向社会公开；
——局网站与县政府网站财政信息专栏数据口径不同，同一年度的一般公共预算收入数字两处不一致。
下一步，我们将：
——推动预算公开细化到项级科目；
——对专项资金分配结果实行“应公开尽公开”；
——统一财政信息发布口径，以县政府网站财政信息专栏为唯一发布出口。
`,
    problems: [
      e('——预决算公开的细化程度不高', 'incomplete-disclosure'),
      e('——财政专项资金分配结果', 'incomplete-disclosure'),
      e('——局网站与县政府网站财政信息专栏', 'duplicate-publishing'),
    ],
    improvements: [
      e('——推动预算公开细化到项级科目', 'incomplete-disclosure'),
      e('——对专项资金分配结果', 'incomplete-disclosure'),
      e('——统一财政信息发布口径', 'duplicate-publishing'),
    ],
  },
  {
    id: 'h21-b09-city-justice-2022',
    text: `五、存在的主要问题及改进情况
一是公开意识有待提高。个别处室仍然习惯“关起门来办事”，对应当公开的行政执法信息能不公开就不公开。
二是解读回应不够及时。《××市法律援助条例》施行后，社会上对援助范围有不少误读，我局未能及时回应。
三是行政执法“三项制度”信息公示平台运行卡顿，上传执法文书时常出现系统报错。
四是新任信息公开工作人员缺乏法律背景，办理申请时对“信息不存在”“非本机关政府信息”等情形把握不准。
我局将持续改进：
一是以“公开为常态、不公开为例外”为原则，开展全员公开意识教育。
二是建立舆情监测和快速回应机制，政策出台后及时发布解读、回应社会关切。
三是联系平台开发单位排查系统故障。
四是编印依申请公开常见情形答复指引，供经办人员对照使用。
`,
    problems: [
      e('一是公开意识有待提高', 'awareness'),
      e('二是解读回应不够及时', 'policy-interpretation'),
      e('三是行政执法“三项制度”', 'platform-stability'),
      // New staff without the legal grounding, and requests handled wrongly: both named.
      e('四是新任信息公开工作人员', 'staff-capacity', 'request-handling'),
    ],
    improvements: [
      e('一是以“公开为常态', 'awareness'),
      e('二是建立舆情监测', 'policy-interpretation'),
      e('三是联系平台开发单位', 'platform-stability'),
      e('四是编印依申请公开常见情形', 'request-handling'),
    ],
  },
  {
    id: 'h21-b10-county-agriculture-2023',
    // Entries opened by the same topic phrase in both lists (在…方面，), no numbering.
    text: `五、存在的主要问题及改进情况
存在问题
在惠农补贴公开方面，耕地地力保护补贴发放名单仅在村一级张贴，县级平台没有汇总公开。
在网站栏目方面，“乡村振兴”专题自2022年下半年起一直停更。
在新媒体方面，局微信公众号存在错别字、图片来源不明等问题，曾被网友截图转发。
改进措施
在惠农补贴公开方面，每批次补贴发放后在县政府网站汇总公开发放名单。
在网站栏目方面，明确专题栏目维护责任股室，每月至少更新两次。
在新媒体方面，实行公众号内容“三审三校”制度。
`,
    problems: [
      e('在惠农补贴公开方面', 'incomplete-disclosure'),
      e('在网站栏目方面', 'update-gap'),
      e('在新媒体方面', 'new-media'),
    ],
    improvements: [
      e('在惠农补贴公开方面', 'incomplete-disclosure'),
      e('在网站栏目方面', 'update-gap'),
      e('在新媒体方面', 'new-media'),
    ],
  },
  {
    id: 'h21-b11-district-urban-2024',
    // Problems only split by ； on one line after a lead; measures 1. with a space after the marker.
    text: `五、存在的主要问题及改进情况
本年度，我局政务公开工作存在以下不足：城市管理行政处罚信息公开滞后，个别案件结案三个月后才公开；局网站“政策文件”栏目缺少配套解读，规范性文件解读率不足一半；局机关年轻干部多，熟悉公开业务的骨干少，培训也不系统。
针对上述问题，下一步我们将从以下方面着力：
1. 压缩处罚信息公开时限，做到结案后7个工作日内公开。
2. 坚持规范性文件与解读材料同步起草、同步审签、同步发布。
3. 制定年度培训计划，采取以老带新方式培养业务骨干。
`,
    problems: [
      e('城市管理行政处罚信息公开滞后', 'incomplete-disclosure'),
      e('局网站“政策文件”栏目缺少配套解读', 'policy-interpretation'),
      e('局机关年轻干部多', 'staff-capacity'),
    ],
    improvements: [
      e('1. 压缩处罚信息公开时限', 'incomplete-disclosure'),
      e('2. 坚持规范性文件与解读材料', 'policy-interpretation'),
      e('3. 制定年度培训计划', 'staff-capacity'),
    ],
  },
  {
    id: 'h21-b12-county-natural-resources-2019',
    // Funds and review before publishing (secrecy) are other; a guide printed differently at the window and
    // on the site is the same item printed two ways (duplicate-publishing).
    text: `五、存在的主要问题及改进情况
（一）存在的问题
1.政府信息公开经费没有列入年度预算，网站维护、设备更新缺少资金保障。
2.局政府信息公开查阅室设在档案室内，平时上锁，群众查阅不便。
3.不动产登记办事指南、收费标准在窗口和网站上的版本不同，群众无所适从。
4.个别土地征收公告张贴后未及时在网上同步公开，网上公开信息不完整。
5.局内部信息公开保密审查程序不严，曾有内部文件误发至网站。
（二）改进措施
1.积极向县财政申请，将信息公开工作经费列入部门预算。
2.将查阅室搬至一楼服务大厅，工作日全天开放。
3.统一窗口和网站的办事指南与收费标准，以网站版本为准同步更新窗口资料。
4.土地征收公告实行线上线下同步公开。
5.严格执行“先审查、后公开”和“一事一审”制度。
`,
    problems: [
      e('1.政府信息公开经费没有列入', 'other'),
      e('2.局政府信息公开查阅室', 'reading-room-underused'),
      e('3.不动产登记办事指南', 'duplicate-publishing'),
      e('4.个别土地征收公告', 'incomplete-disclosure'),
      e('5.局内部信息公开保密审查', 'other'),
    ],
    improvements: [
      e('1.积极向县财政申请', 'other'),
      e('2.将查阅室搬至一楼', 'reading-room-underused'),
      e('3.统一窗口和网站的办事指南', 'duplicate-publishing'),
      e('4.土地征收公告实行', 'incomplete-disclosure'),
      e('5.严格执行“先审查、后公开”', 'other'),
    ],
  },
]
