// Category causes found on holdout 21's tuning part in session 37 (s537), each a rule of family-rules-s37.ts (or
// family-rules.ts's 覆盖面 rule narrowed), probed on every tunable set before it was kept, tested on sentences
// written for them (no holdout sentence copied).
import { describe, expect, it } from 'vitest'
import { plain } from './five-helpers'

describe('categories: a disclosure list is the catalogue (standardization)', () => {
  it('a 公开清单 out of date, or revised, is standardization', () => {
    expect(plain('本局主动公开清单多年未修订，与现行职责脱节。')).toEqual(['standardization'])
    expect(plain('对照省级目录修订本单位信息公开清单。')).toEqual(['standardization'])
  })
  it('what to publish with no one rule for all is standardization', () => {
    expect(plain('各分局公开的内容和方式没有统一要求，做法五花八门。')).toEqual(['standardization'])
  })
  it('staff who only misread the list are not the list\'s fault (guard)', () => {
    expect(plain('乡镇信息员多为兼职，对公开事项清单理解不透。')).not.toContain('standardization')
  })
})

describe('categories: leaders who seldom ask after the work (awareness)', () => {
  it('领导过问不多 / 很少过问 is awareness', () => {
    expect(plain('局分管领导对公开工作过问不多，各科室各自为战。')).toEqual(['awareness'])
    expect(plain('班子成员很少过问信息公开工作。')).toEqual(['awareness'])
  })
})

describe('categories: a suggestion box made known, the public asked to speak (participation)', () => {
  it('意见箱 and 鼓励…建言 are public-participation', () => {
    expect(plain('在办事大厅设置意见箱并定期开箱。')).toEqual(['public-participation'])
    expect(plain('利用宣传栏鼓励居民积极建言。')).toEqual(['public-participation'])
  })
})

describe('categories: drafts of uneven quality (incomplete-disclosure)', () => {
  it('稿件质量参差不齐 is low-quality disclosure', () => {
    expect(plain('各科室报来的稿件质量参差不齐，发布后常需更正。')).toEqual(['incomplete-disclosure'])
  })
})

describe('categories: a budget\'s documents not put up (incomplete-disclosure)', () => {
  it('决算 or 三公 not uploaded is incomplete disclosure, though 经费 is named', () => {
    expect(plain('财务公开栏目只放了年初预算，部门决算和“三公”经费一直没有上传。')).toEqual(['incomplete-disclosure'])
    expect(plain('网站专栏只挂了预算，决算一直未上传。')).toEqual(['incomplete-disclosure'])
  })
})

describe('categories: an interpretation\'s reach is the interpretation\'s (family-rules.ts 覆盖面)', () => {
  it('解读覆盖面窄 is policy-interpretation alone', () => {
    expect(plain('政策解读覆盖面窄，多数群众看不到。')).toEqual(['policy-interpretation'])
  })
  it('a notice reaching too few stays incomplete disclosure (guard)', () => {
    expect(plain('停水通知只在网站发布，覆盖面窄。')).toContain('incomplete-disclosure')
  })
})
