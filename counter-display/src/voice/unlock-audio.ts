/**
 * Browsers keep audio suspended until the page gets a user gesture. A kiosk
 * TV started with Chromium's --autoplay-policy=no-user-gesture-required never
 * needs this; anywhere else the display shows a one-time "Bật âm thanh" tap
 * target that calls unlockAudio from its click handler.
 */

/** The part of an AudioContext unlockAudio needs (an AudioContext fits). */
export interface UnlockableContext {
  readonly state: string
  readonly sampleRate: number
  readonly destination: AudioNode
  resume(): Promise<void>
  createBuffer(channels: number, length: number, sampleRate: number): AudioBuffer
  createBufferSource(): { buffer: AudioBuffer | null; connect(destination: AudioNode): unknown; start(when?: number): void }
}

/** The part of speechSynthesis unlockAudio touches. */
export interface UnlockableSpeech {
  speak(utterance: SpeechSynthesisUtterance): void
}

/** Whether sound would be blocked now, i.e. whether to show the "Bật âm thanh" button. */
export function audioIsLocked(context: { readonly state: string }): boolean {
  return context.state !== 'running'
}

/**
 * Call synchronously inside a click or key handler: resumes the context, starts
 * a one-sample silent buffer (Safari unlocks only on a sound started within the
 * gesture) and speaks an empty, silent line so speech synthesis is allowed too.
 * Resolves with whether audio now runs.
 */
export async function unlockAudio(
  context: UnlockableContext,
  speech: UnlockableSpeech | undefined = globalThis.speechSynthesis,
  makeUtterance: (text: string) => SpeechSynthesisUtterance = (text) => new SpeechSynthesisUtterance(text),
): Promise<boolean> {
  const resumed = context.resume()
  const source = context.createBufferSource()
  source.buffer = context.createBuffer(1, 1, context.sampleRate)
  source.connect(context.destination)
  source.start(0)
  if (speech !== undefined) {
    const silent = makeUtterance(' ')
    silent.volume = 0
    speech.speak(silent)
  }
  await Promise.race([resumed.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1000))])
  return !audioIsLocked(context)
}
