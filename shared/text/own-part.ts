// The words that name a share of a whole's count, right after it or right before it: the body itself
// (「，其中本机关收到483件」「，其中局机关54件」, rv20b W8), a government's own level or office (「，其中市政府本级
// 收到483件」 hr36 F1; 「，本级收到483件」「，市政府办公室收到483件」 hr37 G2), or other bodies of the place
// (「，其中区县主动公开94444条」「，市直部门主动公开4321条」, ps38). A count named with such a share is a whole
// holding a part, never plainly the body's own figure (extract/own-share.ts reads the pair).
// Pure: the text is compact (no spaces).

/** The body itself: 本机关, 本局, 我委, 局机关, 机关本级. */
const OWN_BODY = '(?:(?:本|我)(?:局|委|办|厅|署|中心|单位|部门|机关|院|所|站|队|馆|会|镇|乡|街道)|局机关|委机关|机关本级)(?:本级|机关)?'
/** A government's own level or its office: 市政府本级, 县本级, 本级, 市政府办公室. Whether the report's table
 *  counts it or the whole is not said, so such a share is never read as the body's figure. */
const OWN_LEVEL = '(?:[省市县区州旗盟]?(?:人民)?政府本级|[省市县区州旗盟]本级|本级(?:机关|政府)?|[省市县区州旗盟]?(?:人民)?政府办公[室厅]|[省市县区州旗盟]政府办)'
/** Other bodies of the place: 区县, 各乡镇（街道）, 市直部门, 下属单位. A whole with such a part holds other
 *  bodies' counts; the body's own is not given. */
const OTHER_PART = '(?:各)?(?:县市区|县（市、区）|县\\(市、区\\)|区县|县区|市县|县市|乡镇（街道）|乡镇街道|乡镇|镇街|街道|[省市县区]直(?:各)?(?:部门|单位|机关)|[省市县区]级(?:各)?部门|下属(?:各)?单位|直属(?:各)?单位|各部门|各单位)'

/** The share's subject: group 1 the body's words, 2 a government's level or office, 3 other bodies. */
export const SHARE_SUBJECT = `(?:(${OWN_BODY})|(${OWN_LEVEL})|(${OTHER_PART}))`
