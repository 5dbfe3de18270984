// Which view is shown, and which report the detail view shows.
import { defineStore } from 'pinia'
import { VIEWS, type ViewKey } from '../views/registry'

export const useNavStore = defineStore('nav', {
  state: () => ({ current: 'library' as ViewKey, reportId: null as string | null }),
  actions: {
    go(view: ViewKey) {
      if (VIEWS.some((v) => v.key === view)) this.current = view
    },
    openReport(id: string) {
      this.reportId = id
      this.current = 'report'
    },
  },
})
