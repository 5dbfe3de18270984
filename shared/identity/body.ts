// Which body a report belongs to: a normalized series key (so that the years of one body line up
// even where the title spells its name differently) and the kind of body (which decides the
// publication deadline and whether 工作考核/社会评议/责任追究 must be reported).

import { fullBodyName } from './body-short-names'

export type BodyKind = 'county-or-above-government' | 'township-government' | 'department' | 'other'

/** An agency name taken apart: the chain of places it names, and what is left (the body proper). */
export interface AgencyParts {
  /** Places from the widest to the narrowest, e.g. ['青石市', '溪口区']. */
  places: string[]
  /** The body proper after the places, normalized (人民政府/政府 → 人民政府; 管委会 → 管理委员会). */
  body: string
  /** The name was a 人民政府办公室/办公厅 (or 政府办): the office that files the government's report. */
  governmentOffice: boolean
}

// A place name: two to eight characters ending in an administrative suffix. Lazy, so that
// "青石市市场监督管理局" gives 青石市 and leaves 市场监督管理局 whole.
const PLACE_RE =
  /^(?:[\u4e00-\u9fa5]{1,10}?(?:特别行政区|自治区|自治州|自治县|自治旗|经济开发区|经济技术开发区|高新技术产业开发区|高新区|综合实验区|实验区|新区|开发区|地区|州市|州区|省|市|州|盟|县|区|旗|镇|乡|街道))/

// A matched "place" that holds body words is not a place ("住房和城乡" of 住房和城乡建设局).
const BODY_WORDS_IN_PLACE = /[和与及局委办厅]|中心|管理|服务|监督|发展|建设|保障/

// Words that look like a place followed by more name but are bodies themselves (市场监管…, 区域…).
const NOT_A_PLACE_START = /^(市场|市政|市容|区域|县域|城区|城市|乡村|街道办事处)/

const GOVERNMENT_BEFORE_STREET = /^(?:人民)?政府(?=[\u4e00-\u9fa5]{1,8}?街道(?:办事处)?$)/

/** A development zone's place name in its short form: 高新技术产业开发区 is written 高新区 as often. */
function shortPlace(place: string): string {
  return place.replace(/高新技术产业开发区$/, '高新区')
}

const GOVERNMENT_BODY = /^(?:人民)?政府$/
const GOVERNMENT_OFFICE_BODY = /^(?:人民)?政府(?:办公室|办公厅|办)$/

/** Removes spaces, brackets with their content (e.g. "(全市汇总)") and surrounding punctuation. */
function clean(agency: string): string {
  return agency
    .normalize('NFKC')
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/[\s\u3000·•]/g, '')
    .replace(/^(?:中共|中国共产党)/, '')
    .trim()
}

export function parseAgency(agency: string | null): AgencyParts | null {
  if (agency === null) return null
  let rest = clean(agency)
  if (rest === '') return null
  const places: string[] = []
  // Peel places off the front while what follows still reads as a name.
  for (;;) {
    // 「青禾区人民政府东湖街道办事处」: the 街道 is the district government's, named through it
    // (review rv22: read as a place 「人民政府东湖街道」, so the years split from 「青禾区东湖街道办事处」).
    if (places.length > 0) rest = rest.replace(GOVERNMENT_BEFORE_STREET, '')
    if (NOT_A_PLACE_START.test(rest)) break
    const m = PLACE_RE.exec(rest)
    if (!m) break
    const place = shortPlace(m[0])
    if (BODY_WORDS_IN_PLACE.test(place)) break
    const after = rest.slice(m[0].length)
    places.push(place)
    rest = after
    if (rest === '') break
  }
  let body = rest
  if (body.startsWith('街道') && places.length > 0) body = body.replace(/^街道/, '')
  body = body.replace(/管委会$/, '管理委员会').replace(/^办事处$/, '街道办事处')
  body = fullBodyName(body)
  // A 街道 titled bare ("长河街道") is its 街道办事处: the same body, not a government.
  if (body === '' && places.at(-1)?.endsWith('街道')) body = '街道办事处'
  let governmentOffice = false
  if (GOVERNMENT_OFFICE_BODY.test(body)) {
    governmentOffice = true
    body = '人民政府'
  } else if (GOVERNMENT_BODY.test(body)) {
    body = '人民政府'
  }
  return { places, body, governmentOffice }
}

/**
 * Normalized series key. 青石县人民政府 / 青石县政府 / a bare 青石县 → one key; 青石市溪口区人民政府 and
 * 溪口区人民政府 → one key (only the narrowest place counts; checks/series-keys.ts splits a key where
 * two bodies of one name stand under different parent places); 青石县教育局 ≠ 青石县人民政府.
 * The government's 办公室 titled as itself files its own (departmental) report: a body of its own.
 * A user can still merge or split series by hand (checkAll's `seriesOf`).
 */
export function bodyKey(agency: string | null): string {
  const parts = parseAgency(agency)
  if (!parts) return '（未识别机关）'
  const place = parts.places[parts.places.length - 1] ?? ''
  // A bare place titles its government's own report (as bodyKind reads it).
  const body = parts.governmentOffice ? '人民政府办公室' : parts.body === '' && place !== '' ? '人民政府' : parts.body
  return `${place}|${body}`
}

function isTownship(place: string | undefined): boolean {
  return place !== undefined && /(?:镇|乡)$/.test(place)
}

export function bodyKind(agency: string | null): BodyKind {
  const parts = parseAgency(agency)
  if (!parts) return 'other'
  const place = parts.places[parts.places.length - 1]
  // The 办公室's own report is a department's (due 31 January), not its government's.
  if (parts.governmentOffice) return 'department'
  if (parts.body === '人民政府') {
    return isTownship(place) ? 'township-government' : 'county-or-above-government'
  }
  // A bare place ("某某综合实验区") titles the area's own, comprehensive report.
  if (parts.body === '' && place !== undefined) {
    return isTownship(place) ? 'township-government' : 'county-or-above-government'
  }
  if (/(?:管理委员会|街道办事处|办事处)$/.test(parts.body)) return 'other'
  if (parts.body === '') return 'other'
  return 'department'
}

/** A 人民政府's own report, titled as the government itself (not its 办公室, not a bare place). */
export function isPeoplesGovernment(agency: string | null): boolean {
  const parts = parseAgency(agency)
  return parts !== null && parts.body === '人民政府' && !parts.governmentOffice
}

/** Every place named in the agency, widest first. */
export function bodyPlaces(agency: string | null): string[] {
  return parseAgency(agency)?.places ?? []
}
