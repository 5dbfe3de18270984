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
  },  {
    // Specialists lacking ("缺少熟悉政务公开业务的专业人才", "专业人才缺乏"): the staff's (staff-capacity).
    category: 'staff-capacity',
    anywhere: [/(?:缺少|缺乏|没有)[^，。；]{0,14}专业人才|专业人才[^，。；]{0,2}(?:缺乏|不足|匮乏|短缺)/],
  },
  {
    // The public's reports and clues called for, the channel made known or said unknown ("举报投诉渠道宣传不够",
    // "公示举报电话", "征集…问题线索"): participation. (Not a channel only listed among a booklet's contents.)
    category: 'public-participation',
    anywhere: [/(?:公示|公布|宣传|开通|畅通)[^，。；]{0,8}举报|举报[^，。；]{0,8}(?:宣传|知晓|不畅)|(?:征集|收集)[^，。；]{0,14}线索/],
  },
  {
    // One place publishes first, the others repost or draw on the same text ("明确…为信息首发平台，公众号…统一转发",
    // "网站与公众号使用同一文本", "同时调用同一数据"): two channels kept in agreement (duplicate-publishing).
    category: 'duplicate-publishing',
    anywhere: [/首发平台|(?:使用|调用)同一(?:文本|数据|版本|来源)/],
  },
]
