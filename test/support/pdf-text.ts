import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** A PDF's text (poppler's pdftotext, layout kept) and its first page's size as pdfinfo reports it ("419.53 x 595.28 pts (A5)"). */
export async function pdfFacts(path: string): Promise<{ text: string; pageSize: string }> {
  const text = (await run('pdftotext', ['-layout', path, '-'])).stdout
  const info = (await run('pdfinfo', [path])).stdout
  return { text, pageSize: /Page size:\s+(.*)/.exec(info)?.[1]?.trim() ?? '' }
}
