import type { Counter, Printer } from '@luot/shared'
import { useT } from '../i18n.js'
import { TestPrintButton } from './test-print-button.js'
import { CheckField, Fieldset, NumberField, SelectField, TextField } from './fields.js'
import type { SectionProps } from './settings-form.js'

const blankPrinter = (n: number): Printer => ({ id: `may-in-${n}`, name: `Máy in ${n}`, kioskId: '*', host: '192.168.1.50', port: 9100, paper: 80, textMode: 'raster', enabled: true })

/** Ticket printers (network ESC/POS), the ticker notices on the displays, the call announcement. */
export function PrintersSettings({ draft, problems, setDraft, saved, counters }: SectionProps & { counters: Counter[] }) {
  const t = useT()
  const setPrinter = (i: number, p: Printer) => setDraft({ ...draft, printers: draft.printers.map((x, j) => (j === i ? p : x)) })
  const setTicker = (ticker: string[]) => setDraft({ ...draft, ticker })
  const v = draft.voice
  return (
    <>
      <Fieldset legend={t('printers')}>
        {draft.printers.map((p, i) => {
          const at = (f: string) => problems[`printers.${i}.${f}`] ?? (f === 'id' ? problems[`printers.dup.${i}`] : undefined)
          return (
            <div class="printer-row" data-printer={p.id}>
              <div class="field-pair">
                <TextField label={t('id')} value={p.id} problem={at('id')} onInput={(id) => setPrinter(i, { ...p, id })} />
                <TextField label={t('printerName')} value={p.name} problem={at('name')} onInput={(name) => setPrinter(i, { ...p, name })} />
                <TextField label={t('kioskId')} value={p.kioskId} problem={at('kioskId')} onInput={(kioskId) => setPrinter(i, { ...p, kioskId })} />
              </div>
              <div class="field-pair">
                <TextField label={t('host')} value={p.host} problem={at('host')} onInput={(host) => setPrinter(i, { ...p, host })} />
                <NumberField label={t('port')} value={p.port} problem={at('port')} onInput={(port) => setPrinter(i, { ...p, port })} />
                <SelectField label={t('paper')} value={String(p.paper) as '80' | '58'} options={[{ value: '80', label: '80 mm' }, { value: '58', label: '58 mm' }]} onChange={(paper) => setPrinter(i, { ...p, paper: paper === '58' ? 58 : 80 })} />
                <SelectField label={t('textMode')} value={p.textMode} options={[{ value: 'raster', label: t('textRaster') }, { value: 'tcvn3', label: t('textTcvn3') }]} onChange={(textMode) => setPrinter(i, { ...p, textMode })} />
              </div>
              <fieldset class="printer-counters">
                <legend>{t('printerCounters')}</legend>
                {counters.map((c) => (
                  <CheckField label={`${t('counterN', { n: c.number })}`} checked={p.counterIds?.includes(c.id) ?? false} onChange={(on) => setPrinter(i, { ...p, counterIds: on ? [...(p.counterIds ?? []), c.id] : (p.counterIds ?? []).filter((x) => x !== c.id) })} />
                ))}
              </fieldset>
              <CheckField label={t('enabled')} checked={p.enabled} onChange={(enabled) => setPrinter(i, { ...p, enabled })} />
              <TestPrintButton printerId={p.id} saved={JSON.stringify(saved.printers.find((x) => x.id === p.id)) === JSON.stringify(p)} />
              <button type="button" class="small danger" onClick={() => setDraft({ ...draft, printers: draft.printers.filter((_, j) => j !== i) })}>
                {t('remove')}
              </button>
            </div>
          )
        })}
        <button type="button" class="small" onClick={() => setDraft({ ...draft, printers: [...draft.printers, blankPrinter(draft.printers.length + 1)] })}>
          + {t('add')}
        </button>
      </Fieldset>
      <Fieldset legend={t('ticker')}>
        {draft.ticker.map((line, i) => (
          <div class="ticker-row">
            <TextField label={`${i + 1}`} value={line} maxLength={300} problem={problems[`ticker.${i}`]} onInput={(s) => setTicker(draft.ticker.map((x, j) => (j === i ? s : x)))} />
            <button type="button" class="small danger" onClick={() => setTicker(draft.ticker.filter((_, j) => j !== i))}>
              {t('remove')}
            </button>
          </div>
        ))}
        {draft.ticker.length < 20 ? (
          <button type="button" class="small" onClick={() => setTicker([...draft.ticker, ''])}>
            + {t('add')}
          </button>
        ) : null}
      </Fieldset>
      <Fieldset legend={t('voice')}>
        <TextField label={t('voiceTemplate')} name="voiceTemplate" value={v.template} problem={problems['voice.template']} onInput={(template) => setDraft({ ...draft, voice: { ...v, template } })} />
        <TextField label={t('voiceTemplateEn')} name="voiceTemplateEn" value={v.templateEn} problem={problems['voice.templateEn']} onInput={(templateEn) => setDraft({ ...draft, voice: { ...v, templateEn } })} />
        <div class="field-pair">
          <NumberField label={t('voiceRepeat')} name="voiceRepeat" value={v.repeat} problem={problems['voice.repeat']} onInput={(repeat) => setDraft({ ...draft, voice: { ...v, repeat } })} />
          <CheckField label={t('voiceEnglish')} checked={v.english} onChange={(english) => setDraft({ ...draft, voice: { ...v, english } })} />
        </div>
      </Fieldset>
    </>
  )
}
