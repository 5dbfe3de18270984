// Crops of scans for the report view: the band of the stored scan a row read by OCR came from,
// fetched from the main process once per report and row, and kept while the app runs.
import { defineStore } from 'pinia'
import { reactive } from 'vue'
import type { ScanCrop } from '../../shared/api'
import { cleanError } from '../format'
import { desk } from './bridge'

type Entry = { state: 'loading' } | { state: 'ready'; crop: ScanCrop | null } | { state: 'error'; message: string }

export const useScanCropStore = defineStore('scanCrops', () => {
  const entries = reactive(new Map<string, Entry>())
  const keyOf = (id: string, field: string): string => `${id}\u0000${field}`

  function get(id: string, field: string): Entry | undefined {
    return entries.get(keyOf(id, field))
  }

  async function load(id: string, field: string): Promise<void> {
    const key = keyOf(id, field)
    if (entries.has(key)) return
    entries.set(key, { state: 'loading' })
    try {
      entries.set(key, { state: 'ready', crop: await desk().report.scanCrop({ id, field }) })
    } catch (err) {
      entries.set(key, { state: 'error', message: cleanError(err) })
    }
  }

  return { get, load }
})
