// Pieces of section 五 that are no point of their own: a sentence or clause that only announces the
// points (「还存在以下不足：」「重点抓好三方面工作。」), and clauses every report repeats (「认真贯彻落实」
// 「切实提升公开质量」). Pure helpers of problems.ts.

/** A sentence that only announces problems ("仍存在一些不足。", "工作中还存在以下不足："), or only says how big the gap is ("离群众期待还有不小差距。"). */
const VAGUE_GAP = /^[^。；]{0,40}?(?:存在|仍有|还有|看到了?|发现了?|意识到)(?:一定|一些|部分|以下|如下|几点|这些|不小|较大|很大|不少|明显|[一二两三四五六七八九十几\d]{1,2}(?:个方面|方面|个|点|项|处))?的?(?:问题|不足|差距|短板|薄弱环节)(?:和不足)?[。；：:]?$/

/**
 * A clause that only announces the points that follow ("采取以下措施：", "重点做好以下几方面工作："), also
 * closed by a full stop where the list follows on lines of its own ("…将采取以下改进措施。").
 */
const ANNOUNCES = /^[^。；]{0,30}?(?:以下|如下|下列|几个方面|几方面|几点)[^。；]{0,12}?[：:。]$/
/**
 * Its count said instead ("我局将重点抓好三方面工作。", "从两个方面加以改进："): no measure, unless the
 * aspects are named before the count ("从强化组织领导、完善公开目录、规范答复质量三个方面加以改进" is one).
 */
const ANNOUNCES_COUNT = /^[^。；、和及与]{0,30}?(?:[两二三四五六七八九十]个?方面|[两二三四五六七八九十]点)[^。；]{0,12}?[：:。]$/

/** A piece that only announces problems or the points to follow. */
export function announcesOnly(piece: string): boolean {
  return ANNOUNCES.test(piece) || ANNOUNCES_COUNT.test(piece) || VAGUE_GAP.test(piece)
}

/** Clauses that every report repeats and that name no measure of their own. */
const GENERIC_CLAUSES = [
  /^(?:认真|继续|严格|切实|进一步|全面|持续|坚决)*贯彻(?:落实)?/,
  /^(?:不断|进一步|全面|持续|切实|努力)*(?:提升|提高)[^，。；]{0,16}?(?:工作)?(?:水平|质量和实效|质效)$/,
  /^(?:推动|促进|确保)[^，。；]{0,16}?(?:高质量发展|健康发展|有序开展|取得实效)$/,
  // "切实提升公开质量": the quality of the work in general, no object of its own.
  /^(?:切实|不断|进一步|全面|持续|努力)*(?:提升|提高)(?:政务公开|信息公开|公开|工作)*的?(?:质量|水平|质效|实效)+$/,
  // "围绕以上问题逐项整改", "针对上述不足认真加以改进": the problems said to be fixed, no measure named.
  /^(?:围绕|针对|对照|就)(?:以上|上述|前述|这些|存在的?|发现的?)的?(?:问题|不足)[^，。；]{0,10}?(?:整改|改进|改正)(?:到位|落实)?$/,
]

/** Every clause of the piece is one every report repeats. */
export function isGeneric(piece: string): boolean {
  const clauses = piece
    .replace(/[。！？；]$/, '')
    .split(/[，,]/)
    .map((c) => c.trim())
    .filter((c) => c !== '')
  return clauses.length > 0 && clauses.every((c) => GENERIC_CLAUSES.some((re) => re.test(c)))
}
