// The command line of `analyze`, read into what to do, or a Chinese sentence saying what is wrong
// with it (an unknown option, --pptx/--xlsx without a file name, no input).
export interface AnalyzeArgs {
  json: boolean
  pptx?: string
  xlsx?: string
  inputs: string[]
}

export const ANALYZE_USAGE = '用法: npm run analyze -- [--json] [--pptx OUT.pptx] [--xlsx OUT.xlsx] 文件或文件夹...'

const VALUE_OPTIONS = ['--pptx', '--xlsx'] as const

export function parseAnalyzeArgs(args: readonly string[]): AnalyzeArgs | { error: string } {
  const out: AnalyzeArgs = { json: false, inputs: [] }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '--json') out.json = true
    else if ((VALUE_OPTIONS as readonly string[]).includes(a)) {
      const value = args[i + 1]
      const kind = a.slice(2) as 'pptx' | 'xlsx'
      if (value === undefined || value.startsWith('--')) return { error: `${a} 后面缺少输出文件名（如 ${a} 输出.${kind}）` }
      out[kind] = value
      i++
    } else if (a.startsWith('--')) return { error: `不认识的选项「${a}」` }
    else out.inputs.push(a)
  }
  if (out.inputs.length === 0) return { error: '没有给出要分析的文件或文件夹' }
  return out
}
