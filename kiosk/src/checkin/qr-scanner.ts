/** Reads a QR code's text from one frame, or null when none is seen. */
type FrameDecoder = (video: HTMLVideoElement) => Promise<string | null>

interface Detected {
  rawValue: string
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<Detected[]>
}
interface BarcodeDetectorClass {
  new (opts: { formats: string[] }): BarcodeDetectorLike
  getSupportedFormats(): Promise<string[]>
}

/** How often a frame is decoded: often enough to feel instant, rarely enough to leave the kiosk's CPU idle. */
const EVERY_MS = 200
/** Frames are decoded at this width at most: a phone screen held up to the camera fills much of the frame. */
const MAX_WIDTH = 640

/** The browser's own QR reader when it has one; else jsQR, loaded only when the camera opens (it stays out of the start screen's bundle). */
async function frameDecoder(): Promise<FrameDecoder> {
  const Native = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector
  if (Native && (await Native.getSupportedFormats().catch((): string[] => [])).includes('qr_code')) {
    const detector = new Native({ formats: ['qr_code'] })
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null
  }
  // jsQR is CommonJS: its function is the module's default export, and again as that export's `default`.
  const jsQR = (await import('jsqr')).default.default
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  return async (video) => {
    if (!ctx || !video.videoWidth) return null
    const scale = Math.min(1, MAX_WIDTH / video.videoWidth)
    canvas.width = Math.round(video.videoWidth * scale)
    canvas.height = Math.round(video.videoHeight * scale)
    ctx.drawImage(video, 0, 0, canvas.width, canvas.height)
    const frame = ctx.getImageData(0, 0, canvas.width, canvas.height)
    return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data ?? null
  }
}

/**
 * Shows the kiosk's camera in `video` and reports every QR text it reads. No camera, no permission
 * or no secure context: `onUnavailable`, once, and the keypad is all the citizen sees. Returns the
 * stop function (camera off), safe to call before the camera has even started.
 */
export function startScanner(video: HTMLVideoElement, onText: (text: string) => void, onUnavailable: () => void): () => void {
  let stopped = false
  let stream: MediaStream | null = null
  let timer: ReturnType<typeof setInterval> | undefined
  const stop = () => {
    stopped = true
    clearInterval(timer)
    stream?.getTracks().forEach((t) => t.stop())
    video.srcObject = null
  }
  void (async () => {
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new Error('no camera API')
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user', width: { ideal: 1280 } }, audio: false })
      if (stopped) return stop()
      video.srcObject = stream
      await video.play()
      const decode = await frameDecoder()
      let reading = false
      timer = setInterval(() => {
        if (stopped || reading || video.readyState < 2) return
        reading = true
        decode(video)
          .then((text) => {
            if (text && !stopped) onText(text)
          })
          .catch(() => undefined)
          .finally(() => (reading = false))
      }, EVERY_MS)
    } catch {
      stop()
      onUnavailable()
    }
  })()
  return stop
}
