import { useMemo } from 'preact/hooks'
import { create } from 'qrcode'

/** SVG path of the dark modules, with the 4-module quiet zone scanners need. */
export function qrPath(text: string): { path: string; size: number } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const n = modules.size
  let path = ''
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) if (modules.get(x, y)) path += `M${x + 4} ${y + 4}h1v1h-1z`
  }
  return { path, size: n + 8 }
}

/** A crisp QR code at any size (vector, black on white). */
export function QrCode({ text, label, class: cls }: { text: string; label: string; class?: string }) {
  const { path, size } = useMemo(() => qrPath(text), [text])
  return (
    <svg class={cls} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges" data-qr={text}>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  )
}
