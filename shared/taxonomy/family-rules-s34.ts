// Category phrases of session 34 (s534): the duplicate's "said differently" in one vocabulary. The rules of
// rules.ts each name a few ways of saying two versions differ (不一致 here, 有出入 there, 不同 in a third);
// a new writer picks another ("发布时间不同", "内容不完全一致"). Here the same item, or the places it is
// published, are read with every way of saying they differ (DIFFER), and the general names of publishing
// one item more than once (一稿多发, its measure 不再单独发布). From problem-taxonomy.md's
// duplicate-publishing ("different platforms' rules clash, the same item published several times").
import type { ProblemCategory } from '../model/report'

/**
 * Every way of saying two versions differ. 不同 only closing its clause ("发布时间不同"), not as "different
 * places" before a noun ("同一事项在不同区县…"); 不同步 is left out (a column late is update-gap's word too).
 */
const DIFFER = '(?:不(?:完全|尽)?一致|不(?:完全|尽)?统一|不一(?!样|定)|不(?:完全|尽)?相同|不同(?=[，。；、,;]|$)|各异|存在差异|有差异|有出入|有差别|相互矛盾|前后矛盾)'

/** What one item is: a notice, a policy, a piece of information (not a catalogue: 目录 is 两化's). */
const ITEM = '(?:信息|文件|政策|内容|事项|通知|公告|消息|数据)'

export const FAMILY_RULES_S34: { category: ProblemCategory; anywhere: RegExp[] }[] = [
  {
    category: 'duplicate-publishing',
    anywhere: [
      // The same item, then how it differs in the same clause ("同一条临时停运信息的发布时间不同"); not its
      // elements or format differing between units ("同一事项在各乡镇公开的要素和格式不同": 两化's, as rules.ts reads 要素).
      new RegExp(`同一[^，。；]{0,8}${ITEM}(?:(?!目录|要素|格式)[^，。；]){0,16}${DIFFER}`),
      // Places named, then what they publish said to differ, a comma allowed ("两个网站都在发布招生信息，内容不完全一致").
      new RegExp(`(?:平台|网站|渠道|栏目|公众号|APP)[^。；]{0,24}(?:内容|版本|表述|时间)[^，。；]{0,2}${DIFFER}`),
      // One draft put out many times, and its cure: the others stop publishing it on their own.
      /一稿多(?:发|投)|不再(?:单独|另行|重复|分别)(?:发布|公开|公布|挂网)|重复(?:文件|信息)/,
    ],
  },
]
