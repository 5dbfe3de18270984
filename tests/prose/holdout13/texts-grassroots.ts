// 乡镇 and 街道: plainer, shorter texts; one paragraph per point, 1、 with a dropped 。, a 乡 with nothing
// to report, a 街道 with last year's fix in a sentence first. Invented bodies and wording, written blind;
// the answers were set before the extractor was run.
import { e, type Holdout13Case } from './entry'

export const GRASSROOTS: Holdout13Case[] = [
  {
    id: 'h13-town-guanqiao-2020',
    text: `五、存在的主要问题及改进情况
我镇政府信息公开工作还存在一些问题：1、村务公开栏内容更新慢，有的村一个季度才换一次；2、镇政府网站栏目信息较少，主要是转发上级文件；3、镇里负责公开工作的同志是兼职，对条例学习不深。
下步打算：1、督促各村每月更新公开栏，镇纪委不定期抽查；2、加强本镇自身信息的发布，重点公开镇级财政收支和民生项目；3、安排兼职人员参加县里组织的业务学习，年内不少于两次。`,
    problems: [
      e('1、村务公开栏内容更新慢', 'update-gap'),
      e('2、镇政府网站栏目信息较少', 'incomplete-disclosure'),
      e('3、镇里负责公开工作的同志是兼职', 'staff-capacity'),
    ],
    improvements: [
      e('1、督促各村每月更新公开栏', 'update-gap'),
      e('2、加强本镇自身信息的发布', 'incomplete-disclosure'),
      e('3、安排兼职人员参加县里组织的业务学习', 'staff-capacity'),
    ],
  },
  {
    id: 'h13-street-hexi-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
本街道政务公开工作还有以下问题。
社区居务公开内容以通知为主，低保、临时救助、高龄补贴等民生资金发放情况公开不及时。
街道政务公开点设在二楼办公区，居民不知道有这个地方，平时基本没人来。
部分社区工作者对哪些信息该公开、怎样公开不清楚。
接下来，我们准备这样做。
按月公开民生资金发放名单，在社区公开栏和居民微信群同步发布。
把政务公开点搬到一楼便民服务大厅，设置指示牌。
每季度召开一次社区工作者政务公开业务培训会。`,
    problems: [
      e('社区居务公开内容以通知为主', 'incomplete-disclosure'),
      e('街道政务公开点设在二楼办公区', 'reading-room-underused'),
      e('部分社区工作者对哪些信息该公开', 'staff-capacity'),
    ],
    improvements: [
      e('按月公开民生资金发放名单', 'incomplete-disclosure'),
      e('把政务公开点搬到一楼便民服务大厅', 'reading-room-underused'),
      e('每季度召开一次社区工作者政务公开业务培训会', 'staff-capacity'),
    ],
  },
  {
    id: 'h13-xiang-taohe-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2022年度，我乡政府信息公开工作按要求开展，暂无需要特别说明的问题。今后我乡将继续严格落实《条例》规定，做好政府信息公开各项工作。`,
    problems: [],
    improvements: [],
  },
  {
    id: 'h13-town-luokou-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的问题
①征地拆迁补偿、危房改造等群众最关心的事项，公开的只有政策，补偿标准和名单没有张榜；②镇便民服务中心的电子显示屏经常黑屏，公示内容无法显示；③部分村干部认为公开了容易引发矛盾，公开的积极性不高。
（二）改进措施
①征地拆迁补偿标准、补偿名单在所在村公开栏张榜公示不少于7天；②联系厂家维修电子显示屏，并安排专人每天开机检查；③召开村干部会议，讲清楚公开的法定要求，把公开情况作为村干部年度评议内容。`,
    problems: [
      e('①征地拆迁补偿、危房改造', 'incomplete-disclosure'),
      e('②镇便民服务中心的电子显示屏', 'platform-stability'),
      e('③部分村干部认为公开了容易引发矛盾', 'awareness'),
    ],
    improvements: [
      e('①征地拆迁补偿标准、补偿名单', 'incomplete-disclosure'),
      e('②联系厂家维修电子显示屏', 'platform-stability'),
      e('③召开村干部会议', 'awareness'),
    ],
  },
  {
    id: 'h13-street-beiguan-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
上年度报告中提出的社区公开栏更新滞后问题，已通过建立“月更新、季检查”制度整改到位。本年度，我街道仍存在以下不足：一是街道政务公开专栏中“重点工作”“财政信息”两个子栏目部分月份没有内容；二是群众通过“街道议事厅”提出的意见，反馈结果没有公开；三是街道公众号发布的信息与政务公开专栏内容不同步。
下一步，我街道将：一是明确各科室对应栏目的更新责任，每月初由党政办检查；二是将议事厅意见办理结果在公众号和社区公开栏一并公布；三是公众号与政务公开专栏信息同步发布，由党政办统一审核。`,
    priorDone: 1,
    problems: [
      e('一是街道政务公开专栏中“重点工作”', 'update-gap'),
      e('二是群众通过“街道议事厅”提出的意见', 'public-participation'),
      e('三是街道公众号发布的信息与政务公开专栏', 'duplicate-publishing', 'new-media'),
    ],
    improvements: [
      e('一是明确各科室对应栏目的更新责任', 'update-gap'),
      e('二是将议事厅意见办理结果', 'public-participation'),
      e('三是公众号与政务公开专栏信息同步发布', 'duplicate-publishing', 'new-media'),
    ],
  },
  {
    id: 'h13-town-qingshan-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
存在问题：一是信息公开的形式比较老套，主要靠公开栏张贴；二是对上级政策的宣讲不够，群众对医保缴费、养老认证等政策知晓率不高；三是依申请公开办理经验少，去年受理的2件申请均由县司法局指导后才答复。
改进情况：一是利用村村响广播、村民微信群发布公开信息；二是组织镇村干部进村入户开展政策宣讲，印发政策问答手册；三是安排分管领导和经办人员到县里跟班学习依申请公开办理流程。`,
    problems: [
      e('一是信息公开的形式比较老套', 'incomplete-disclosure'),
      e('二是对上级政策的宣讲不够', 'policy-interpretation'),
      e('三是依申请公开办理经验少', 'request-handling', 'staff-capacity'),
    ],
    improvements: [
      e('一是利用村村响广播、村民微信群', 'incomplete-disclosure'),
      e('二是组织镇村干部进村入户开展政策宣讲', 'policy-interpretation'),
      e('三是安排分管领导和经办人员到县里跟班学习', 'request-handling', 'staff-capacity'),
    ],
  },
  {
    id: 'h13-xiang-songao-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我乡地处山区，政务公开工作基础薄弱，存在公开栏设置偏远、乡网页长期无人维护、干部业务不熟等问题。2022年，我乡将把公开栏设在村委会和村民集中的小卖部旁，确定一名干部负责乡网页的日常维护，并组织干部参加全县政务公开轮训。`,
    problems: [
      e('公开栏设置偏远', 'reading-room-underused'),
      e('乡网页长期无人维护', 'update-gap'),
      e('干部业务不熟', 'staff-capacity'),
    ],
    improvements: [
      e('把公开栏设在村委会', 'reading-room-underused'),
      e('确定一名干部负责乡网页的日常维护', 'update-gap'),
      e('组织干部参加全县政务公开轮训', 'staff-capacity'),
    ],
  },
  {
    id: 'h13-street-dongcheng-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
今年来，街道政务公开工作还存在短板。首先是老旧小区改造、加装电梯等项目的进展情况公开不连续，居民要到现场才能了解工程进度。其次是居民对政务公开工作的知晓度和参与度低，召开的听证会、协商会参加人数少。再次是街道微信公众号以转发为主，原创内容少，阅读量不高。
2024年，街道将做好以下几点。首先是建立项目进展“周报”制度，在小区公开栏和公众号每周公布工程进度。其次是改进协商会组织方式，提前一周公布议题，邀请楼栋长、居民代表参加。再次是组织社区工作者学习新媒体写作，提高原创信息比例。`,
    problems: [
      e('首先是老旧小区改造、加装电梯', 'incomplete-disclosure'),
      e('其次是居民对政务公开工作的知晓度', 'public-participation'),
      e('再次是街道微信公众号以转发为主', 'new-media'),
    ],
    improvements: [
      e('首先是建立项目进展“周报”制度', 'incomplete-disclosure'),
      e('其次是改进协商会组织方式', 'public-participation'),
      e('再次是组织社区工作者学习新媒体写作', 'new-media', 'staff-capacity'),
    ],
  },
  {
    id: 'h13-town-lianhua-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
一、存在问题
1.村级财务公开不规范，有的村只公开收支总数，不公开明细。
2.镇政务公开标准目录编制后没有根据实际情况动态调整。
3.镇政府对各村政务公开工作督促检查不多。
二、整改措施
1.统一村级财务公开格式，每季度公开一次收支明细。
2.每年对标准目录进行一次梳理调整。
3.每半年对各村公开工作开展一次检查，结果在全镇通报。`,
    problems: [
      e('1.村级财务公开不规范', 'standardization', 'incomplete-disclosure'),
      e('2.镇政务公开标准目录编制后', 'standardization'),
      e('3.镇政府对各村政务公开工作督促检查不多', 'other'),
    ],
    improvements: [
      e('1.统一村级财务公开格式', 'standardization', 'incomplete-disclosure'),
      e('2.每年对标准目录进行一次梳理调整', 'standardization'),
      e('3.每半年对各村公开工作开展一次检查', 'other'),
    ],
  },
]
