// Holdout 19: where the problems end and the measures begin, written in the ways real reports do — no
// boundary at all (the numbering starts again), 改进情况, 2025年，我局将, 今后, 为此, a measure in its
// problem's sentence, 上年度 fixes before or after the lists, a 上年度 problem still open (this year's).
import { e, type Holdout19Case } from './entry'

export const BOUNDARIES: Holdout19Case[] = [
  {
    id: 'h19-x01-county-government-office-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2024年，我县政务公开工作取得了一定成效，但仍存在一些不足。一是部分乡镇和部门对政务公开工作重视不够，主要负责同志很少过问。二是政策解读的形式还不够丰富，图解、视频等解读产品占比较低。三是政府网站部分专题专栏内容长期未更新。
一是召开全县政务公开工作会议，由县政府分管领导部署推动，提高各乡镇、各部门对公开工作的重视程度。二是提高图解、视频、政策问答等解读产品占比，力争达到解读总量的50%以上。三是开展政府网站专题专栏清理整合，对长期不更新的专栏予以归档或关停。`,
    problems: [
      e('一是部分乡镇和部门', 'awareness'),
      e('二是政策解读的形式', 'policy-interpretation'),
      e('三是政府网站部分专题专栏', 'update-gap'),
    ],
    // No boundary word: the measures' numbering simply starts again.
    improvements: [
      e('一是召开全县政务公开工作会议', 'awareness'),
      e('二是提高图解、视频', 'policy-interpretation'),
      e('三是开展政府网站专题专栏清理', 'update-gap'),
    ],
  },
  {
    id: 'h19-x02-district-government-2023',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
1.基层政务公开“两化”工作进展不平衡，部分街道公开目录编制不完整，公开事项与目录对应不上。
2.区政府门户网站集约化迁移后，部分历史信息丢失，检索结果不准确。
3.各部门政务公开工作人员调整频繁，新任人员培训不及时。
4.重大行政决策预公开开展不够，公众对决策草案提出意见建议的渠道有限。
（二）改进情况
1.对照国家有关领域基层政务公开标准指引，指导各街道完善公开目录，做到事项与目录一一对应。
2.会同市大数据部门修复迁移数据，优化站内搜索。
3.建立人员变动报备制度，新任人员上岗前完成培训。
4.扩大重大行政决策预公开范围，通过听证会、网上征求意见等方式广泛听取群众意见。
（三）上年度问题整改情况
针对上一年度报告中提出的问题，我区：（一）已完成全区政务公开专区建设，实现街道全覆盖；（二）已出台政策解读工作规范，解读材料与政策文件同步发布率达100%；（三）已组织全区政务公开培训2次。`,
    problems: [
      e('1.基层政务公开“两化”', 'standardization'),
      e('2.区政府门户网站集约化迁移后', 'platform-stability'),
      e('3.各部门政务公开工作人员', 'staff-capacity'),
      e('4.重大行政决策预公开', 'public-participation'),
    ],
    improvements: [
      e('1.对照国家有关领域', 'standardization'),
      e('2.会同市大数据部门', 'platform-stability'),
      e('3.建立人员变动报备制度', 'staff-capacity'),
      e('4.扩大重大行政决策预公开', 'public-participation'),
    ],
    priorDone: 3,
  },
  {
    id: 'h19-x03-city-ecology-environment-2022',
    text: `五、存在的主要问题及改进情况
一是环境行政处罚信息公开还不够及时，今后将严格执行处罚决定作出之日起7个工作日内公开的规定。
二是环评审批信息公开中存在同一项目在局网站和省环评系统公示期不一致的情况，对此，我局将统一以省环评系统公示时间为准，局网站只做转载。
三是环境质量信息解读不足，发布空气、水质数据时缺少说明，群众看不懂，下一步，我局将在发布环境质量月报时配发解读说明。
四是环保设施向公众开放活动开展较少，群众参与生态环境保护的热情未被充分调动。为此，我局将每季度组织一次环保设施公众开放日活动。`,
    problems: [
      e('一是环境行政处罚信息', 'incomplete-disclosure'),
      e('二是环评审批信息公开中', 'duplicate-publishing'),
      e('三是环境质量信息解读不足', 'policy-interpretation'),
      e('四是环保设施向公众开放', 'public-participation'),
    ],
    // Each measure in its problem's sentence or paragraph; the clause's opening words kept.
    improvements: [
      e('今后将严格执行', 'incomplete-disclosure'),
      e('对此，我局将统一', 'duplicate-publishing'),
      e('下一步，我局将在发布', 'policy-interpretation'),
      e('为此，我局将每季度', 'public-participation'),
    ],
  },
  {
    id: 'h19-x04-county-education-2024',
    text: `五、存在的主要问题和改进措施
2023年度报告中提出的“网站栏目更新慢”问题，我局已通过建立栏目维护责任制整改完成。
2024年，我局政务公开工作仍存在以下问题：
（一）义务教育招生入学政策解读不够通俗，家长对划片范围、入学条件等问题仍存在较多疑问。
（二）局属学校信息公开工作差异较大，部分学校未按要求公开收费项目和标准。
（三）教育系统政务新媒体数量多、质量不高，部分学校公众号长期不更新，个别账号存在错误表述。
（四）局机关负责政务公开的股室人员少、任务重，还要承担其他文字工作。
2025年，我局将一是制作招生入学政策图解和问答，开设“招生直通车”专栏集中答疑；二是督促局属学校按要求公开收费项目、标准和依据；三是开展教育系统政务新媒体清理整治，对长期不更新的账号予以关停；四是充实政务公开工作力量，配备专职工作人员。`,
    problems: [
      e('（一）义务教育招生入学政策', 'policy-interpretation'),
      e('（二）局属学校信息公开', 'incomplete-disclosure'),
      e('（三）教育系统政务新媒体', 'new-media'),
      e('（四）局机关负责政务公开的股室', 'staff-capacity'),
    ],
    // The lead 2025年，我局将 left out.
    improvements: [
      e('一是制作招生入学政策图解', 'policy-interpretation'),
      e('二是督促局属学校', 'incomplete-disclosure'),
      e('三是开展教育系统政务新媒体', 'new-media'),
      e('四是充实政务公开工作力量', 'staff-capacity'),
    ],
    priorDone: 1,
  },
  {
    id: 'h19-x05-city-market-regulation-2023',
    text: `五、存在的主要问题及改进情况
（一）上年度问题整改情况
一是针对“双随机、一公开”抽查结果公开不及时的问题，已建立抽查结果录入时限制度，全年抽查结果均在20个工作日内公开。二是针对政务公开培训不足的问题，已组织全系统培训3期，参训人员200余人次。
（二）本年度存在的主要问题
1.食品安全抽检信息公开内容较简单，只公布合格与否，不公开不合格项目的具体指标，对不合格产品的风险也缺少解读。
2.涉企政策制定过程中征求市场主体意见不够广泛，座谈会、网上征集等参与渠道利用不充分。
3.12315投诉举报平台与局网站信息公开平台数据尚未互通，投诉处理结果无法在网上集中公开。
（三）改进措施
1.在公布食品安全抽检结果时，同步公开不合格项目的具体指标，并发布风险解读和消费提示。
2.制定涉企政策时，通过企业座谈会和网上征求意见等方式充分听取市场主体意见。
3.推进12315平台与局网站数据对接，实现投诉处理结果网上公开。`,
    problems: [
      // Results published thinly, and no interpretation of the risk: both stated.
      e('1.食品安全抽检信息', 'incomplete-disclosure', 'policy-interpretation'),
      e('2.涉企政策制定过程中', 'public-participation'),
      e('3.12315投诉举报平台', 'platform-stability'),
    ],
    improvements: [
      e('1.在公布食品安全抽检结果时', 'incomplete-disclosure', 'policy-interpretation'),
      e('2.制定涉企政策时', 'public-participation'),
      e('3.推进12315平台', 'platform-stability'),
    ],
    priorDone: 2,
  },
  {
    id: 'h19-x06-county-finance-2021',
    text: `五、存在的主要问题及改进情况
一是预决算公开的细化程度不够，部分部门“三公”经费未按要求细化说明增减原因。
二是财政专项资金管理办法等文件在局网站“政策文件”“通知公告”“财政动态”等多个栏目重复刊登，同一文件挂网多次。
三是预算公开平台功能单一，不能按部门、按年度分类检索。
四是部分预算单位的财务人员兼任公开工作，对公开要求理解不深。
今后，我局将重点抓好以下工作：
一是督促各预算部门细化“三公”经费等重点内容的说明。
二是清理网站重复刊登的文件，一份文件只在一个栏目发布。
三是升级预算公开平台，增加分类检索功能。
四是对预算单位公开工作人员开展专题培训。`,
    problems: [
      e('一是预决算公开的细化程度', 'incomplete-disclosure'),
      e('二是财政专项资金管理办法', 'duplicate-publishing'),
      e('三是预算公开平台功能单一', 'platform-stability'),
      e('四是部分预算单位的财务人员', 'staff-capacity'),
    ],
    improvements: [
      e('一是督促各预算部门', 'incomplete-disclosure'),
      e('二是清理网站重复刊登', 'duplicate-publishing'),
      e('三是升级预算公开平台', 'platform-stability'),
      e('四是对预算单位公开工作人员', 'staff-capacity'),
    ],
  },
  {
    id: 'h19-x07-county-housing-construction-2024',
    text: `五、存在的主要问题及改进情况
①保障性住房分配、棚户区改造等信息公开还不够深入，分配结果公示后缺少后续入住、退出等动态信息。
②上年度报告中指出的政务服务中心住建窗口查阅点使用率低的问题今年仍未根本解决，全年查阅人次仅十余人。
③建筑市场监管信息发布平台经常出现登录异常、页面无法加载等故障。
下一步工作打算：
1.完善保障性住房全流程公开，定期公开入住、退出等动态信息。
2.将查阅点由政务服务中心三楼迁至一楼，并与住建窗口咨询服务合并设置。
3.督促平台运维单位排查故障，提升平台运行保障水平。
4.将政务公开工作开展情况纳入局年度目标管理考核。`,
    problems: [
      e('①保障性住房分配', 'incomplete-disclosure'),
      // Last year's problem, still open: this year's problem, not a fix (priorDone stays 0).
      e('②上年度报告中指出的', 'reading-room-underused'),
      e('③建筑市场监管信息发布平台', 'platform-stability'),
    ],
    improvements: [
      e('1.完善保障性住房全流程公开', 'incomplete-disclosure'),
      e('2.将查阅点由政务服务中心三楼', 'reading-room-underused'),
      e('3.督促平台运维单位', 'platform-stability'),
      // Appraisal.
      e('4.将政务公开工作开展情况纳入', 'other'),
    ],
  },
  {
    id: 'h19-x08-city-local-chronicles-centre-2020',
    text: `五、存在的主要问题及改进情况
存在的问题：1.政府信息公开指南和目录编制不够完善，未随单位更名及时调整。2地方志资源开放利用不够，馆藏志书、年鉴电子版公开数量少。3.政务公开工作由办公室一人兼管，人手不足。
改进措施：针对存在的问题，我中心将：1.重新修订政府信息公开指南和主动公开目录；2.分批次将馆藏志书、年鉴电子版在网站公开；3.通过内部调剂增加一名兼职信息员。`,
    problems: [
      e('1.政府信息公开指南和目录', 'standardization'),
      // The period after 2 is missing as printed.
      e('2地方志资源开放利用', 'incomplete-disclosure'),
      e('3.政务公开工作由办公室一人', 'staff-capacity'),
    ],
    improvements: [
      e('1.重新修订', 'standardization'),
      e('2.分批次将馆藏志书', 'incomplete-disclosure'),
      e('3.通过内部调剂', 'staff-capacity'),
    ],
  },
  {
    id: 'h19-x09-county-grain-reserves-2023',
    text: `五、存在的主要问题及改进情况
2023年，我局政府信息公开工作还存在以下薄弱环节：
一是公开前保密审查程序执行不严，个别涉及粮食储备库点的信息在公开时未经保密审查。
二是粮食收购价格、最低收购价执行预案等信息发布时效性不强，部分信息在收购期开始后才发布。
三是政府信息公开专栏中“应急物资储备”子栏目自设立以来一直空白。
四是干部职工对政务公开工作的理解停留在“发文件、挂网站”层面，主动公开的意识不强。
为此，我局将采取以下措施：
一是严格落实“先审查、后公开”和“一事一审”制度，涉密信息一律不得公开。
二是在收购期开始前15日发布收购价格和执行预案。
三是对“应急物资储备”栏目补充内容或调整栏目设置。
四是通过专题学习、案例警示，增强干部职工主动公开意识。`,
    problems: [
      // Secrecy review: none of the named categories.
      e('一是公开前保密审查', 'other'),
      e('二是粮食收购价格', 'incomplete-disclosure'),
      e('三是政府信息公开专栏中', 'update-gap'),
      e('四是干部职工对政务公开工作', 'awareness'),
    ],
    improvements: [
      e('一是严格落实“先审查、后公开”', 'other'),
      e('二是在收购期开始前', 'incomplete-disclosure'),
      e('三是对“应急物资储备”栏目', 'update-gap'),
      e('四是通过专题学习、案例警示', 'awareness'),
    ],
  },
  {
    id: 'h19-x10-district-landscaping-2022',
    text: `五、存在问题及改进情况
1．城市绿化项目建设信息公开不够及时，部分公园改造项目开工后才公示设计方案，市民意见较大。
2.古树名木保护、园林绿化养护作业等信息公开内容单薄，只有简单的工作动态。
3、市民参与城市绿化规划设计的渠道较少，征求意见多在小范围内进行。
今后，我局将在公园改造项目开工前公示设计方案并征求市民意见；丰富古树名木保护等信息公开内容，定期公布养护作业计划；通过网上问卷、现场展示等形式扩大市民参与范围。`,
    problems: [
      e('1．城市绿化项目', 'incomplete-disclosure'),
      e('2.古树名木保护', 'incomplete-disclosure'),
      e('3、市民参与城市绿化', 'public-participation'),
    ],
    // Split by ；, the lead 今后，我局将 left out; the first publishes the plan and asks for views: both.
    improvements: [
      e('在公园改造项目开工前', 'incomplete-disclosure', 'public-participation'),
      e('丰富古树名木保护', 'incomplete-disclosure'),
      e('通过网上问卷', 'public-participation'),
    ],
  },
]
