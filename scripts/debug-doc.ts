// Dev aid: prints the document a reader makes of a file (blocks with pages), or a stretch of it.
import { readFile } from '../src-main/readers/index'
import { flatten } from '../shared/extract/flatten'

const [file, from, to] = process.argv.slice(2)
const r = await readFile(file!)
if (!r.ok) console.log(r.error)
else {
  const flat = flatten(r.document)
  const a = from ? flat.text.indexOf(from) : 0
  const b = to ? flat.text.indexOf(to, a) : flat.text.length
  console.log(flat.text.slice(Math.max(0, a), b < 0 ? undefined : b + 40))
}
