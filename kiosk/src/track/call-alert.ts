/** Vibration and a short beep when the ticket is called, wherever the phone allows them. */
let audio: AudioContext | null = null

function context(): AudioContext | null {
  if (audio) return audio
  const Ctor = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext
  if (!Ctor) return null
  try {
    audio = new Ctor()
  } catch {
    audio = null
  }
  return audio
}

/** Browsers start audio only after a touch: the first touch on the page unlocks it for later. */
export function unlockAudioOnFirstTouch(): void {
  const unlock = () => {
    void context()?.resume().catch(() => undefined)
    document.removeEventListener('pointerdown', unlock)
  }
  document.addEventListener('pointerdown', unlock)
}

function beep(ctx: AudioContext, at: number): void {
  const osc = ctx.createOscillator()
  const gain = ctx.createGain()
  osc.frequency.value = 880
  gain.gain.setValueAtTime(0.0001, at)
  gain.gain.exponentialRampToValueAtTime(0.4, at + 0.02)
  gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.25)
  osc.connect(gain).connect(ctx.destination)
  osc.start(at)
  osc.stop(at + 0.3)
}

export function alertCalled(): void {
  try {
    navigator.vibrate?.([300, 150, 300, 150, 600])
  } catch {
    /* not allowed here */
  }
  const ctx = context()
  if (!ctx) return
  void ctx
    .resume()
    .then(() => {
      if (ctx.state !== 'running') return
      beep(ctx, ctx.currentTime)
      beep(ctx, ctx.currentTime + 0.4)
    })
    .catch(() => undefined)
}
