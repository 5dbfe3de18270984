// "我局政务公开工作存在公开内容不够全面、解读回应不够有力、…等问题": the body's gaps listed with 、 in one
// clause that 等问题 closes (the body said as 我/本…, or by its kind: "街道在…工作中还存在…"; not a part of
// it, 部分单位), the body's circumstances in a clause or two before it allowed ("我所地处偏远，人员较少，存在…").
// Each piece between the 、 is a point when every one of them says what is lacking (the caller's test), or,
// closed by 等问题/等不足, when one of them does; a list of nouns ("网站、微博等…") is left to the sentence rules.

const GAP_LIST = new RegExp(
  String.raw`^(?:(?:本年度|今年|\d{4}\s*年度?)[，,]\s*)?(?:我|本|(?!部分|个别|有的|少数|一些)[^，。；：:、]{0,6}?(?:街道|乡|镇|局|委|办|中心|政府))(?:[^，。；：:、]{2,20}?[，,]){0,2}?[^，。；：:、]{0,20}?(?:还|仍|也|尚|依然)?(?:存在|有)(?:着)?([^，。；：:]{4,}?、[^，。；：:]+?)等(?:问题|不足|方面)[，,。；;]?$`,
)

/** The points of such a sentence, or null. `saysLack`: whether a piece names a gap. */
export function gapListItems(sentence: string, saysLack: (piece: string) => boolean): string[] | null {
  const m = GAP_LIST.exec(sentence.trim())
  if (!m) return null
  const items = (m[1] ?? '').split('、').map((s) => s.trim())
  if (items.length < 2 || items.some((s) => s.length < 4)) return null
  // Closed by 等问题/等不足, the sentence itself says each piece is a gap: one piece saying its lack in
  // words the caller knows is enough ("公开栏设置偏远、…、干部业务不熟等问题").
  const named = /等(?:问题|不足)[，,。；;]?$/.test(m[0]) ? items.some(saysLack) : items.every(saysLack)
  return named ? items : null
}
