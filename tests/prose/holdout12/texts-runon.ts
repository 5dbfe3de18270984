// Run-on and unmarked texts: one long paragraph with problems and measures, entries separated only by
// ；, 首先/其次/此外 and 其一/其二, one paragraph per entry without markers, 一方面/另一方面, a problem
// that runs on into a second sentence, a measure that runs on across 同时 inside it. Invented bodies and
// wording, written blind; the answers were set before the extractor was run.
import { e, type Holdout12Case } from './entry'

export const RUN_ON: Holdout12Case[] = [
  {
    id: 'h12-runon-one-paragraph-linye-2020',
    text: `五、存在的主要问题及改进情况
2020年我局政府信息公开工作存在的问题主要是林木采伐许可、征占用林地审批结果公开滞后，个别审批结果办结两个月后才公开，公益林补偿资金发放情况仅在乡镇张榜，未在网上公开，局网站“森林防火”栏目在防火期以外基本不更新，针对这些问题，2021年我局将严格执行审批结果7日内公开的规定，将公益林补偿资金发放情况在局网站和村务公开栏同步公开，并安排专人全年维护“森林防火”栏目，非防火期定期发布防火知识和政策。`,
    problems: [
      e('林木采伐许可、征占用林地审批结果', 'incomplete-disclosure'),
      e('公益林补偿资金发放情况', 'incomplete-disclosure'),
      e('局网站“森林防火”栏目', 'update-gap'),
    ],
    improvements: [
      e('严格执行审批结果7日内公开', 'incomplete-disclosure'),
      e('将公益林补偿资金发放情况', 'incomplete-disclosure'),
      e('安排专人全年维护“森林防火”栏目', 'update-gap'),
    ],
  },
  {
    id: 'h12-runon-semicolons-shuiwu-county-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
存在问题：减税降费政策更新频繁，纳税人对新政策适用条件掌握不准；办税服务厅设置的政务公开查阅点少有纳税人使用；12366热线高峰期接通率低，咨询答复口径不一；部分基层分局工作人员对依申请公开法定程序不熟悉。下一步工作：编制减税降费政策“一本通”并按季度更新；在办税服务厅政务公开查阅点增设电子触摸屏，安排导税人员引导使用；在申报期增派热线坐席，统一热点问题答复口径；组织基层分局开展依申请公开专题培训。`,
    problems: [
      e('减税降费政策更新频繁', 'policy-interpretation'),
      e('办税服务厅设置的政务公开查阅点', 'reading-room-underused'),
      e('12366热线高峰期接通率低', 'policy-interpretation'),
      e('部分基层分局工作人员', 'staff-capacity', 'request-handling'),
    ],
    improvements: [
      e('编制减税降费政策“一本通”', 'policy-interpretation'),
      e('在办税服务厅政务公开查阅点', 'reading-room-underused'),
      e('在申报期增派热线坐席', 'policy-interpretation'),
      e('组织基层分局开展依申请公开专题培训', 'staff-capacity', 'request-handling'),
    ],
  },
  {
    id: 'h12-runon-paragraph-each-jiaotong-city-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2022年，我局政府信息公开工作还存在以下问题。
公交线路调整、站点迁移等与市民出行密切相关的信息，发布时间距实施时间过短，市民来不及知晓。
交通建设项目征地拆迁信息公开不够细，被征收群众对补偿标准、安置方式有疑问。
局网站和“交通出行”APP提供的实时公交信息数据来源不同，两者经常对不上。
对此，我局将采取以下措施。
公交线路调整信息至少提前7日向社会发布，并在站台张贴告示。
细化交通建设项目征地拆迁信息公开，公开补偿标准、安置方式和资金拨付情况。
统一实时公交数据接口，局网站与APP调用同一数据源。`,
    problems: [
      e('公交线路调整、站点迁移', 'incomplete-disclosure'),
      e('交通建设项目征地拆迁信息', 'incomplete-disclosure'),
      e('局网站和“交通出行”APP', 'duplicate-publishing', 'platform-stability'),
    ],
    improvements: [
      e('公交线路调整信息至少提前7日', 'incomplete-disclosure'),
      e('细化交通建设项目征地拆迁信息公开', 'incomplete-disclosure'),
      e('统一实时公交数据接口', 'duplicate-publishing', 'platform-stability'),
    ],
  },
  {
    id: 'h12-runon-qiyi-tiyu-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我局政府信息公开工作存在以下不足：其一，公共体育场馆免费低收费开放信息公开不全，开放时段、预约方式未统一公布；其二，全民健身活动、赛事信息多在活动结束后发布报道，事前公告少，群众参与度不高；其三，局机关干部对政务公开工作的重视程度需要提高。
下一步，我局将：其一，在局网站和公众号公布各场馆开放时段和预约方式，实行动态更新；其二，提前发布全民健身活动和赛事报名信息，畅通群众参与渠道；其三，将政务公开纳入局党组年度重点工作，定期听取汇报。`,
    problems: [
      e('其一，公共体育场馆免费低收费', 'incomplete-disclosure'),
      e('其二，全民健身活动、赛事信息', 'public-participation', 'incomplete-disclosure'),
      e('其三，局机关干部对政务公开工作', 'awareness'),
    ],
    improvements: [
      e('其一，在局网站和公众号公布', 'incomplete-disclosure'),
      e('其二，提前发布全民健身活动', 'public-participation', 'incomplete-disclosure'),
      e('其三，将政务公开纳入局党组', 'awareness'),
    ],
  },
  {
    id: 'h12-runon-yifangmian-guoze-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
一方面，国有企业改革、国有资产处置等信息公开的主动性不够，除按规定公开的国有资本经营预算外，其他信息公开较少；另一方面，委网站与监管企业网站之间缺少信息联动，企业重大事项信息只在企业网站发布，群众难以查询。此外，我委负责信息公开的工作人员只有1名兼职人员。
2025年，我委一方面将制定国资监管信息公开目录，逐步扩大国有资产处置、企业负责人薪酬等信息公开范围；另一方面将在委网站开设“监管企业信息”专栏，汇集监管企业重大事项信息。同时，增配一名信息公开工作人员。`,
    problems: [
      e('一方面，国有企业改革', 'incomplete-disclosure'),
      e('另一方面，委网站与监管企业网站', 'platform-stability'),
      e('此外，我委负责信息公开的工作人员', 'staff-capacity'),
    ],
    improvements: [
      e('一方面将制定国资监管信息公开目录', 'standardization', 'incomplete-disclosure'),
      e('另一方面将在委网站开设', 'incomplete-disclosure'),
      e('同时，增配一名信息公开工作人员', 'staff-capacity'),
    ],
  },
  {
    id: 'h12-runon-long-sentence-street-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
街道在政务公开工作中还存在基层公开事项标准目录落实不够、社区政务公开专区利用率不高、街道公众号与居民互动少等问题，2026年街道将对照标准目录逐项落实公开事项，在各社区政务公开专区开展“政策进社区”宣讲活动提高专区使用率，同时安排专人回复公众号留言，定期开展线上议题征集。`,
    problems: [
      e('基层公开事项标准目录落实不够', 'standardization'),
      e('社区政务公开专区利用率不高', 'reading-room-underused'),
      e('街道公众号与居民互动少', 'new-media', 'public-participation'),
    ],
    improvements: [
      e('对照标准目录逐项落实公开事项', 'standardization'),
      e('在各社区政务公开专区开展', 'reading-room-underused'),
      e('同时安排专人回复公众号留言', 'new-media', 'public-participation'),
    ],
  },
  {
    id: 'h12-runon-two-sentences-problem-kouan-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
一是口岸通关时效、收费目录清单等信息公开不及时。部分口岸收费目录调整后，公示牌和网站未同步更新，企业仍按旧标准询价。二是政务公开工作与口岸业务工作融合不够，业务处室提供公开素材的积极性不高。三是对外贸企业关心的通关便利化措施，宣传解读不深入，企业知晓率低。
下一步，我办将：一是建立收费目录清单动态更新机制，调整后3个工作日内同步更新公示牌和网站；二是将公开工作任务分解到各业务处室，与年度考核挂钩；三是联合海关、海事等口岸单位举办政策宣讲会，编制通关便利化措施问答。`,
    problems: [
      e('一是口岸通关时效、收费目录清单', 'update-gap', 'incomplete-disclosure'),
      e('二是政务公开工作与口岸业务工作', 'awareness'),
      e('三是对外贸企业关心的通关便利化措施', 'policy-interpretation'),
    ],
    improvements: [
      e('一是建立收费目录清单动态更新机制', 'update-gap'),
      e('二是将公开工作任务分解到各业务处室', 'awareness'),
      e('三是联合海关、海事等口岸单位', 'policy-interpretation'),
    ],
  },
  {
    id: 'h12-runon-semicolon-only-township-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
一是村级“三务”公开时有滞后；二是乡政府信息公开专栏内容单薄；三是乡村两级干部对政务公开的重要性认识不足。下一步：按季度督查村级“三务”公开；丰富专栏内容，重点公开惠民资金发放、项目建设信息；通过乡党委会、村干部例会学习政务公开相关规定。`,
    problems: [
      e('一是村级“三务”公开时有滞后', 'incomplete-disclosure'),
      e('二是乡政府信息公开专栏内容单薄', 'incomplete-disclosure'),
      e('三是乡村两级干部对政务公开的重要性', 'awareness'),
    ],
    improvements: [
      e('按季度督查村级“三务”公开', 'incomplete-disclosure'),
      e('丰富专栏内容', 'incomplete-disclosure'),
      e('通过乡党委会、村干部例会学习', 'awareness'),
    ],
  },
  {
    id: 'h12-runon-shouxian-renfang-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
首先，人防工程、应急疏散基地等信息公开不充分，群众对身边人防设施的位置和用途了解不多。其次，防空警报试鸣等活动的公告只在网站发布，覆盖面窄。最后，人防易地建设费收缴、减免等政策解读不够，个别建设单位对收费依据存在误解。
对此，我办将首先编制并公开城区人防工程和应急疏散基地分布图；其次通过电视、广播、公众号、社区公告栏多渠道发布防空警报试鸣公告；最后制作人防易地建设费政策问答，在行政审批窗口免费发放。`,
    problems: [
      e('首先，人防工程、应急疏散基地', 'incomplete-disclosure'),
      e('其次，防空警报试鸣等活动的公告', 'incomplete-disclosure'),
      e('最后，人防易地建设费收缴', 'policy-interpretation'),
    ],
    improvements: [
      e('首先编制并公开城区人防工程', 'incomplete-disclosure'),
      e('其次通过电视、广播、公众号', 'incomplete-disclosure'),
      e('最后制作人防易地建设费政策问答', 'policy-interpretation'),
    ],
  },
  {
    id: 'h12-runon-ciwai-town-2020',
    text: `五、存在的主要问题及改进情况
我镇政府信息公开工作还存在不少问题，一是镇政务公开网页的内容主要是工作信息，对群众关心的补贴发放、项目建设等信息公开不够；二是部分村公开栏设置位置不合理，群众平时很少路过。此外，镇里负责信息公开的同志刚接手工作，对条例规定掌握不够。
2021年，我镇将做好以下工作：一是重点公开惠农补贴发放、民生项目建设情况；二是调整村公开栏设置位置，设在村民活动广场、村部门口等人员密集处；此外，组织信息公开工作人员参加县政府办举办的业务培训。`,
    problems: [
      e('一是镇政务公开网页的内容', 'incomplete-disclosure'),
      e('二是部分村公开栏设置位置不合理', 'reading-room-underused'),
      e('此外，镇里负责信息公开的同志', 'staff-capacity'),
    ],
    improvements: [
      e('一是重点公开惠农补贴发放', 'incomplete-disclosure'),
      e('二是调整村公开栏设置位置', 'reading-room-underused'),
      e('此外，组织信息公开工作人员', 'staff-capacity'),
    ],
  },
]
