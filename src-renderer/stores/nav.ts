// Which view is shown, and which report the detail view shows.
import { defineStore } from 'pinia'
import { VIEW_KEYS, type ViewKey } from '../views/view-keys'

export const useNavStore = defineStore('nav', {
  state: () => ({ current: 'library' as ViewKey, reportId: null as string | null }),
  actions: {
    go(view: ViewKey) {
      if (VIEW_KEYS.includes(view)) this.current = view
    },
    openReport(id: string) {
      this.reportId = id
      this.current = 'report'
    },
  },
})
