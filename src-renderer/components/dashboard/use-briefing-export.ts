// The export dialog's state, shared by the dashboard and the compare view: whether it is open, the
// charts it offers, and the export itself (through the analysis store, the bridge's only caller).
import { computed, ref } from 'vue'
import type { BriefingRequest } from '../../../shared/api'
import { pick } from '../../lib/pick'
import { useAnalysisStore } from '../../stores/analysis'

export function useBriefingExport() {
  const a = useAnalysisStore()
  const showExport = ref(false)
  const chartList = computed(() => a.trends.map((t) => ({ id: t.id, title: pick(t.titleZh, t.titleEn) })))
  async function doExport(kind: 'pptx' | 'xlsx', req: BriefingRequest): Promise<void> {
    await a.exportBriefing(kind, req)
    showExport.value = false
  }
  return { showExport, chartList, doExport }
}
