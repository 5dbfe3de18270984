// "我局政务公开工作存在公开内容不够全面、解读回应不够有力、…等问题": the body's gaps listed with 、 in one
// clause that 等问题 closes. Each piece between the 、 is a point when every one of them says what is
// lacking (the caller's test); a list of nouns ("网站、微博等…") is left to the sentence rules.

const GAP_LIST = new RegExp(
  String.raw`^(?:(?:本年度|今年|\d{4}\s*年度?)[，,]\s*)?(?:我|本)[^，。；：:、]{0,20}?(?:还|仍|也|尚|依然)?(?:存在|有)(?:着)?([^，。；：:]{4,}?、[^，。；：:]+?)等(?:问题|不足|方面)[，,。；;]?$`,
)

/** The points of such a sentence, or null. `saysLack`: whether a piece names a gap. */
export function gapListItems(sentence: string, saysLack: (piece: string) => boolean): string[] | null {
  const m = GAP_LIST.exec(sentence.trim())
  if (!m) return null
  const items = (m[1] ?? '').split('、').map((s) => s.trim())
  return items.length >= 2 && items.every((s) => s.length >= 4 && saysLack(s)) ? items : null
}
