import { defineConfig } from 'vite'
import { appConfig } from '../vite.app-config.js'

export default defineConfig(appConfig({ index: 'index.html', track: 'track.html', book: 'book.html', join: 'join.html', dossier: 'dossier.html' }, 5173))
