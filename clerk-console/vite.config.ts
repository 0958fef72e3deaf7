import { defineConfig } from 'vite'
import { appConfig } from '../vite.app-config.js'

export default defineConfig(appConfig({ index: 'index.html', province: 'province.html' }, 5175))
