/**
 * Voice announcements for the counter display: what the app needs to call a
 * ticket out loud. See README.md in this folder.
 */
export { createAnnouncer, type Announcer, type AnnouncerOptions, type AnnounceMethod, type AnnounceResult, type Player } from './announcer.js'
export { createBrowserPlayer, type BrowserPlayer, type BrowserPlayerOptions } from './browser-player.js'
export { clipsForCall, planCall, DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_EN, type CallInput, type CallPlan, type SpeechLine } from './clips.js'
export { DEFAULT_VOICE_BASE_URL } from './manifest.js'
export { numberToVietnameseWords, ticketNumberToVietnameseWords, type VietnameseReading } from './number-words.js'
export { audioIsLocked, unlockAudio } from './unlock-audio.js'
export { AudioLockedError } from './web-audio-player.js'
export { NoVoiceError } from './speech-synthesis.js'
