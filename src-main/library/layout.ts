// Where things live inside a library folder.
import { join } from 'node:path'

export interface LibraryLayout {
  root: string
  reports: string
  sources: string
  corrections: string
  quarantine: string
  index: string
  quarantineNotes: string
}

export function layoutOf(root: string): LibraryLayout {
  return {
    root,
    reports: join(root, 'reports'),
    sources: join(root, 'sources'),
    corrections: join(root, 'corrections'),
    quarantine: join(root, 'quarantine'),
    index: join(root, 'index.json'),
    quarantineNotes: join(root, 'quarantine', 'notes.json'),
  }
}
