import type { BackupHealth, DiskHealth, Lang, PrinterCondition, PrinterLastStatus } from '@luot/shared'
import { bytes, percent, shortStamp } from '../format.js'
import { useT, type StringKey } from '../i18n.js'

const CONDITION: Record<PrinterCondition, StringKey> = { ok: 'printerOk', 'paper-near-end': 'printerNearEnd', 'paper-out': 'printerOut', 'cover-open': 'printerCover', offline: 'printerOffline', unknown: 'printerUnknown' }
/** Conditions a person must act on now, and those that only warn. */
const BAD: ReadonlySet<PrinterCondition> = new Set(['paper-out', 'cover-open', 'offline'])

/** Free space in the data folder as a bar, with the alert threshold; a note instead with PostgreSQL. */
export function DiskPanel({ disk, lang }: { disk: DiskHealth | null; lang: Lang }) {
  const t = useT()
  if (!disk)
    return (
      <section class="panel health-disk" aria-labelledby="health-disk">
        <h2 id="health-disk">{t('diskTitle')}</h2>
        <p class="muted">{t('diskNone')}</p>
      </section>
    )
  const used = disk.totalBytes > 0 ? (disk.totalBytes - disk.freeBytes) / disk.totalBytes : 0
  const pct = Math.round(used * 1000) / 10
  return (
    <section class="panel health-disk" aria-labelledby="health-disk">
      <h2 id="health-disk">{t('diskTitle')}</h2>
      <div class={disk.low ? 'disk-bar low' : 'disk-bar'} role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label={t('diskUsed', { pct: percent(pct, lang) })}>
        <div class="disk-used" style={{ width: `${pct}%` }} />
      </div>
      <p>{t('diskFree', { free: bytes(disk.freeBytes, lang), total: bytes(disk.totalBytes, lang), path: disk.path })}</p>
      <p class="muted small">{t('diskThreshold', { min: bytes(disk.minFreeBytes, lang) })}</p>
      {disk.low ? (
        <p class="warn" role="alert">
          {t('diskLow')}
        </p>
      ) : null}
    </section>
  )
}

/** The last run of the daily backup and the newest archive in its folder. */
export function BackupPanel({ backup, timeZone }: { backup: BackupHealth; timeZone: string }) {
  const t = useT()
  const last = backup.last
  return (
    <section class="panel health-backup" aria-labelledby="health-backup">
      <h2 id="health-backup">{t('backupTitle')}</h2>
      {!backup.enabled ? <p class="muted">{t('backupOff')}</p> : null}
      {backup.dir ? <p class="small">{t('backupFolder', { dir: backup.dir })}</p> : null}
      {backup.enabled && !last ? <p>{t('backupNotRun')}</p> : null}
      {last?.ok ? <p class="ok-note">{t('backupLastOk', { time: shortStamp(last.at, timeZone) })}</p> : null}
      {last && !last.ok ? <p class="warn">{t('backupLastFailed', { time: shortStamp(last.at, timeZone), error: last.error ?? '' })}</p> : null}
      {backup.enabled ? <p class="small">{backup.newest ? t('backupNewest', { file: backup.newest.file, time: shortStamp(backup.newest.at, timeZone) }) : t('backupNone')}</p> : null}
    </section>
  )
}

/** Each saved printer's last known condition. */
export function PrintersPanel({ printers, timeZone }: { printers: PrinterLastStatus[]; timeZone: string }) {
  const t = useT()
  return (
    <section class="panel health-printers" aria-labelledby="health-printers">
      <h2 id="health-printers">{t('printersTitle')}</h2>
      {printers.length === 0 ? (
        <p class="muted">{t('printersNone')}</p>
      ) : (
        <table class="grid compact">
          <thead>
            <tr>
              <th scope="col">{t('colPrinter')}</th>
              <th scope="col">{t('colCondition')}</th>
              <th scope="col">{t('colCheckedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {printers.map((p) => (
              <tr data-printer={p.printerId}>
                <td>{p.name}</td>
                <td class={BAD.has(p.condition) ? 'bad' : p.condition === 'paper-near-end' ? 'warn-text' : ''}>
                  {t(CONDITION[p.condition])}
                  {p.error ? <span class="small muted"> ({p.error})</span> : null}
                </td>
                <td>{p.at ? shortStamp(p.at, timeZone) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
