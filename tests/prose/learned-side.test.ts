// The learned side of section 五's categories (shared/taxonomy/ngram-knn.ts, its use in classify.ts)
// and its data (shared/taxonomy/learned-entries.json, built from the labelled sets).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { classifyProblem } from '../../shared/taxonomy/classify'
import { committedEntries } from '../../shared/taxonomy/learned'
import { buildIndex, scoreLearned } from '../../shared/taxonomy/ngram-knn'
import { freshLearnedFile, LEARNED_PATH } from '../../src-main/eval/build-learned-entries'
import { entriesOfCase } from '../../src-main/eval/labelled-sets'
import { HAS_CORPUS } from './corpus'

const SMALL = buildIndex([
  { text: '一是村务公开栏内容长期不更换，群众反映看不到新信息。', categories: ['update-gap'] },
  { text: '二是镇政府网站“通知公告”栏目更新不及时。', categories: ['update-gap'] },
  { text: '三是负责公开工作的同志均为兼职，人手紧张。', categories: ['staff-capacity'] },
  { text: '四是镇里只有一名兼职人员负责政务公开。', categories: ['staff-capacity'] },
  { text: '五是政策文件发布后缺少通俗易懂的解读。', categories: ['policy-interpretation'] },
])

describe('learned side: nearest labelled entries on character 2–3-grams', () => {
  it('places a wording by its nearest labelled entries, with the shared n-grams and that entry as evidence', () => {
    const [top, ...rest] = scoreLearned(SMALL, '街道办公开工作仅有兼职人员一名。')
    expect(top!.category).toBe('staff-capacity')
    expect(top!.score).toBeGreaterThan(0.5)
    expect(rest.every((r) => r.score < top!.score)).toBe(true)
    expect(top!.evidence.some((w) => w.includes('兼职'))).toBe(true)
    expect(top!.evidence.at(-1)).toMatch(/^相近条目「(?:三是负责|四是镇里)/)
  })

  it('ignores the list marker: "（三）" and "一是" do not make two entries alike', () => {
    const idx = buildIndex([
      { text: '（三）栏目更新不及时', categories: ['update-gap'] },
      { text: '一是人员力量不足', categories: ['staff-capacity'] },
    ])
    expect(scoreLearned(idx, '一是栏目更新不及时')[0]!.category).toBe('update-gap')
  })

  it('gives nothing for a text that shares no n-gram, and nothing from an empty index', () => {
    expect(scoreLearned(SMALL, 'ABC')).toEqual([])
    expect(scoreLearned(buildIndex([]), '栏目更新不及时')).toEqual([])
  })

  it('is deterministic: the same entries give the same scores', () => {
    const a = scoreLearned(buildIndex(committedEntries()), '社区公开栏的内容半年没有换过')
    const b = scoreLearned(buildIndex(committedEntries()), '社区公开栏的内容半年没有换过')
    expect(a).toEqual(b)
  })
})

describe('classifyProblem with the learned side', () => {
  const text = '街道办公开工作仅有兼职人员一名，力量单薄。'

  it('fills in an entry the rules and concepts leave other', () => {
    const alone = classifyProblem('镇里公开的活儿全压在一位老同志身上。', {}, null)
    const idx = buildIndex([
      { text: '公开的活儿都压在一个临时人员身上', categories: ['staff-capacity'] },
      { text: '公开的活儿都压在一个兼职人员身上', categories: ['staff-capacity'] },
    ])
    const withIt = classifyProblem('镇里公开的活儿全压在一位老同志身上。', {}, idx)
    expect(alone.categories).toEqual(['other'])
    expect(withIt.categories).toEqual(['staff-capacity'])
    expect(withIt.matchedWords['staff-capacity']!.at(-1)).toMatch(/^相近条目「/)
  })

  it('never overrules the user’s own words (设置), nor a phrase rule that fired', () => {
    const idx = buildIndex([{ text: '镇里公开的活儿全压在一位老同志身上', categories: ['staff-capacity'] }])
    const user = classifyProblem('镇里公开的活儿全压在一位老同志身上。', { awareness: ['活儿全压'] }, idx)
    expect(user.categories).toEqual(['awareness'])
    const ruled = buildIndex([{ text: '依申请公开答复超期', categories: ['staff-capacity'] }])
    expect(classifyProblem('依申请公开答复超期。', {}, ruled).categories).toEqual(['request-handling'])
  })

  it('leaves an aim the taxonomy keeps for other (考核, 审核…) to other, unless nearly all the neighbours agree (aim-learned-fill.test.ts)', () => {
    const idx = buildIndex([
      { text: '政务公开考核办法不完善', categories: ['standardization'] },
      { text: '政务公开考核结果未通报', categories: ['other'] },
    ])
    expect(classifyProblem('政务公开考核办法不够完善。', {}, idx).categories).toEqual(['other'])
  })

  it('is asked only with an index: null gives rules and concepts alone', () => {
    expect(classifyProblem(text, {}, null).categories).toEqual(classifyProblem(text, {}, buildIndex([])).categories)
  })
})

describe('learned-entries.json', () => {
  it('cuts a labelled text into its entries, each from its start to the next start, a sub-heading line left out', () => {
    const entries = entriesOfCase({
      id: 't',
      text: '（一）存在问题\n一是栏目更新慢。\n二是人手少。\n（二）改进措施\n一是按月更新。\n二是增配人员。',
      problems: [{ starts: '一是栏目', categories: ['update-gap'] }, { starts: '二是人手', categories: ['staff-capacity'] }],
      improvements: [{ starts: '一是按月', categories: ['update-gap'] }, { starts: '二是增配', categories: ['staff-capacity'] }],
    })
    expect(entries.map((e) => e.text)).toEqual(['一是栏目更新慢。', '二是人手少。', '一是按月更新。', '二是增配人员。'])
  })

  it.skipIf(!HAS_CORPUS)('equals a fresh build from the labelled sets (rebuild: npx tsx src-main/eval/build-learned-entries.ts)', () => {
    expect(readFileSync(LEARNED_PATH, 'utf8')).toBe(freshLearnedFile())
  })
})
