// The code reads like a map only without import cycles (a cycle also makes module start-up order
// matter). Every relative runtime import (type-only imports vanish when compiled) of shared/, src-main/
// and src-renderer/ is followed; a cycle is named by its files. Session 38 found one (cells.ts →
// flatten.ts → … → requests-labels.ts → cells.ts) and cut it with the leaf file flat-marks.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../..')
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path)
    return /\.(?:ts|vue)$/.test(name) && !name.endsWith('.d.ts') ? [normalize(path)] : []
  })
}

function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files)
  const resolveSpec = (from: string, spec: string): string | undefined => {
    if (!spec.startsWith('.')) return undefined
    const base = normalize(join(dirname(from), spec))
    return [base, `${base}.ts`, join(base, 'index.ts'), `${base}.vue`].find((c) => known.has(c))
  }
  return new Map(files.map((f) => [f, [...readFileSync(f, 'utf8').matchAll(IMPORT)].filter((m) => !m[1]).map((m) => resolveSpec(f, m[2] ?? m[3]!)).filter((x): x is string => x !== undefined)]))
}

/** The strongly connected parts of more than one file, or a file importing itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const out: string[][] = []
  const visit = (v: string): void => {
    index.set(v, index.size)
    low.set(v, index.get(v)!)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const part: string[] = []
    for (let w = stack.pop()!; ; w = stack.pop()!) {
      onStack.delete(w)
      part.push(w)
      if (w === v) break
    }
    if (part.length > 1 || graph.get(v)!.includes(v)) out.push(part.map((f) => relative(root, f)).sort())
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return out
}

describe('imports', () => {
  it('no import cycle in shared/, src-main/ or src-renderer/', () => {
    const files = ['shared', 'src-main', 'src-renderer'].flatMap((d) => sourceFiles(join(root, d)))
    expect(files.length).toBeGreaterThan(300)
    expect(cycles(importGraph(files))).toEqual([])
  })
  it('finds a cycle where there is one (the check itself)', () => {
    const g = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]])
    expect(cycles(g).map((c) => c.length)).toEqual([3])
  })
})
