// Category phrases of session 38 (s538, holdout 22's tuning part and the kinds of miss named from holdouts 20–21's
// parts set aside): wordings that name a category's concept by another road than the words the rules knew. Each
// from problem-taxonomy.md's description of the category.
import type { CategoryRule } from './category-rule'

export const FAMILY_RULES_S38: CategoryRule[] = [
  {
    // The body's leading group for the work that seldom meets or does little ("领导小组作用发挥不充分，全年仅召开
    // 1次专题会议"; "领导小组每季度召开一次会议"): leadership attention (awareness).
    category: 'awareness',
    anywhere: [/(?:公开|公开工作)领导小组[^。；]{0,12}(?:作用|召开|会议|研究)/],
  },
  {
    // A site or column no one looks after ("部分农村学校网站无人维护"): its upkeep (update-gap), as 长期未维护.
    category: 'update-gap',
    anywhere: [/(?:网站|栏目|专栏|公开栏|页面)[^。；]{0,8}(?:无人维护|无人管理|没人维护)/],
  },
  {
    // Platforms built apart, each with its own rules ("自建的公开平台较多，标准各异"; "整合…自建的公开平台，统一纳入…
    // 平台"): platforms whose rules clash (duplicate-publishing).
    category: 'duplicate-publishing',
    anywhere: [/平台[^。；]{0,12}(?:标准各异|标准不同|各自为政)|整合[^。；]{0,12}自建的?[^。；]{0,6}平台/],
  },
  {
    // A site's security holes ("网站多次因安全漏洞被通报", "安全加固，定期开展漏洞扫描"): the platform's faults.
    category: 'platform-stability',
    anywhere: [/安全漏洞|漏洞扫描|安全加固/],
  },
  {
    // A disclosure list (公开清单, 事项清单) not carried out ("信息公开清单执行不到位"): the catalogue's
    // (standardization), as s37's revised list. (Not "对照…事项清单逐项公开", read as the disclosure's own in holdout 9.)
    category: 'standardization',
    anywhere: [/公开(?:事项)?清单[^，。；]{0,4}(?:执行|落实)(?:不到位|不够|不力)/],
  },
]
