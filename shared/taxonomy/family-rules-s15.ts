// Category phrases found as wording families in holdout 13's tuning part (session 15), each written from the
// meaning problem-taxonomy.md gives the category and probed first against the gold of every labelled set
// (src-main/eval/category-probe.ts: gold entries the pattern matches, having the category / not; figures in
// tests/prose/MISSES.md, "Session 15 (s5c)"). Read with the other phrase rules (family-rules.ts, rules.ts):
// each decides wherever it appears.
import type { ProblemCategory } from '../model/report'

export const FAMILY_RULES_S15: { category: ProblemCategory; anywhere: RegExp[] }[] = [
  {
    // Two or more places named, then what they publish differing ("网站、短信和公众号发布的…不一致", "局网站与
    // 各校网站的…信息存在不一致", "两边信息时有矛盾"): the taxonomy's "different platforms' rules clash, the same
    // item published several times". Not catalogues or column layouts set against each other (目录, 设置: 两化's).
    category: 'duplicate-publishing',
    anywhere: [
      /(?:网站|平台|APP|公众号|短信|微博|客户端|专栏|栏目)[^。；]{0,12}(?:、|和|与)[^。；]{0,20}(?:发布|刊登|公布)的[^。；]{0,16}(?:不一致|不统一|矛盾|不同步)/,
      /(?:网站|平台|栏目)(?:与|和)(?:(?!目录|设置)[^。；]){0,24}(?:不一致|不统一|矛盾)|两边[^。；]{0,8}矛盾/,
      // An account named first ("公众号发布的信息与专栏内容不同步", "公众号与专栏信息同步发布").
      /(?:公众号|新媒体|微博|APP)[^。；]{0,6}发布的[^。；]{0,6}(?:与|和)[^。；]{0,16}(?:不一致|不同步|不统一)|(?:公众号|新媒体|微博)(?:与|和)[^。；]{0,10}(?:网站|专栏|栏目|平台)[^。；]{0,6}同步发布/,
    ],
  },
  {
    // One item put up in two places or across columns, and its cure ("同一文件在两处发布", "交叉发布", "同时刊登同一
    // 批…", "同一文件只在一个栏目发布", "三个渠道同时发布" after one review).
    category: 'duplicate-publishing',
    anywhere: [/(?:两|多)处(?:发布|刊登)|交叉发布|同时刊登|同一批|(?:一个|同一)栏目发布|[两三多]个渠道同时发布|同时发布[^。；]{0,16}(?:两边|矛盾|不一致)/],
  },
  {
    // What became of the public's opinions and suggestions ("意见采纳情况", "建议办理情况反馈", "意见处理结果"), their
    // being heard ("听取…意见"), and the bodies that gather them (家长委员会, 议事厅): participation and interaction.
    // (Complaints' handling, 投诉处理结果, is disclosure in some sets and participation in others: left out.)
    category: 'public-participation',
    anywhere: [/(?:意见|建议)[^。；]{0,10}(?:办理|处理|采纳|反馈)(?:结果|情况)|听取[^。；]{0,12}意见|家长委员会|议事厅/],
  },
  {
    // An item kept from the public ("名单没有张榜", "只在系统内部通报，公众无从查询", "网上查不到"), and spending
    // disclosed item by item ("按项目公开…使用情况", "定期公开…资金使用情况"): disclosure incomplete.
    category: 'incomplete-disclosure',
    anywhere: [/没有张榜|未张榜|无从查询|网上查不到|只在[^。；]{0,8}(?:内部|系统内)|(?:按[^。；]{0,4}|定期)公开[^。；]{0,12}使用情况/],
  },
  {
    // Content left up after it lapsed ("招满后仍在网上挂着", "仍在挂着…的文件"), updated daily or on the day
    // ("日更新", "当日下线"), or on a long cycle ("更新周期长"): content not kept current.
    category: 'update-gap',
    anywhere: [/仍在[^。；]{0,4}挂着|招满后|当日(?:更新|下线)|日更新|更新周期长/],
  },
  {
    // What the public cannot understand: jargon, plain words lacking, conditions or steps not explained
    // ("专业术语多", "通俗易懂的解读", "申领条件说明不清"): interpretation thin.
    category: 'policy-interpretation',
    anywhere: [/通俗易懂|专业术语|(?:条件|流程|程序|政策)[^。；]{0,2}说明不清/],
  },
  {
    // A notice board's place ("公开栏设在行政楼", "在大厅增设公开栏"): where disclosure is read on site.
    category: 'reading-room-underused',
    anywhere: [/(?:公开栏|公示栏)设在|增设[^。；]{0,6}(?:公开栏|公示栏)/],
  },
  {
    // The work put into the assessment of those who answer for it, the unit named before it ("将某单位政务公开工作
    // 情况纳入绩效考核", "把公开情况作为干部年度评议内容"): leadership attention made a duty (as family-rules.ts's
    // 纳入…考核, and, as there, not where results are reported out: 通报, 扣分).
    category: 'awareness',
    anywhere: [
      /(?<![^]*(?:通报|扣分)[^]*)(?:(?:将|把)[^。；，]{0,8}(?:信息|政务)公开工作(?:情况)?纳入[^。；，]{0,20}(?:考核|考评)|作为[^。；，]{0,10}(?:考核|评议|考评)内容)(?![^]*(?:通报|扣分))/,
    ],
  },
]
