// A measures' heading run into the last problem's line: a bullet or numbered point that lost its full
// stop, then "整改措施：" / "改进措施：" with the measures' list on the lines below (or after it on the same
// line). Seen only on a line that opens a point, the heading at the line's end or before a list's first
// marker, and not after words that make "措施" the object of the point's own sentence ("制定整改措施：",
// "采取以下改进措施：", "…的整改措施："),
// nor after the problems named as a whole ("存在问题及整改措施：", "…问题整改措施：": a heading of its own).

const GLUED_HEAD =
  /(?<=[\p{Script=Han}\p{N}”"’）)])(?<!的|了|及|和|与|问题|以下|如下|下列|这些|各项|具体|相关|制定|采取|落实|提出|研究|明确|拿出|形成|细化|有效)((?:整改|改进)措施\s*[:：])\s*(?=$|[●•·・▪◆■]|一是|首先|第一|其一|[（(][一1１][）)]|[一1１][、.．](?![\d０-９]))/u

export interface GluedHeading {
  /** The point's own text, before the heading. */
  point: string
  /** The heading, its colon included. */
  heading: string
  /** What follows the heading on the same line ('' where the list starts on the next line). */
  rest: string
}

/** `line`: a point's line with its bullet or marker (the caller knows it opens a point). Null when no heading is glued to it. */
export function gluedMeasuresHeading(line: string): GluedHeading | null {
  const m = GLUED_HEAD.exec(line)
  if (!m || m.index < 4) return null
  return { point: line.slice(0, m.index), heading: m[1]!, rest: line.slice(m.index + m[0].length) }
}
