// The words that name a reporting body's own share right after a whole's count: 「，其中本机关收到483件」
// 「，其中局机关54件」 (rv20b W8) or a government's own level 「，其中市政府本级收到483件」 (hr36 F1), also
// without 其中: 「全市共收到…1932件，本级收到483件」「…，市政府办公室收到483件」 (hr37 G2).
// A count followed by such a share is a whole that holds the body's part, never the body's own figure.
// Pure: the text is compact (no spaces).

/** The body itself: 本机关, 本局, 我委, 局机关, 机关本级. */
const OWN_BODY = '(?:(?:本|我)(?:局|委|办|厅|署|中心|单位|部门|机关|院|所|站|队|馆|会|镇|乡|街道)|局机关|委机关|机关本级)(?:本级|机关)?'
/** A government's own level or its office: 市政府本级, 县本级, 本级, 市政府办公室. Whether the report's table
 *  counts it or the whole is not said, so such a share is never read as the body's figure. */
const OWN_LEVEL = '(?:[省市县区州旗盟]?(?:人民)?政府本级|[省市县区州旗盟]本级|本级(?:机关|政府)?|[省市县区州旗盟]?(?:人民)?政府办公[室厅]|[省市县区州旗盟]政府办)'

/** 「，其中本机关」「（其中市政府本级」「，本级」 (a comma, then the share with no 其中); group 1 the body
 *  words, 2 the level words. */
export const OWN_SHARE_WORDS = `(?:[，,（(]?其中[，,]?|[，,])(?:(${OWN_BODY})|(${OWN_LEVEL}))(?:共|共计)?`

/** 「，其中本机关收到」 / 「（其中市政府本级」 / 「，本级收到」 up to the share's number; group 1 the body words, 2 the level words. */
export const OWN_PART_HEAD = `${OWN_SHARE_WORDS}(?:收到|受理|接收|新收)?(?:政府信息公开申请|申请)?`

const OWN_PART_START = new RegExp(`^${OWN_PART_HEAD}\\d`)

/** Whether the text right after a count names the body's own share with its number (「，其中本机关收到483件」). */
export function ownPartFollows(rest: string): boolean {
  return OWN_PART_START.test(rest.replace(/\s+/g, ''))
}
