// The sidebar's views, in order. To add a view: add its file under views/ and one line here.
import { defineAsyncComponent, type Component } from 'vue'
import LibraryView from './LibraryView.vue'
import type { ViewKey } from './view-keys'

export interface ViewEntry {
  key: ViewKey
  /** i18n key of the sidebar label. */
  label: string
  /** A short glyph shown beside the label. */
  icon: string
  component: Component
}

export const VIEWS: ViewEntry[] = [
  { key: 'library', label: 'nav.library', icon: '▤', component: LibraryView },
  { key: 'dashboard', label: 'nav.dashboard', icon: '◫', component: defineAsyncComponent(() => import('./DashboardView.vue')) },
  { key: 'compare', label: 'nav.compare', icon: '⇄', component: defineAsyncComponent(() => import('./CompareView.vue')) },
  { key: 'flags', label: 'nav.flags', icon: '⚑', component: defineAsyncComponent(() => import('./FlagsView.vue')) },
  { key: 'report', label: 'nav.report', icon: '▧', component: defineAsyncComponent(() => import('./ReportView.vue')) },
  { key: 'settings', label: 'nav.settings', icon: '⚙', component: defineAsyncComponent(() => import('./SettingsView.vue')) },
]
