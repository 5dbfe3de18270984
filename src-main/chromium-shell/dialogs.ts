// Open and save dialogs for the Chromium shell: the desktop's own (zenity on GNOME and most Linux
// desktops, kdialog on KDE), since a web page is never told a file's path.
import { execFile } from 'node:child_process'
import type { Dialogs } from '../services/desk'

type Kind = 'files' | 'folder' | 'save'

const NO_DIALOG = '此窗口（Chromium 外壳）需要 zenity 或 kdialog 才能选择文件（例如 apt-get install zenity）；也可以用命令行：npm run analyze -- 文件或文件夹。'

function run(cmd: string, args: string[]): Promise<{ code: number; out: string } | null> {
  return new Promise((ok) => {
    execFile(cmd, args, { encoding: 'utf8', maxBuffer: 4 * 1024 * 1024 }, (err, stdout) => {
      if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') return ok(null) // not installed
      ok({ code: err ? Number((err as { code?: unknown }).code) || 1 : 0, out: stdout })
    })
  })
}

function zenityArgs(kind: Kind, start: string | null, name: string): string[] {
  const base = ['--file-selection', '--title=政务公开年报看板']
  if (kind === 'files') return [...base, '--multiple', '--separator=\n', ...(start ? [`--filename=${start}/`] : [])]
  if (kind === 'folder') return [...base, '--directory', '--multiple', '--separator=\n', ...(start ? [`--filename=${start}/`] : [])]
  return [...base, '--save', '--confirm-overwrite', `--filename=${start ? `${start}/` : ''}${name}`]
}

function kdialogArgs(kind: Kind, start: string | null, name: string): string[] {
  if (kind === 'files') return ['--getopenfilename', start ?? '.', '--multiple', '--separate-output']
  if (kind === 'folder') return ['--getexistingdirectory', start ?? '.']
  return ['--getsavefilename', start ? `${start}/${name}` : name]
}

async function ask(kind: Kind, start: string | null, name = ''): Promise<string[]> {
  for (const [cmd, args] of [['zenity', zenityArgs(kind, start, name)], ['kdialog', kdialogArgs(kind, start, name)]] as const) {
    const r = await run(cmd, [...args])
    if (r === null) continue
    // Exit code 1 is "cancelled" for both tools.
    return r.code === 0 ? r.out.split('\n').map((l) => l.trim()).filter(Boolean) : []
  }
  throw new Error(NO_DIALOG)
}

export function desktopDialogs(): Dialogs {
  return {
    openFiles: (start) => ask('files', start),
    openFolder: (start) => ask('folder', start),
    saveFile: async (name, _kind, start) => (await ask('save', start, name))[0] ?? null,
  }
}
