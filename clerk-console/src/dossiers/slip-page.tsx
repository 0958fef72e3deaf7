import { useEffect } from 'preact/hooks'
import { rootPath } from '@luot/shared/client/connect'
import { dayKey } from '@luot/shared/time'
import { ErrorNote } from '../components/error-note.js'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import { longDay, slipContent, slipInstant, trackUrlOf, type SlipForm } from './slip-content.js'
import { SlipSheet } from './slip-sheet.js'
import { useDossier } from './use-dossier.js'

/** #/dossiers/{code}/slip/{form}: the slip on screen as it will print (A5), with Print and Close. */
export function SlipPage({ code, form }: { code: string; form: SlipForm }) {
  const t = useT()
  const { snapshot, lang } = useConsoleState()
  const { dossier, error } = useDossier(code)
  useEffect(() => {
    document.body.classList.add('printing-slip')
    return () => document.body.classList.remove('printing-slip')
  }, [])
  if (error) return <ErrorNote error={error} lang={lang} />
  if (!snapshot || !dossier) return <p class="loading">{t('loading')}</p>
  const { centre, settings, services } = snapshot
  const ds = settings.dossiers
  const unit = lang === 'vi' ? centre.name : centre.nameEn
  const serviceId = ds?.returnServiceId ?? dossier.serviceId
  const service = services.find((s) => s.id === serviceId)?.name[lang] ?? serviceId
  const content = slipContent(form, dossier, { lang, timeZone: centre.timeZone, unit, collectAt: `${unit} – ${service}` })
  const place = ds?.place ?? (centre.commune || centre.province)
  const placeDate = `${place}, ${longDay(dayKey(new Date(slipInstant(form, dossier)), centre.timeZone), lang)}`
  const fallback = new URL(rootPath(), location.href).href
  return (
    <div class="slip-page">
      <div class="slip-tools no-print">
        <button type="button" class="primary" onClick={() => print()} data-testid="slip-print">
          {t('slipPrint')}
        </button>
        <a href="#/dossiers" class="button">
          {t('slipBack')}
        </a>
      </div>
      <SlipSheet content={content} issuerLines={ds?.issuerLines ?? [centre.province.toUpperCase(), centre.name.toUpperCase()]} placeDate={placeDate} trackUrl={trackUrlOf(centre.publicBaseUrl, dossier.code, fallback)} lang={lang} />
    </div>
  )
}
