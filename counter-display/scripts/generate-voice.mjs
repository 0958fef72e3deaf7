#!/usr/bin/env node
// Regenerates the default announcement clips in counter-display/public/voice/
// from src/voice/vocabulary.json: every spoken clip with espeak-ng (offline),
// the chime synthesised here, then trimmed, resampled to 16 kHz mono and
// peak-normalised with sox, and encoded as Ogg Opus with opusenc (about a tenth
// of the WAV size; decoded by Chromium, Firefox and Safari 18.4+). --wav keeps
// 16-bit WAV instead (any browser, ~2 MB). The output is committed, so running
// the app never needs these tools; run this only after changing the vocabulary.
//
//   apt-get install espeak-ng sox opus-tools      # Debian
//   node counter-display/scripts/generate-voice.mjs [--wav]
//
// Uses the espeak-ng binary when it is on PATH; otherwise the npm package
// "espeak-ng" (WebAssembly, same engine) if it is installed. sox is required.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const vocabularyPath = join(root, 'src/voice/vocabulary.json')
const outDir = join(root, 'public/voice')
const RATE = 16_000
/** espeak-ng voices per vocabulary language; "vi" is the Northern voice. */
const VOICES = { vi: 'vi', en: 'en-us' }
/** Words per minute: a little slower than espeak's 175 for a noisy hall. */
const SPEED = '150'
const PAUSE_SECONDS = 0.35
const FORMAT = process.argv.includes('--wav') ? 'wav' : 'opus'
/** kbit/s: speech needs little; the chime's pure tones sound rough below ~40. */
const bitrate = (id) => (id === 'chime' ? '48' : '24')

/** Returns (text, voice, wavPath) => writes espeak-ng's WAV output; and its name. */
async function findSynth() {
  if (spawnSync('espeak-ng', ['--version']).status === 0) {
    const version = /:\s*(\S+)/.exec(execFileSync('espeak-ng', ['--version'], { encoding: 'utf8' }))?.[1]
    return { name: `espeak-ng ${version} (binary)`, speak: (text, voice, wav) => execFileSync('espeak-ng', ['-v', voice, '-s', SPEED, '-w', wav, text]) }
  }
  const { default: ESpeakNg } = await import('espeak-ng').catch(() => {
    throw new Error('espeak-ng not found: apt-get install espeak-ng (or npm install espeak-ng)')
  })
  return {
    name: 'espeak-ng (npm package, WebAssembly)',
    speak: async (text, voice, wav) => {
      const engine = await ESpeakNg({ arguments: ['-v', voice, '-s', SPEED, '-w', 'out.wav', text] })
      writeFileSync(wav, engine.FS.readFile('out.wav'))
    },
  }
}

/** Trim leading/trailing silence, convert, normalise peaks to -3 dBFS, keep a short tail. */
function finish(rawWav, outWav) {
  execFileSync('sox', [
    '-D', // no dither: dither is random, and the output must be the same on every run
    rawWav, '-r', String(RATE), '-c', '1', '-b', '16', outWav,
    'silence', '1', '0.01', '0.5%', 'reverse', 'silence', '1', '0.01', '0.5%', 'reverse',
    'gain', '-n', '-3', 'pad', '0.005', '0.03',
  ])
}

/**
 * A two-tone "ding-dong" (E5 then C5), bell-like: a few inharmonic partials
 * with exponential decay and a 5 ms attack so nothing clicks. About 1.4 s.
 */
function chimeSamples() {
  const notes = [{ freq: 659.25, start: 0 }, { freq: 523.25, start: 0.5 }]
  const partials = [{ ratio: 1, gain: 1, decay: 2.5 }, { ratio: 2, gain: 0.35, decay: 4 }, { ratio: 3.01, gain: 0.12, decay: 6 }]
  const length = Math.round(RATE * 1.45)
  const out = new Float64Array(length)
  for (const note of notes) {
    for (let i = Math.round(note.start * RATE); i < length; i++) {
      const t = i / RATE - note.start
      const attack = Math.min(1, t / 0.005)
      for (const p of partials) out[i] += attack * p.gain * Math.exp(-p.decay * t) * Math.sin(2 * Math.PI * note.freq * p.ratio * t)
    }
  }
  const fadeOut = Math.round(RATE * 0.05)
  for (let i = 0; i < fadeOut; i++) out[length - 1 - i] *= i / fadeOut
  const peak = out.reduce((m, v) => Math.max(m, Math.abs(v)), 0)
  return Int16Array.from(out, (v) => Math.round((v / peak) * 0.5 * 32767)) // -6 dBFS: softer than speech
}

/** A 16-bit mono PCM WAV file. */
function wavBytes(samples) {
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + samples.byteLength, 4)
  header.write('WAVEfmt ', 8)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20) // PCM
  header.writeUInt16LE(1, 22) // mono
  header.writeUInt32LE(RATE, 24)
  header.writeUInt32LE(RATE * 2, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36)
  header.writeUInt32LE(samples.byteLength, 40)
  return Buffer.concat([header, Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength)])
}

/** Writes the final file from a 16 kHz WAV in the chosen format. */
function encode(id, wav, out) {
  if (FORMAT === 'wav') return writeFileSync(out, readFileSync(wav))
  // A fixed serial keeps the output byte-identical from run to run, so git sees no change.
  execFileSync('opusenc', ['--quiet', '--serial', '1', '--bitrate', bitrate(id), '--padding', '0', '--discard-comments', wav, out])
}

/** Duration and peak (0..1) of the file as a browser would decode it. */
function measure(file, work) {
  const wav = FORMAT === 'wav' ? file : join(work, 'decoded.wav')
  if (FORMAT === 'opus') execFileSync('opusdec', ['--quiet', '--rate', String(RATE), file, wav])
  const { stderr } = spawnSync('sox', [wav, '-n', 'stat'], { encoding: 'utf8' })
  const value = (label) => Number(new RegExp(`${label}:\\s+(-?[\\d.]+)`).exec(stderr)?.[1])
  return { seconds: value('Length \\(seconds\\)'), peak: value('Maximum amplitude') }
}

async function main() {
  const vocabulary = JSON.parse(readFileSync(vocabularyPath, 'utf8'))
  const synth = await findSynth()
  const work = mkdtempSync(join(tmpdir(), 'luot-voice-'))
  const clips = {}
  let totalBytes = 0
  try {
    for (const entry of vocabulary) {
      const file = `${entry.id}.${FORMAT}`
      const out = join(outDir, file)
      const wav = join(work, 'clip.wav')
      if (entry.id === 'chime') writeFileSync(wav, wavBytes(chimeSamples()))
      else if (entry.id === 'pause') writeFileSync(wav, wavBytes(new Int16Array(Math.round(RATE * PAUSE_SECONDS))))
      else {
        const raw = join(work, 'raw.wav')
        await synth.speak(entry.speak ?? entry.text, VOICES[entry.lang], raw)
        finish(raw, wav)
      }
      encode(entry.id, wav, out)
      const { seconds, peak } = measure(out, work)
      const silent = entry.id !== 'pause' && !(peak > 0.1)
      if (!(seconds > 0.1) || silent) throw new Error(`${file}: suspicious clip (${seconds} s, peak ${peak})`)
      totalBytes += readFileSync(out).byteLength
      clips[entry.id] = { file, text: entry.text, seconds: Math.round(seconds * 1000) / 1000 }
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  const keep = new Set(Object.values(clips).map((c) => c.file))
  for (const name of readdirSync(outDir)) if (/\.(wav|opus)$/.test(name) && !keep.has(name)) rmSync(join(outDir, name))
  const format = FORMAT === 'wav' ? `WAV PCM 16-bit mono ${RATE} Hz` : `Ogg Opus mono from ${RATE} Hz`
  const generator = `${synth.name}, voices ${Object.values(VOICES).join(' and ')}, ${SPEED} words/min`
  const head = JSON.stringify({ version: 1, format, generator }, null, 2).slice(0, -2)
  const lines = Object.entries(clips).map(([id, clip]) => `    ${JSON.stringify(id)}: ${JSON.stringify(clip)}`)
  writeFileSync(join(outDir, 'manifest.json'), `${head},\n  "clips": {\n${lines.join(',\n')}\n  }\n}\n`)
  console.log(`${Object.keys(clips).length} clips, ${(totalBytes / 1024).toFixed(0)} KiB, with ${synth.name}`)
}

await main()
