import { defineConfig } from 'vite'
import { appConfig } from '../vite.app-config.js'

/** index.html serves the hall board, counter screens and rating pads; widget.html the embeddable status widget. */
export default defineConfig(appConfig({ index: 'index.html', widget: 'widget.html' }, 5174))
