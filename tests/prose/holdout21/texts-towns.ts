// Holdout 21, towns, townships and streets (12 texts). Invented bodies and wordings; answers by
// problem-taxonomy.md's definitions only.
import { e, type Holdout21Case } from './entry'

export const TOWNS: Holdout21Case[] = [
  {
    id: 'h21-a01-town-2021',
    text: `五、存在的主要问题及改进情况
2021年，我镇政务公开工作虽取得一定成效，但对照上级要求仍有差距：一是村级事务公开流于形式，部分村公开栏张贴的财务收支明细只有总数，群众看不明白；二是镇政府网站“通知公告”栏目自今年5月以后再无新内容；三是负责公开工作的党政办仅有1名工作人员，且身兼数职。
下一步，我镇将从三个方面加以改进：一要细化村务财务公开内容，按月公开收支明细；二要明确栏目责任人，每周检查一次网站栏目；三要充实镇党政办工作力量，增配1名专职信息员。
`,
    problems: [
      e('一是村级事务公开流于形式', 'incomplete-disclosure'),
      e('二是镇政府网站“通知公告”栏目', 'update-gap'),
      e('三是负责公开工作的党政办', 'staff-capacity'),
    ],
    improvements: [
      e('一要细化村务财务公开内容', 'incomplete-disclosure'),
      e('二要明确栏目责任人', 'update-gap'),
      e('三要充实镇党政办工作力量', 'staff-capacity'),
    ],
  },
  {
    id: 'h21-a02-street-2023',
    // One topic heading per pair; the 问题：/措施： labels are left out of the starts, as list labels are.
    text: `五、存在的主要问题及改进情况
（一）关于主动公开
问题：街道网站“财政资金”专栏只挂了年度预算，决算和“三公”经费一直没有上传。
措施：2024年6月底前补齐近两年决算及“三公”经费信息，以后每年按时上传。
（二）关于政务服务大厅公开专区
问题：专区设在大厅二楼拐角处，全年来查阅的群众不足10人次。
措施：将专区搬到一楼办事窗口旁边，配备触摸屏和纸质资料架。
（三）关于群众来信
问题：街道网站“书记信箱”多条群众来信超过一个月未回复。
措施：指定专人每天查看书记信箱来信，3个工作日内答复。
`,
    problems: [
      e('街道网站“财政资金”专栏', 'incomplete-disclosure'),
      e('专区设在大厅二楼拐角处', 'reading-room-underused'),
      e('街道网站“书记信箱”多条群众来信', 'public-participation'),
    ],
    improvements: [
      e('2024年6月底前补齐近两年决算', 'incomplete-disclosure'),
      e('将专区搬到一楼办事窗口旁边', 'reading-room-underused'),
      e('指定专人每天查看书记信箱来信', 'public-participation'),
    ],
  },
  {
    id: 'h21-a03-township-2020',
    text: `五、存在的主要问题及改进情况
当前我乡政府信息公开工作主要存在以下不足：①部分站所对公开工作重视不够，认为公开是党政办一家的事，报送信息积极性不高；②乡政府网站与县政府门户网站上同一批惠农补贴名单公布了两次，且两次名单人数不一致；③信息公开指南还是2016年版本，机构地址、联系电话均已变化。
针对以上不足，我乡将：①召开专题会议，明确各站所公开责任，提高各站所对公开工作的重视程度；②惠农补贴名单统一由乡财政所审核后在县门户网站发布，乡网站只做链接；③重新修订信息公开指南，及时挂网。
`,
    problems: [
      e('①部分站所对公开工作重视不够', 'awareness'),
      e('②乡政府网站与县政府门户网站上同一批', 'duplicate-publishing'),
      // A guide left out of date: a stale guide (update-gap), as a stale column.
      e('③信息公开指南还是2016年版本', 'update-gap'),
    ],
    improvements: [
      e('①召开专题会议', 'awareness'),
      e('②惠农补贴名单统一由乡财政所审核', 'duplicate-publishing'),
      e('③重新修订信息公开指南', 'update-gap'),
    ],
  },
  {
    id: 'h21-a04-street-2024',
    text: `五、存在的主要问题及改进情况
关于上年度问题整改情况：上年度报告提出的政策文件解读形式单一问题，我街道已通过制作图解、短视频等方式整改到位。
本年度仍存在以下问题：
街道办事处对依申请公开的答复时限把握不准，有1件申请超过法定期限才答复，引发申请人投诉。
社区居务公开栏内容陈旧，有的社区还张贴着去年的通知。
街道机关工作人员对新修订的《条例》学得不深，答复群众咨询时常常说不清楚。
2025年，我街道将着力做好以下工作：
严格落实申请登记、审核、答复各环节时限，建立到期提醒台账。
督促各社区每月更换居务公开栏内容。
组织机关干部开展《条例》专题学习，每季度至少一次。
`,
    priorDone: 1,
    problems: [
      e('街道办事处对依申请公开的答复时限', 'request-handling'),
      e('社区居务公开栏内容陈旧', 'update-gap'),
      e('街道机关工作人员对新修订的', 'staff-capacity'),
    ],
    improvements: [
      e('严格落实申请登记、审核、答复', 'request-handling'),
      e('督促各社区每月更换居务公开栏内容', 'update-gap'),
      e('组织机关干部开展《条例》专题学习', 'staff-capacity'),
    ],
  },
  {
    id: 'h21-a05-town-2019',
    text: `五、存在的主要问题及改进情况
本镇2019年政务公开工作存在的问题，其一，镇政府门户网站栏目设置过多，部分栏目长期空白，如“规划计划”“人事信息”栏目至今没有内容；其二，镇里自建的政务公开APP经常打不开，群众反映下载后登录不了；其三，重大事项决策前征求群众意见的做法还不普遍，今年镇里出台的几项民生政策均未事先公开征求意见。
今后，本镇将重点抓好以下几项工作：其一，对网站栏目进行清理整合，撤并空白栏目；其二，停用自建APP，政务公开内容统一迁移到县级平台发布；其三，凡涉及群众切身利益的重大决策，一律在出台前向社会公开征求意见。
`,
    problems: [
      e('其一，镇政府门户网站栏目设置过多', 'update-gap'),
      e('其二，镇里自建的政务公开APP', 'platform-stability'),
      e('其三，重大事项决策前征求群众意见', 'public-participation'),
    ],
    improvements: [
      e('其一，对网站栏目进行清理整合', 'update-gap'),
      e('其二，停用自建APP', 'platform-stability'),
      e('其三，凡涉及群众切身利益的重大决策', 'public-participation'),
    ],
  },
  {
    id: 'h21-a06-town-2022',
    // Each measure in its problem's line, opened by 对此，我镇将 (kept, as a connective inside the sentence).
    text: `五、存在的主要问题及改进情况
1.少数村（社区）干部把信息公开当成额外负担，应付了事，对此，我镇将召开村（社区）干部会议专门部署，强化其公开意识。
2.镇政府网站的搜索功能形同虚设，输入文件全称也检索不到，对此，我镇将商请县大数据中心对检索功能进行升级。
3.镇里发布的政策文件大多只有原文，没有配发图文说明，群众看不懂，对此，我镇将对涉及群众切身利益的政策文件同步制作图解。
`,
    problems: [
      e('1.少数村（社区）干部', 'awareness'),
      e('2.镇政府网站的搜索功能', 'platform-stability'),
      e('3.镇里发布的政策文件', 'policy-interpretation'),
    ],
    improvements: [
      e('对此，我镇将召开村（社区）干部会议', 'awareness'),
      e('对此，我镇将商请县大数据中心', 'platform-stability'),
      e('对此，我镇将对涉及群众切身利益', 'policy-interpretation'),
    ],
  },
  {
    id: 'h21-a07-street-2025',
    // Last year's fixes between the problems and the measures, listed 一是/二是 like the measures after them.
    text: `五、存在的主要问题及改进情况
（1）街道政务新媒体矩阵中有3个社区公众号连续半年以上未发布内容，处于“僵尸”状态。
（2）街道网站和“智慧街道”小程序发布的养老服务补贴标准表述不同，群众不知以哪个为准。
（3）街道在人员招录、公开招聘结果公示方面信息发布不完整，只公布了拟录用名单，未公布考试成绩。
上一年度报告中的问题，已整改完成2项：一是调整了街道网站首页布局；二是补充公开了2023年度社区工作者招聘信息。
整改方向：
一是对长期不更新的社区公众号予以关停注销。
二是建立街道网站与小程序发布信息核对机制，做到口径一致。
三是公开招录信息时同步公布考试成绩和排名。
`,
    priorDone: 2,
    problems: [
      e('（1）街道政务新媒体矩阵中', 'new-media'),
      e('（2）街道网站和“智慧街道”小程序', 'duplicate-publishing'),
      e('（3）街道在人员招录', 'incomplete-disclosure'),
    ],
    improvements: [
      e('一是对长期不更新的社区公众号', 'new-media'),
      e('二是建立街道网站与小程序', 'duplicate-publishing'),
      e('三是公开招录信息时', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h21-a08-town-2021',
    // One run-on paragraph, no markers: one sentence per entry; the lead 为此，我镇将 is left out.
    text: `五、存在的主要问题及改进情况
今年我镇政务公开工作还有一些短板。镇里专门从事公开工作的只有一名兼职人员，对网站后台操作不熟练。镇政府信息公开目录还没有按照县里统一的事项清单进行梳理，有的事项归类混乱。征地拆迁补偿方案在公开时只公布了补偿标准，没有公布具体补偿对象和金额。为此，我镇将选派业务骨干参加县里组织的网站后台操作培训。按照县级事项清单重新梳理我镇公开目录。在征地拆迁项目中同步公开补偿对象、面积和金额，接受群众监督。
`,
    problems: [
      e('镇里专门从事公开工作的', 'staff-capacity'),
      e('镇政府信息公开目录还没有', 'standardization'),
      e('征地拆迁补偿方案在公开时', 'incomplete-disclosure'),
    ],
    improvements: [
      e('选派业务骨干参加', 'staff-capacity'),
      e('按照县级事项清单', 'standardization'),
      e('在征地拆迁项目中', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h21-a09-township-2023',
    // Measures numbered on from the problems (4–6); last year's fixes in a block of their own at the end.
    text: `五、存在的主要问题及改进情况
（一）存在的问题
1、乡政府网站政策解读栏目全年仅发布2篇解读，且都是转载县里的文章。
2、群众来乡里查询政府信息，工作人员不知道如何登记和答复，只能让其到县里去问。
3、乡政府网站部分页面打开速度很慢，上传附件常常失败。
（二）改进情况
4、由各业务站所负责人对本站所出台的文件撰写解读，党政办审核后发布。
5、制定依申请公开受理流程图，张贴在便民服务中心窗口。
6、向县政府办反映网站问题，协调技术公司对服务器进行扩容。
（三）上年度问题整改情况
上一年度报告提出的网站栏目空白问题已全部整改，空白栏目已撤并。
`,
    priorDone: 1,
    problems: [
      e('1、乡政府网站政策解读栏目', 'policy-interpretation'),
      e('2、群众来乡里查询政府信息', 'request-handling'),
      e('3、乡政府网站部分页面', 'platform-stability'),
    ],
    improvements: [
      e('4、由各业务站所负责人', 'policy-interpretation'),
      e('5、制定依申请公开受理流程图', 'request-handling'),
      e('6、向县政府办反映网站问题', 'platform-stability'),
    ],
  },
  {
    id: 'h21-a10-street-2024',
    text: `五、存在的主要问题及改进情况
首先，街道发布的信息以工作动态为主，涉及居民切身利益的老旧小区改造、垃圾分类等信息发布较少。再者，街道两名信息公开工作人员年内先后调离，新接手的同志对工作流程还不熟悉。最后，街道开展的开放日、居民议事会等活动次数少，居民参与政务公开的渠道不多。
下阶段，街道将一方面围绕老旧小区改造、垃圾分类等居民关注事项加大公开力度；另一方面做好人员交接和岗前培训，保持工作队伍相对稳定；同时拓展居民议事会、开放日等参与渠道。
`,
    problems: [
      e('首先，街道发布的信息以工作动态为主', 'incomplete-disclosure'),
      e('再者，街道两名信息公开工作人员', 'staff-capacity'),
      e('最后，街道开展的开放日', 'public-participation'),
    ],
    improvements: [
      e('一方面围绕老旧小区改造', 'incomplete-disclosure'),
      e('另一方面做好人员交接', 'staff-capacity'),
      e('同时拓展居民议事会', 'public-participation'),
    ],
  },
  {
    id: 'h21-a11-town-2020',
    // Each measure after 整改： inside its problem's line (label left out). A query terminal left switched off
    // is a service point hardly used; the appraisal's rule is other.
    text: `五、存在的主要问题及改进情况
1.镇政务公开专区设置的电脑查询终端长期处于关机状态，群众无法使用。整改：由便民服务中心每日开机检查，设置操作指引。
2.镇政府对公开工作的考核只看发布数量，不看质量。整改：修订考核办法，增加公开质量指标。
3.镇政府信息公开年报发布时间晚于规定时限。整改：提前安排年报编制工作，确保1月31日前发布。
`,
    problems: [
      e('1.镇政务公开专区设置的电脑', 'reading-room-underused'),
      e('2.镇政府对公开工作的考核', 'other'),
      e('3.镇政府信息公开年报发布时间', 'incomplete-disclosure'),
    ],
    improvements: [
      e('由便民服务中心每日开机检查', 'reading-room-underused'),
      e('修订考核办法', 'other'),
      e('提前安排年报编制工作', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h21-a12-street-2022',
    text: `五、存在的主要问题及改进情况
上年度问题整改情况：⑴针对网站栏目空白问题，已撤并空白栏目5个；⑵针对解读形式单一问题，已制作图解8篇。
本年度存在的主要问题：⑴街道尚未编制主动公开事项清单，各科室对哪些信息应当主动公开把握不准；⑵街道网站部分公示材料中群众身份证号码、家庭住址未作遮挡处理；⑶街道网站后台与区政府集约化平台数据对接不畅，在区平台发布的信息街道网站同步不过来。
下一步工作计划：⑴编制街道主动公开事项目录，逐项明确公开内容、时限和责任科室；⑵建立公开前保密审查和个人信息遮挡制度；⑶联系区平台运维单位解决数据同步问题。
`,
    priorDone: 2,
    problems: [
      e('⑴街道尚未编制主动公开事项清单', 'standardization'),
      // Personal data not masked before publishing: review before publishing, other.
      e('⑵街道网站部分公示材料中', 'other'),
      e('⑶街道网站后台与区政府集约化平台', 'platform-stability'),
    ],
    improvements: [
      e('⑴编制街道主动公开事项目录', 'standardization'),
      e('⑵建立公开前保密审查', 'other'),
      e('⑶联系区平台运维单位', 'platform-stability'),
    ],
  },
]
