/** The colour (HSL hue, green → red) and face of level `index` of `count`, best first. */
export interface LevelLook {
  hue: number
  /** Mouth curve from 1 (broad smile) to -1 (frown). */
  smile: number
  /** Frowning brows on the worst levels. */
  brows: boolean
}

export function levelLook(index: number, count: number): LevelLook {
  const position = count > 1 ? index / (count - 1) : 0
  return { hue: Math.round(130 * (1 - position)), smile: Math.round((1 - 2 * position) * 100) / 100, brows: position > 0.85 }
}
