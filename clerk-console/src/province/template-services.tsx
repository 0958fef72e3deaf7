import type { Lang, ProvinceTemplate, Service } from '@luot/shared'
import { useT } from '../i18n.js'

interface Props {
  services: Service[]
  lang: Lang
  /** The admin edits names and target waits in place; absent: read only. */
  onChange?: (services: Service[]) => void
}

/** The template's service areas: code, name (vi/en), target wait. */
export function TemplateServices({ services, lang, onChange }: Props) {
  const t = useT()
  const set = (i: number, patch: Partial<Service>) => onChange?.(services.map((s, j) => (j === i ? { ...s, ...patch } : s)))
  return (
    <table class="grid template-services">
      <thead>
        <tr>
          <th scope="col">{t('pColCode')}</th>
          <th scope="col">{onChange ? t('nameVi') : t('pColName')}</th>
          {onChange ? <th scope="col">{t('nameEn')}</th> : null}
          <th scope="col" class="num">{t('pColTargetWait')}</th>
        </tr>
      </thead>
      <tbody>
        {services.map((s, i) => (
          <tr data-service={s.id}>
            <td>{s.code}</td>
            {onChange ? (
              <>
                <td>
                  <input aria-label={`${t('nameVi')} ${s.code}`} name={`services.${i}.name.vi`} value={s.name.vi} maxLength={160} onInput={(e) => set(i, { name: { ...s.name, vi: e.currentTarget.value } })} />
                </td>
                <td>
                  <input aria-label={`${t('nameEn')} ${s.code}`} name={`services.${i}.name.en`} value={s.name.en} maxLength={160} onInput={(e) => set(i, { name: { ...s.name, en: e.currentTarget.value } })} />
                </td>
                <td class="num">
                  <input
                    class="narrow"
                    type="number"
                    min={1}
                    max={600}
                    aria-label={`${t('pColTargetWait')} ${s.code}`}
                    name={`services.${i}.targetWaitMinutes`}
                    value={s.targetWaitMinutes}
                    onInput={(e) => set(i, { targetWaitMinutes: Number(e.currentTarget.value) })}
                  />
                </td>
              </>
            ) : (
              <>
                <td>{s.name[lang]}</td>
                <td class="num">{t('pTargetMinutes', { n: s.targetWaitMinutes })}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The edited template's own problems: every name filled in, every target a whole number of minutes from 1 to 600. */
export function templateValid(tpl: ProvinceTemplate): boolean {
  return tpl.services.every((s) => s.name.vi.trim() !== '' && s.name.en.trim() !== '' && Number.isInteger(s.targetWaitMinutes) && s.targetWaitMinutes >= 1 && s.targetWaitMinutes <= 600)
}
