/**
 * Turns one call (ticket number, counter, templates) into the ordered clip ids
 * to play back to back, plus the same words as text for speech synthesis.
 */
import { numberToEnglishWords, ticketNumberToEnglishWords } from './english-words.js'
import { numberToVietnameseWords, ticketNumberToVietnameseWords, type VietnameseReading } from './number-words.js'
import { DEFAULT_VOCABULARY, normaliseWord, type Vocabulary } from './vocabulary.js'

/** The usual call in Vietnamese centres. */
export const DEFAULT_TEMPLATE = 'Xin mời công dân có số thứ tự {number} đến quầy số {counter}'
/** The English call used when `english` is on and no English template is set. */
export const DEFAULT_TEMPLATE_EN = 'Ticket number {number}, please come to counter {counter}'

/** One announcement; the template fields mirror the voice settings. */
export interface CallInput {
  /** The printed ticket number, e.g. "A025" or "1023". */
  number: string
  /** Counter number, 0–9999 (settings allow 1–999). */
  counter: number
  /** Vietnamese template with {number} and {counter}. */
  template: string
  /** English template; DEFAULT_TEMPLATE_EN when absent. */
  templateEn?: string
  /** Whether the English call follows the Vietnamese ones. */
  english: boolean
  /** How many times the Vietnamese call is spoken (at least once). */
  repeat: number
  /** Regional number reading (tư/bốn, linh/lẻ, nghìn/ngàn). */
  reading?: VietnameseReading
}

/** A line for speechSynthesis when the clips cannot say the call. */
export interface SpeechLine {
  lang: 'vi-VN' | 'en-US'
  text: string
}

/** What to play for one call. */
export interface CallPlan {
  /** Clip ids in order; words without a clip are left out (see `missing`). */
  clips: string[]
  /** Template words no clip covers, once each; non-empty means the clips alone would skip words. */
  missing: string[]
  /** The same call as text, one line per spoken repetition. */
  speech: SpeechLine[]
}

type Spoken = { kind: 'word' | 'letter'; text: string } | { kind: 'pause' }

const TOKEN = /\{[a-zA-Z]+\}|[,.;:!?]+|[^\s,.;:!?{}]+/gu

function spokenItems(template: string, numberWords: string, counterWords: string): Spoken[] {
  const items: Spoken[] = []
  const words = (text: string): Spoken[] =>
    text.split(' ').filter(Boolean).map((w) => ({ kind: /^[A-Z]$/.test(w) ? 'letter' : 'word', text: w }))
  for (const [token] of template.matchAll(TOKEN)) {
    if (token === '{number}') items.push(...words(numberWords))
    else if (token === '{counter}') items.push(...words(counterWords))
    else if (/^[,.;:!?]/.test(token)) items.push({ kind: 'pause' })
    else items.push({ kind: 'word', text: token })
  }
  return items
}

/** Greedy longest match: a phrase clip wins over single-word clips. */
function matchClips(items: Spoken[], lang: 'vi' | 'en', vocabulary: Vocabulary, missing: string[]): string[] {
  const clips: string[] = []
  for (let i = 0; i < items.length; ) {
    const item = items[i]
    if (item === undefined) break
    if (item.kind !== 'word') {
      const id = item.kind === 'pause' ? 'pause' : vocabulary.letters.get(`${lang}|${item.text}`)
      if (id !== undefined && vocabulary.ids.has(id)) clips.push(id)
      else if (item.kind === 'letter') missing.push(item.text)
      i++
      continue
    }
    const words: string[] = []
    for (let k = i; words.length < vocabulary.maxPhraseWords; k++) {
      const next = items[k]
      if (next?.kind !== 'word') break
      words.push(normaliseWord(next.text))
    }
    let matched = false
    for (let length = words.length; length >= 1 && !matched; length--) {
      const id = vocabulary.byText.get(`${lang}|${words.slice(0, length).join(' ')}`)
      if (id !== undefined) {
        clips.push(id)
        i += length
        matched = true
      }
    }
    if (!matched) {
      missing.push(item.text)
      i++
    }
  }
  return clips
}

function fill(template: string, numberWords: string, counterWords: string): string {
  return template.replaceAll('{number}', numberWords).replaceAll('{counter}', counterWords).replace(/\s+/g, ' ').trim()
}

/** Drops a pause that follows a pause or the chime, or ends the list. */
function tidyPauses(clips: string[]): string[] {
  const out: string[] = []
  for (const id of clips) if (id !== 'pause' || (out.length > 0 && out.at(-1) !== 'pause' && out.at(-1) !== 'chime')) out.push(id)
  while (out.at(-1) === 'pause') out.pop()
  return out
}

/**
 * Plans one call: the chime, the Vietnamese call `repeat` times with a pause
 * between, then the English call once when asked. Template words are matched
 * to phrase clips first, then single-word clips; what neither covers is listed
 * in `missing` so the caller can fall back to speech synthesis.
 * @throws RangeError when the counter is not an integer 0–9999.
 */
export function planCall(input: CallInput, vocabulary: Vocabulary = DEFAULT_VOCABULARY): CallPlan {
  const repeat = Number.isFinite(input.repeat) ? Math.max(1, Math.floor(input.repeat)) : 1
  const missing: string[] = []
  const viNumber = ticketNumberToVietnameseWords(input.number, input.reading)
  const viCounter = numberToVietnameseWords(input.counter, input.reading)
  const vi = matchClips(spokenItems(input.template, viNumber, viCounter), 'vi', vocabulary, missing)
  const viText = fill(input.template, viNumber, viCounter)
  const clips = vocabulary.ids.has('chime') ? ['chime'] : []
  const speech: SpeechLine[] = []
  for (let r = 0; r < repeat; r++) {
    clips.push('pause', ...vi)
    speech.push({ lang: 'vi-VN', text: viText })
  }
  if (input.english) {
    const template = input.templateEn ?? DEFAULT_TEMPLATE_EN
    const enNumber = ticketNumberToEnglishWords(input.number)
    const enCounter = numberToEnglishWords(input.counter)
    clips.push('pause', ...matchClips(spokenItems(template, enNumber, enCounter), 'en', vocabulary, missing))
    speech.push({ lang: 'en-US', text: fill(template, enNumber, enCounter) })
  }
  const withPauses = vocabulary.ids.has('pause') ? clips : clips.filter((id) => id !== 'pause')
  return { clips: tidyPauses(withPauses), missing: [...new Set(missing)], speech }
}

/** The ordered clip ids for one call (words without a clip are skipped; use planCall to see them). */
export function clipsForCall(input: CallInput, vocabulary: Vocabulary = DEFAULT_VOCABULARY): string[] {
  return planCall(input, vocabulary).clips
}
