import { writeFile } from 'node:fs/promises'
import { create } from 'qrcode'

/**
 * A fake camera for Chromium (`--use-file-for-fake-video-capture=<file.y4m>`): a few frames of
 * uncompressed YUV4MPEG2 (4:2:0) showing `text` as a QR code, black on white, scaled up to whole
 * pixels per module and centred with a white quiet zone, as a phone screen held up to the kiosk.
 */
export function qrY4m(text: string, opts: { width?: number; height?: number; frames?: number } = {}): Buffer {
  const width = opts.width ?? 640
  const height = opts.height ?? 480
  const frames = opts.frames ?? 5
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const n = modules.size
  const px = Math.floor((Math.min(width, height) * 0.8) / n)
  const left = Math.floor((width - n * px) / 2)
  const top = Math.floor((height - n * px) / 2)
  const y = Buffer.alloc(width * height, 235) // video-range white
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (!modules.get(col, row)) continue
      for (let dy = 0; dy < px; dy++) y.fill(16, (top + row * px + dy) * width + left + col * px, (top + row * px + dy) * width + left + (col + 1) * px)
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128) // U and V: no colour
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma])
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: frames }, () => frame)])
}

/** Writes the fake camera file for `text` and returns its path. */
export async function writeQrY4m(path: string, text: string): Promise<string> {
  await writeFile(path, qrY4m(text))
  return path
}
