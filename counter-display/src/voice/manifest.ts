/**
 * The voice manifest: which file speaks each clip id. The default set is
 * bundled under /voice/; a centre's own recordings replace files of the same
 * name (the server prefers DATA_DIR/voice/), or a manifest of its own.
 */

/** Where clips and manifest.json are fetched from unless told otherwise. */
export const DEFAULT_VOICE_BASE_URL = '/voice/'

/** One clip: `file` is relative to the base URL; `text` and `seconds` are for people. */
export interface VoiceManifestClip {
  file: string
  text?: string
  seconds?: number
}

/** manifest.json as the generator writes it. */
export interface VoiceManifest {
  version: 1
  format?: string
  generator?: string
  clips: Record<string, VoiceManifestClip>
}

/** The URL of a file under the base URL, with exactly one slash between them. */
export function voiceUrl(baseUrl: string, file: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`
  return `${base}${file.split('/').map(encodeURIComponent).join('/')}`
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Checks a parsed manifest. File names must stay under the base URL: no
 * absolute paths, no "..", no scheme.
 * @throws Error naming the first problem.
 */
export function parseVoiceManifest(value: unknown): VoiceManifest {
  if (!isObject(value) || value.version !== 1 || !isObject(value.clips)) throw new Error('voice manifest: expected { version: 1, clips: {…} }')
  const clips: Record<string, VoiceManifestClip> = {}
  for (const [id, clip] of Object.entries(value.clips)) {
    const file = isObject(clip) ? clip.file : undefined
    if (typeof file !== 'string' || file === '' || file.startsWith('/') || file.includes('..') || file.includes(':')) {
      throw new Error(`voice manifest: clip "${id}" has no usable file name`)
    }
    clips[id] = { file, ...(isObject(clip) && typeof clip.text === 'string' ? { text: clip.text } : {}) }
  }
  return { version: 1, clips }
}

/** Fetches and checks `<baseUrl>manifest.json`. */
export async function fetchVoiceManifest(baseUrl: string, fetchFn: typeof fetch): Promise<VoiceManifest> {
  const response = await fetchFn(voiceUrl(baseUrl, 'manifest.json'))
  if (!response.ok) throw new Error(`voice manifest: HTTP ${response.status}`)
  return parseVoiceManifest(await response.json())
}
