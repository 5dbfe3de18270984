import { describe, expect, it } from 'vitest'
import { bodyKey, bodyKind, isPeoplesGovernment, parseAgency } from '../../shared/identity/body'

describe('bodyKey', () => {
  it('puts a government, its short name and its bare place in one series; its office apart', () => {
    const k = bodyKey('乐清市人民政府')
    expect(bodyKey('乐清市政府')).toBe(k)
    expect(bodyKey(' 乐清市人民政府（全市汇总）')).toBe(k)
    expect(bodyKey('乐清市')).toBe(k)
    // The office's own report (titled as the office) is a body of its own.
    expect(bodyKey('乐清市人民政府办公室')).not.toBe(k)
    expect(bodyKey('乐清市政府办公室')).toBe(bodyKey('乐清市人民政府办公室'))
  })
  it('keeps departments apart from their government and from each other', () => {
    expect(bodyKey('乐清市教育局')).not.toBe(bodyKey('乐清市人民政府'))
    expect(bodyKey('乐清市教育局')).not.toBe(bodyKey('乐清市民政局'))
    expect(bodyKey('云溪市市场监督管理局')).toBe('云溪市|市场监督管理局')
    expect(bodyKey('云溪市住房和城乡建设局')).toBe('云溪市|住房和城乡建设局')
  })
  it('pairs a district named with and without its city', () => {
    expect(bodyKey('淮安市洪泽区人民政府')).toBe(bodyKey('洪泽区人民政府'))
    expect(bodyKey('温州市瓯海区人民政府办公室')).toBe(bodyKey('瓯海区人民政府办公室'))
    expect(bodyKey('温州市瓯海区人民政府')).not.toBe(bodyKey('温州市人民政府'))
  })
  it('a 街道 titled bare is its 街道办事处', () => {
    expect(bodyKey('杭州市滨江区长河街道')).toBe(bodyKey('杭州市滨江区长河街道办事处'))
  })
  it('a 街道 named through its district government, and a 高新区 by its full name, keep their series (review rv22)', () => {
    expect(bodyKey('白石市青禾区人民政府东湖街道办事处')).toBe(bodyKey('白石市青禾区东湖街道办事处'))
    expect(bodyKey('青禾区政府东湖街道')).toBe(bodyKey('青禾区东湖街道办事处'))
    expect(bodyKey('白石高新技术产业开发区管理委员会')).toBe(bodyKey('白石高新区管委会'))
    expect(bodyKey('青禾区人民政府办公室')).toBe(bodyKey('青禾区政府办公室'))
    expect(bodyKey('青禾区人民政府东湖街道办事处')).not.toBe(bodyKey('青禾区人民政府'))
  })
  it('a missing agency has its own key', () => {
    expect(bodyKey(null)).toBe(bodyKey(''))
  })
})

describe('bodyKind', () => {
  it.each([
    ['乐清市人民政府', 'county-or-above-government'],
    ['淮安市洪泽区人民政府', 'county-or-above-government'],
    // The office's own report is a department's (31 January).
    ['温州市人民政府办公室', 'department'],
    ['平潭综合实验区', 'county-or-above-government'],
    ['白鹭镇人民政府', 'township-government'],
    ['永嘉县界坑乡人民政府', 'township-government'],
    ['乐清市教育局', 'department'],
    ['上海市科委', 'department'],
    ['温州市市场监督管理局', 'department'],
    ['浙江乐清经济开发区管理委员会', 'other'],
    ['杭州市滨江区长河街道办事处', 'other'],
    // A 街道 titled bare is its 办事处: not a county-level government (31 January, not 31 March).
    ['杭州市滨江区长河街道', 'other'],
    [null, 'other'],
  ] as const)('%s → %s', (agency, kind) => expect(bodyKind(agency)).toBe(kind))

  it('only a 人民政府 titled as itself is a 人民政府 report', () => {
    expect(isPeoplesGovernment('白鹭镇人民政府')).toBe(true)
    expect(isPeoplesGovernment('上海市人民政府办公厅')).toBe(false)
    expect(isPeoplesGovernment('乐清市教育局')).toBe(false)
  })
  it('parses the place chain', () => {
    expect(parseAgency('江西省会昌县中村乡人民政府')?.places).toEqual(['江西省', '会昌县', '中村乡'])
  })
})

describe('bodyKey: short names', () => {
  it('puts a department titled by its short name or without 和 in the series of its full name', () => {
    expect(bodyKey('平阳县科技局')).toBe(bodyKey('平阳县科学技术局'))
    expect(bodyKey('云溪市人社局')).toBe(bodyKey('云溪市人力资源和社会保障局'))
    expect(bodyKey('云溪市人力资源社会保障局')).toBe(bodyKey('云溪市人力资源和社会保障局'))
    expect(bodyKey('云溪市住建局')).toBe('云溪市|住房和城乡建设局')
    expect(bodyKey('云溪市发改委')).toBe(bodyKey('云溪市发展和改革委员会'))
    expect(bodyKey('云溪市市场监管局')).toBe('云溪市|市场监督管理局')
    expect(bodyKey('县科技局')).toBe(bodyKey('县科学技术局'))
  })
  it('keeps short names of other bodies, and forms that vary from place to place, apart', () => {
    expect(bodyKey('云溪市科技局')).not.toBe(bodyKey('云溪市科学技术协会'))
    expect(bodyKey('云溪市发改局')).not.toBe(bodyKey('云溪市发展和改革委员会'))
    expect(bodyKey('云溪市大数据局')).toBe('云溪市|大数据局')
    expect(bodyKey('云溪市市场监督管理局')).toBe('云溪市|市场监督管理局')
  })
})
