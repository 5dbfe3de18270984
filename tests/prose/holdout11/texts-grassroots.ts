// 乡镇 and 街道: shorter and plainer, one with nothing to report. Invented wording, written blind; the
// answers were set before the extractor was run.
import { e, type Holdout11Case } from './entry'

export const GRASSROOTS: Holdout11Case[] = [
  {
    id: 'h11-town-lanxi-2020',
    text: `五、存在的主要问题及改进情况
存在问题：镇政府信息公开栏目更新慢；部分村务公开栏内容未按季度更换；工作人员为兼职，业务不熟。
改进措施：明确镇党政办专人负责信息报送和栏目更新，每月检查；督促各村按季度更新公开栏；参加县里组织的业务培训。`,
    problems: [
      e('镇政府信息公开栏目更新慢', 'update-gap'),
      e('部分村务公开栏内容', 'update-gap'),
      e('工作人员为兼职', 'staff-capacity'),
    ],
    improvements: [
      e('明确镇党政办专人', 'update-gap'),
      e('督促各村按季度更新', 'update-gap'),
      e('参加县里组织的业务培训', 'staff-capacity'),
    ],
  },
  {
    id: 'h11-street-hepan-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2021年，我街道政府信息公开工作还存在一些不足：一是信息公开内容以工作动态为主，涉及居民切身利益的民生保障信息较少；二是社区政务公开点设置后群众知晓度低，利用不多。
2022年改进措施：一是加大低保、临时救助、老旧小区改造等民生信息的公开力度；二是在社区政务公开点张贴使用指引，并通过网格员向居民宣传。`,
    problems: [
      e('一是信息公开内容以工作动态为主', 'incomplete-disclosure'),
      e('二是社区政务公开点', 'reading-room-underused'),
    ],
    improvements: [
      e('一是加大低保', 'incomplete-disclosure'),
      e('二是在社区政务公开点', 'reading-room-underused'),
    ],
  },
  {
    id: 'h11-township-shiling-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
主要问题：1、公开不够及时；2、政策解读少；3、人员少。
改进措施：1、按时公开；2、加强政策解读；3、充实工作力量。`,
    problems: [
      e('1、公开不够及时', 'incomplete-disclosure'),
      e('2、政策解读少', 'policy-interpretation'),
      e('3、人员少', 'staff-capacity'),
    ],
    improvements: [
      e('1、按时公开', 'incomplete-disclosure'),
      e('2、加强政策解读', 'policy-interpretation'),
      e('3、充实工作力量', 'staff-capacity'),
    ],
  },
  {
    id: 'h11-town-baisha-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
上年度报告中提出的栏目更新滞后问题，已通过落实专人、每周巡查的办法整改到位。本年度仍存在以下问题：一是镇村两级公开事项清单尚未全部编制完成；二是村级财务公开存在公开不细的情况，群众看不明白。
下一步，我镇将：一是年内完成镇级和各村的公开事项清单编制，并在镇政府网站和村务公开栏同步公布；二是村级财务按收支明细逐笔公开，重大开支单独说明。`,
    problems: [
      e('一是镇村两级公开事项清单', 'standardization'),
      e('二是村级财务公开', 'incomplete-disclosure'),
    ],
    improvements: [
      e('一是年内完成镇级和各村', 'standardization'),
      e('二是村级财务按收支明细', 'incomplete-disclosure'),
    ],
    priorDone: 1,
  },
  {
    id: 'h11-street-dongguan-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
今年我街道政务公开工作虽有起色，但“短板”依然明显。一是“重发布、轻回应”，居民通过街道微信公众号留言反映的问题，有的隔了半个月才回复。二是公开工作“上热下冷”，社区一级对公开工作的认识还停留在“贴张通知就行”。三是工作人员“身兼数职”，信息公开专干同时负责宣传、信访、档案等工作，精力难以保证。
下一步，我们将对症下药：一是建立公众号留言“三日回复”制度，专人值守、限时办结；二是把社区公开工作纳入社区年度考评，街道班子成员挂点督导；三是争取增设一名公开专干，减少兼职事项。`,
    problems: [
      e('一是“重发布、轻回应”', 'new-media', 'public-participation'),
      e('二是公开工作“上热下冷”', 'awareness'),
      e('三是工作人员“身兼数职”', 'staff-capacity'),
    ],
    improvements: [
      e('一是建立公众号留言', 'new-media', 'public-participation'),
      e('二是把社区公开工作纳入', 'awareness'),
      e('三是争取增设', 'staff-capacity'),
    ],
  },
  {
    id: 'h11-town-qiaotou-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
存在问题：镇政务公开专区设在便民服务中心二楼，位置偏僻，全年来查阅的群众不足十人次；征地拆迁、安置补偿信息公开不及时，群众多次到镇里询问；依申请公开答复期限把握不准，有一件申请临近期满才答复。
改进举措：(1)将公开专区移至便民服务中心一楼大厅，配备查询电脑和纸质资料；(2)征地补偿方案、补偿标准和安置结果在批准后及时在镇网站和相关村公示；(3)建立依申请公开登记台账，安排专人跟踪办理时限。`,
    problems: [
      e('镇政务公开专区设在', 'reading-room-underused'),
      e('征地拆迁、安置补偿', 'incomplete-disclosure'),
      e('依申请公开答复期限', 'request-handling'),
    ],
    improvements: [
      e('(1)将公开专区移至', 'reading-room-underused'),
      e('(2)征地补偿方案', 'incomplete-disclosure'),
      e('(3)建立依申请公开登记台账', 'request-handling'),
    ],
  },
  {
    id: 'h11-street-xinhua-2020',
    text: `五、存在的主要问题及改进情况
本年度我街道政府信息公开工作总体运行平稳，未发现需要报告的问题。今后将继续按照上级要求做好相关工作。`,
    problems: [],
    improvements: [],
  },
  {
    id: 'h11-township-yunling-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我乡政务公开工作与上级要求相比还有差距。首先是乡政府网站信息公开专栏内容单薄，主动公开信息全年仅40余条；其次是对政务公开的培训学习不够，经办人员对新《条例》掌握不全。
2022年，我乡一要丰富公开内容，重点公开乡村振兴项目、惠农补贴和村级财务等信息；二要组织经办人员参加县级培训，并开展乡内集中学习；三要建立乡政务公开工作领导小组，主要领导亲自过问。`,
    problems: [
      e('首先是乡政府网站', 'incomplete-disclosure'),
      e('其次是对政务公开的培训', 'staff-capacity'),
    ],
    improvements: [
      e('一要丰富公开内容', 'incomplete-disclosure'),
      e('二要组织经办人员', 'staff-capacity'),
      e('三要建立乡政务公开工作领导小组', 'awareness'),
    ],
  },
  {
    id: 'h11-street-jinqiao-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
一是社区公开栏与街道网站公开内容不一致，同一事项在两处公开的时间和内容不同。
二是政务信息发布审核把关不严，有一条信息发布后发现数据错误。
（二）改进措施
一是统一由街道党政办公室对外发布，社区公开栏内容以街道网站为准。
二是落实信息发布“一审二核三签发”制度，数据类信息由业务科室复核。
（三）上年度问题整改情况
2022年度报告中提出的两项问题已完成整改：一是街道网站“通知公告”栏目已恢复正常更新；二是组织全体社区干部开展政务公开培训2次。`,
    problems: [
      e('一是社区公开栏与街道网站', 'duplicate-publishing'),
      e('二是政务信息发布审核', 'other'),
    ],
    improvements: [
      e('一是统一由街道党政办公室', 'duplicate-publishing'),
      e('二是落实信息发布', 'other'),
    ],
    priorDone: 2,
  },
  {
    id: 'h11-town-shangyuan-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
一是网上公开与线下公开“两张皮”。镇政府网站发布的信息与镇村公开栏张贴的内容不衔接。对此，我镇将梳理线上线下公开事项，建立对照表，做到同步公开。二是政务新媒体运维力量不足。镇公众号主要靠一名临时工维护，推送少、内容杂。对此，我镇将由党政办统筹公众号运营，制定推送计划，每周不少于两次。`,
    problems: [
      e('一是网上公开与线下公开', 'duplicate-publishing'),
      e('二是政务新媒体运维力量', 'new-media', 'staff-capacity'),
    ],
    improvements: [
      e('梳理线上线下公开事项', 'duplicate-publishing'),
      e('由党政办统筹公众号运营', 'new-media'),
    ],
  },
  {
    id: 'h11-street-nanyuan-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
1.基层政务公开标准化落实有偏差。街道按县级标准目录梳理了公开事项，但部分事项公开内容与目录要求对不上号，个别事项“有目录无内容”。
2.居民参与渠道较单一。社区议事协商、居民说事等活动开展不经常，居民对街道重大事项的知情和参与不够。
（二）下一步工作打算
1.对照目录逐项“回头看”，补齐缺失内容，对不适用事项按程序调整。
2.丰富居民参与形式：（1）每季度召开一次“居民议事会”；（2）重大民生事项实施前在社区公示并听取意见；（3）开设“街道书记信箱”。`,
    problems: [
      e('1.基层政务公开标准化落实', 'standardization'),
      e('2.居民参与渠道较单一', 'public-participation'),
    ],
    improvements: [
      e('1.对照目录逐项', 'standardization'),
      e('2.丰富居民参与形式', 'public-participation'),
    ],
  },
]
