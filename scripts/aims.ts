import { readdirSync, readFileSync } from 'node:fs'
import { CATEGORY_RULES } from '../shared/taxonomy/rules'
const NUMBERING = /^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])/
const AIM = /^(?:继续|持续|进一步|不断|切实)?(?:加强|强化|做好|加大|加快|提升|提高|完善|推进|健全|落实|深化|注重|抓好|优化)(.{2,})$/
const any = (t: string) => CATEGORY_RULES.some((r) => [...r.anywhere, ...(r.inHead ?? [])].some((re) => re.test(t)))
for (const dir of ['../shared/corpus/real/gold', '../shared/corpus/synthetic/gold']) for (const f of readdirSync(dir)) {
  const g = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))
  for (const p of g.improvements ?? []) {
    const head = p.startsWith.replace(NUMBERING, '')
    const clauses = head.split(/[，、；。,]/).filter((c: string) => AIM.test(c.trim()) && !any(c))
    if (clauses.length || p.categories.includes('other')) console.log(f, JSON.stringify(p.categories), p.startsWith, '→', clauses)
  }
}
