import type { LevelLook } from '../rating-look.js'

/** A drawn face instead of an emoji: looks the same on every tablet, with or without an emoji font. */
export function FaceIcon({ look }: { look: LevelLook }) {
  const y = 65 - look.smile * 5
  const bend = 65 + look.smile * 24
  return (
    <svg class="face" viewBox="0 0 100 100" aria-hidden="true">
      <circle cx="50" cy="50" r="45" fill="rgb(255 255 255 / 0.18)" stroke="currentColor" stroke-width="6" />
      <circle cx="35" cy="40" r="6" fill="currentColor" />
      <circle cx="65" cy="40" r="6" fill="currentColor" />
      {look.brows ? <path d="M24 27 L42 33 M76 27 L58 33" stroke="currentColor" stroke-width="6" stroke-linecap="round" /> : null}
      <path d={`M30 ${y} Q50 ${bend} 70 ${y}`} fill="none" stroke="currentColor" stroke-width="6" stroke-linecap="round" />
    </svg>
  )
}
