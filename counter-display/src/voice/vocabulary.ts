/**
 * The clips the announcer knows and the words each one speaks.
 * vocabulary.json is the single list: scripts/generate-voice.mjs makes one
 * file per entry from it, and this module looks words up in it.
 */
import entries from './vocabulary.json' with { type: 'json' }

/** Language of a clip; "none" for sounds (chime, pause). */
export type ClipLang = 'vi' | 'en' | 'none'

/** One clip: `text` is what it says (a letter for letter clips); `speak` what the generator feeds espeak-ng when that differs. */
export interface VocabularyEntry {
  id: string
  lang: ClipLang
  kind: 'sound' | 'phrase' | 'word' | 'letter'
  text: string
  speak?: string
}

/** Lookup tables built from a list of entries. */
export interface Vocabulary {
  /** "lang|normalised words" → clip id, for phrases and single words. */
  readonly byText: ReadonlyMap<string, string>
  /** "lang|A" → clip id, for spelled letters. */
  readonly letters: ReadonlyMap<string, string>
  /** The longest phrase in words, to bound the greedy match. */
  readonly maxPhraseWords: number
  /** Every clip id, including sounds. */
  readonly ids: ReadonlySet<string>
}

/** Lower-case NFC, so "Mời" typed with combining marks still matches "mời". */
export function normaliseWord(word: string): string {
  return word.normalize('NFC').toLowerCase()
}

/** Builds the lookup tables; later entries never replace earlier ones with the same text. */
export function buildVocabulary(list: readonly VocabularyEntry[]): Vocabulary {
  const byText = new Map<string, string>()
  const letters = new Map<string, string>()
  let maxPhraseWords = 1
  for (const entry of list) {
    if (entry.kind === 'sound') continue
    if (entry.kind === 'letter') {
      if (!letters.has(`${entry.lang}|${entry.text}`)) letters.set(`${entry.lang}|${entry.text}`, entry.id)
      continue
    }
    const words = entry.text.split(/\s+/).map(normaliseWord)
    const key = `${entry.lang}|${words.join(' ')}`
    if (!byText.has(key)) byText.set(key, entry.id)
    maxPhraseWords = Math.max(maxPhraseWords, words.length)
  }
  return { byText, letters, maxPhraseWords, ids: new Set(list.map((e) => e.id)) }
}

/** The bundled list (vocabulary.json), typed. */
export const DEFAULT_VOCABULARY_ENTRIES: readonly VocabularyEntry[] = entries as VocabularyEntry[]

/** Lookups over the bundled list; the default clip set in public/voice/ has a file for each entry. */
export const DEFAULT_VOCABULARY: Vocabulary = buildVocabulary(DEFAULT_VOCABULARY_ENTRIES)
