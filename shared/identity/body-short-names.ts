// The short names bodies go by (科技局, 人社局, 住建局, 发改委…) and the forms written without 和
// (住房城乡建设局, 人力资源社会保障局): one body, titled one way one year and the other way the next, must
// stay one series. Only the series key reads these; the name shown is always the one printed.
// The list holds the short forms that name exactly one kind of department wherever they are used;
// forms that differ from place to place (大数据局, 行政审批局, 文广旅体局) are left as printed, and so is
// 国资委 (its full name ends in 管理委员会, which bodyKind reads as a 管委会, review rv20c).

/** Short or 和-less form → the full name, for the body proper (places already taken off). */
const FULL_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['科技局', '科学技术局'],
  ['发改委', '发展和改革委员会'],
  ['发展改革委', '发展和改革委员会'],
  ['发展改革委员会', '发展和改革委员会'],
  ['发改局', '发展和改革局'],
  ['发展改革局', '发展和改革局'],
  ['经信局', '经济和信息化局'],
  ['经济信息化局', '经济和信息化局'],
  ['人社局', '人力资源和社会保障局'],
  ['人力社保局', '人力资源和社会保障局'],
  ['人力资源社会保障局', '人力资源和社会保障局'],
  ['住建局', '住房和城乡建设局'],
  ['住房城乡建设局', '住房和城乡建设局'],
  ['住建委', '住房和城乡建设委员会'],
  ['住房城乡建设委员会', '住房和城乡建设委员会'],
  ['市场监管局', '市场监督管理局'],
  ['市监局', '市场监督管理局'],
  ['卫健委', '卫生健康委员会'],
  ['卫生健康委', '卫生健康委员会'],
  ['卫健局', '卫生健康局'],
  ['应急局', '应急管理局'],
  ['退役军人局', '退役军人事务局'],
  ['医保局', '医疗保障局'],
  ['资规局', '自然资源和规划局'],
  ['自然资源规划局', '自然资源和规划局'],
  ['综合执法局', '综合行政执法局'],
  ['文旅局', '文化和旅游局'],
  ['文化旅游局', '文化和旅游局'],
  ['林草局', '林业和草原局'],
  ['民宗局', '民族宗教事务局'],
  ['机关事务局', '机关事务管理局'],
  ['人防办', '人民防空办公室'],
  ['城管局', '城市管理局'],
  ['交通局', '交通运输局'],
]

const BY_SHORT = new Map(FULL_NAMES)

/**
 * The body's full name where it is a known short form, else the body as given. A lone level before it
 * (「县科技局」: a title that names no place) is kept: 县科学技术局.
 */
export function fullBodyName(body: string): string {
  const whole = BY_SHORT.get(body)
  if (whole !== undefined) return whole
  const level = /^[省市县区旗]/.exec(body)?.[0]
  const rest = level === undefined ? undefined : BY_SHORT.get(body.slice(1))
  return rest === undefined ? body : level + rest
}
