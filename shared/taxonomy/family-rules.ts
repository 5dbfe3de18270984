// Category phrases found as wording families in the eleventh holdout (session 13), each written from the
// meaning problem-taxonomy.md gives the category and checked against every labelled set's gold (see
// tests/prose/MISSES.md). Read with rules.ts's CATEGORY_RULES (decides wherever it appears); kept apart
// because rules.ts is at its size limit.
import type { ProblemCategory } from '../model/report'

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
    anywhere: [/公开的?主动性[^。]*?(?:发布|被动公开|公开结果)/],
  },
  {
    // One item kept from one source for every platform, or said to be published on each separately
    // ("数据同源", "做到一个口径", "以审批平台数据为唯一来源", "各发各的", "在中心网站和省平台各发一次", "在不同平台
    // 发布"), and the site and the notice boards as two skins ("网上公开与线下公开“两张皮”"): the taxonomy's
    // "different platforms' rules clash, the same item published several times".
    category: 'duplicate-publishing',
    anywhere: [/同源|一个口径|唯一来源|从网站取数|各发各的|各发一次|(?:不同|两个|多个)平台[^，。；]{0,4}发布|(?:网上|线上)[^。；]{0,12}(?:线下|公开栏)[^。；]{0,8}两张皮/],
  },
]
