// Category phrases found as wording families in the eleventh holdout (session 13), each written from the
// meaning problem-taxonomy.md gives the category and checked against every labelled set's gold (see
// tests/prose/MISSES.md). Read with rules.ts's CATEGORY_RULES (decides wherever it appears); kept apart
// because rules.ts is at its size limit.
import type { ProblemCategory } from '../model/report'
import { FAMILY_RULES_S15 } from './family-rules-s15'
import { FAMILY_RULES_S32 } from './family-rules-s32'
import { FAMILY_RULES_S34 } from './family-rules-s34'
import { FAMILY_RULES_S37 } from './family-rules-s37'
import { FAMILY_RULES_S38 } from './family-rules-s38'

export const FAMILY_RULES: { category: ProblemCategory; anywhere: RegExp[] }[] = [
  {
    // Leadership attention made a duty of the units: the work itself put into their assessment or the
    // leaders' supervision ("将政务公开纳入科室年度考核", "把信息报送情况纳入科室绩效考核", "把政务公开工作纳入…督查督办
    // 事项", "提高政务公开在县综合考核中的权重"). Not where the entry reports results out (通报, 扣分): that is the
    // checking of output, which the sets leave to `other`.
    category: 'awareness',
    anywhere: [
      /(?<![^]*(?:通报|扣分)[^]*)(?:(?:将|把)(?:(?:依申请|政务|信息|政府信息|校务|社区|村务|院务)?公开(?:工作|办理)?|信息报送情况)纳入[^。；，]{0,20}(?:考核|考评|督查督办)|(?:政务|信息)公开(?:工作)?在[^。；，]{0,10}考核中的(?:权重|分值|比重))(?![^]*(?:通报|扣分))/,
    ],
  },
  {
    // Interaction with the public on an account or a message board (taxonomy: "little public participation or
    // interaction"): messages answered or not ("公众号后台留言较多，回复不够及时"), "重发布、轻互动", fans and net
    // users' questions, topics opened for them. (Not "互动回应水平": an account's running, new-media's alone.)
    category: 'public-participation',
    anywhere: [/留言[^。；]{0,24}(?:回复|答复)|重发布[、，,]?\s*轻(?:互动|回应)|粉丝互动|网民提问|互动话题|互动性(?:弱|不强|差)|互动(?:较弱|偏弱)|互动回复/],
  },
  {
    // The disclosure's own initiative said to be lacking, then what is published too little or only when asked
    // ("信息公开的主动性不强，多为转发上级文件，本地监管信息发布较少"): what is disclosed, not a mindset.
    category: 'incomplete-disclosure',
    anywhere: [/公开的?主动性[^。]*?(?:发布|被动公开|公开结果|公开较少|公开不多)/],
  },
  {
    // One item kept from one source for every platform, or said to be published on each separately
    // ("数据同源", "做到一个口径", "以审批平台数据为唯一来源", "各发各的", "在中心网站和省平台各发一次", "在不同平台
    // 发布"), and the site and the notice boards as two skins ("网上公开与线下公开“两张皮”"): the taxonomy's
    // "different platforms' rules clash, the same item published several times".
    category: 'duplicate-publishing',
    anywhere: [/同源|一个口径|唯一来源|从网站取数|各发各的|各发一次|(?:不同|两个|多个)平台[^，。；]{0,4}发布|(?:网上|线上)[^。；]{0,12}(?:线下|公开栏)[^。；]{0,8}两张皮/],
  },
  {
    // Too few hands: one person on several posts, no full-time officer, temporary staff ("身兼数职", "一人多岗",
    // "配备专职信息员", "靠一名临时工维护").
    category: 'staff-capacity',
    anywhere: [/身兼数职|一人多岗|配备专职|专职信息员|临时工|临时聘用/],
  },
  {
    // The platform slow to answer, or a request channel opened online ("高峰期响应慢", "开通网上申请通道，实现在线提交").
    category: 'platform-stability',
    anywhere: [/响应(?:速度)?慢|网上申请通道|在线提交/],
  },
  {
    // Information published without initiative ("涉旅信息发布不够主动"): what is disclosed (a response not given
    // first, "回应不够主动", stays interpretation's).
    category: 'incomplete-disclosure',
    anywhere: [/信息(?:公开|发布)不够主动/],
  },
  {
    // The work left to the disclosure office alone ("一头热", "业务处室配合不够主动"): leadership attention lacking.
    category: 'awareness',
    anywhere: [/一头热|(?:部门|科室|处室|股室|单位)配合不够主动/],
  },
  {
    // Content left as it was years ago ("多年未动", "还是前年的联系电话").
    category: 'update-gap',
    anywhere: [/多年未动|(?:还是|仍是)(?:前年|去年)/],
  },
  {
    // Risk warnings said as what is published (发布…风险提示, 风险提示…发布): information put out, not a policy
    // explained (rules.ts leaves those to this rule; "编发风险提示和以案说法材料" stays interpretation's).
    // Stale data sets ("数据集更新周期长", "多年未维护的数据集"): a stale section of what is disclosed. An empty
    // column to be filled ("空缺栏目限期补充").
    category: 'incomplete-disclosure',
    anywhere: [/发布[^。；]{0,12}风险提示|风险提示[^。；]{0,12}发布/],
  },
  {
    category: 'update-gap',
    anywhere: [/数据集[^。；]{0,10}(?:更新周期|未维护|不更新|未更新|有效更新)|(?:不更新|未更新|未维护)的数据集|空缺栏目|栏目空缺/],
  },
  {
    // The public let into the body's meetings ("邀请群众代表列席"). (开放日 is left to the concepts, which read it
    // already and let a second category stand beside it: "开放日活动较少，图解产品不多".)
    category: 'public-participation',
    anywhere: [/列席/],
  },
  {
    // Columns set against what a list or the higher level requires ("栏目设置不全", "栏目设置与上级要求不完全对应",
    // "按照…事项清单增设栏目"): 两化's layout of the site.
    category: 'standardization',
    anywhere: [/栏目设置[^，。；]{0,8}(?:不全|要求|不完全对应)|(?:清单|目录)[^，。；]{0,6}增设栏目/],
  },
  {
    // Staff not familiar with a procedure, or lessons given to them ("对依申请公开的办理程序不够熟悉", "专家授课").
    category: 'staff-capacity',
    anywhere: [/不够?熟悉|授课/],
  },
  // ── session 14: families found in holdout 12's 60 tuning texts, each checked against every set's gold ──
  {
    // Leadership attention made a duty another way: the work tied to units' assessment ("与年度考核挂钩",
    // "把公开工作和班子考评挂钩"), or put before the leaders' own meeting ("由局长办公会定期研究").
    category: 'awareness',
    anywhere: [/(?:考核|考评|绩效)挂钩|办公会[^。；]{0,6}研究/],
  },
  {
    // A policy or service not made known to the people it is for ("…政策宣传不够，群众不了解"): interpretation
    // thin (the taxonomy's "interpretation thin or in one form only").
    category: 'policy-interpretation',
    anywhere: [/宣传(?:不够|不到位|不足|力度不够)/],
  },
  {
    // A notice board or reading point put where nobody passes ("公开栏设置位置偏僻", "调整公开栏设置位置"): the
    // place of disclosure hardly used.
    category: 'reading-room-underused',
    anywhere: [/(?:公开栏|公示栏|查阅点|查阅室)[^。；]{0,4}(?:设置)?位置/],
  },
  {
    // The same item differing between the channels it is put out on ("各渠道不一致", "多个渠道发布…不一致").
    category: 'duplicate-publishing',
    anywhere: [/各渠道[^。；]{0,6}不一致|渠道发布[^。；]{0,20}不一致/],
  },
  {
    // An entry the public cannot find ("查询入口隐蔽", "入口难找"): the portal's usability.
    category: 'platform-stability',
    anywhere: [/入口(?:隐蔽|难找|不好找)/],
  },
  {
    // Data put out as charts ("用图表形式发布…监测信息"): a form of interpretation (not a system's "图表展示功能").
    category: 'policy-interpretation',
    anywhere: [/(?:用|以|运用|采用)图表|图表(?:形式|化)/],
  },
  {
    // What is published reaching too few ("公告只在网站发布，覆盖面窄", "停电信息通知覆盖面不够"): disclosure
    // incomplete. Not training or a consultation's reach ("培训覆盖面不广", "意见征集覆盖面窄": staff's, participation's),
    // nor an interpretation's ("政策宣传解读覆盖面窄": interpretation's, session 37).
    category: 'incomplete-disclosure',
    anywhere: [/(?<![^。；]*(?:培训|征集|参训|解读)[^。；]*)覆盖面(?:窄|小|不广|不够)/],
  },
  {
    // A published figure or table explained in plain words ("配发通俗说明", "由会计现场解释"): interpretation.
    category: 'policy-interpretation',
    anywhere: [/通俗(?:说明|解释)|现场解释/],
  },
  {
    // A system and a site holding the same items apart ("省局系统与县局网站之间存在“两张皮”，数据不一致"): platforms
    // clashing, not the platform's faults.
    category: 'duplicate-publishing',
    anywhere: [/(?:系统|平台|网站)(?:与|和)[^。；]{0,10}(?:网站|平台|系统)[^。；]{0,10}(?:两张皮|数据不一致)/],
  },
  {
    // A site moved onto another platform and what it lost on the way ("迁移后栏目核查", "迁移不完整", "补迁"): the
    // platform's integration (not a stop or a route moved, "站点迁移", nor the move itself beside another fault).
    category: 'platform-stability',
    anywhere: [/迁移(?:后|不完整|中|完成)|补迁/],
  },
  ...FAMILY_RULES_S15, // session 15: holdout 13's tuning part
  ...FAMILY_RULES_S32, // session 32: the tuning parts' staff named as those who cannot judge
  ...FAMILY_RULES_S34, // session 34: a duplicate's versions said to differ in any words
  ...FAMILY_RULES_S37, // session 37: holdout 21's tuning part (lists, leaders' asking, suggestion boxes, drafts' quality, budgets)
  ...FAMILY_RULES_S38, // session 38: holdout 22's tuning part (leading groups, sites no one keeps, self-built platforms, security holes, lists carried out)
]
