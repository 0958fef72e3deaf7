import { useMemo } from 'preact/hooks'
import { qrPath } from '@luot/shared/client/qr-path'

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
