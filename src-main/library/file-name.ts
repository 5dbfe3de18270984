// File names made from free text (a body's name, a chart title): any character a file system
// refuses (Windows is the strictest) becomes '_', and the length is bounded.

/** `name` as a file name; `fallback` when nothing is left. */
export function safeFileName(name: string, fallback = '导出'): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 120) || fallback
}
