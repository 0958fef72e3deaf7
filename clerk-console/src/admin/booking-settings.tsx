import type { BookingSettings, Service, ServiceBooking } from '@luot/shared'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import { bookingDraft, bookingOf, withBooking } from './booking-draft.js'
import { CheckField, Fieldset, NumberField, SelectField } from './fields.js'
import { HolidayCalendar } from './holiday-calendar.js'
import type { SectionProps } from './settings-form.js'

const SLOT_MINUTES = [10, 15, 20, 30, 60] as const

/** Bookings and remote join: the centre-wide rules, each service's slots and places, and the holiday calendar. */
export function BookingSettingsEditor({ draft, problems, setDraft, services }: SectionProps & { services: Service[] }) {
  const t = useT()
  const { lang } = useConsoleState()
  const b = bookingDraft(bookingOf(draft), services)
  const set = (next: Partial<BookingSettings>) => setDraft(withBooking(draft, { ...b, ...next }))
  const setRow = (i: number, next: Partial<ServiceBooking>) => set({ services: b.services.map((r, j) => (j === i ? { ...r, ...next } : r)) })
  return (
    <>
      <Fieldset legend={t('bookingGeneral')}>
        <CheckField label={t('bookingEnabled')} name="booking-enabled" checked={b.enabled} onChange={(enabled) => set({ enabled })} />
        <div class="field-pair">
          <NumberField label={t('horizonDays')} name="horizonDays" value={b.horizonDays} problem={problems['booking.horizonDays']} onInput={(horizonDays) => set({ horizonDays })} />
          <NumberField label={t('graceMinutes')} name="graceMinutes" value={b.graceMinutes} problem={problems['booking.graceMinutes']} onInput={(graceMinutes) => set({ graceMinutes })} />
          <NumberField label={t('maxActivePerPhone')} name="maxActivePerPhone" value={b.maxActivePerPhone} problem={problems['booking.maxActivePerPhone']} onInput={(maxActivePerPhone) => set({ maxActivePerPhone })} />
          <NumberField label={t('retentionDays')} name="retentionDays" value={b.retentionDays} problem={problems['booking.retentionDays']} onInput={(retentionDays) => set({ retentionDays })} />
        </div>
        <SelectField
          label={t('bookingOrder')}
          name="booking-order"
          value={b.order}
          options={[
            { value: 'ahead', label: t('orderAhead') },
            { value: 'with-walk-ins', label: t('orderWithWalkIns') },
          ]}
          onChange={(order) => set({ order })}
        />
        <CheckField label={t('remoteCheckInRequired')} name="remoteCheckInRequired" checked={b.remoteCheckInRequired} onChange={(remoteCheckInRequired) => set({ remoteCheckInRequired })} />
      </Fieldset>
      <Fieldset legend={t('bookingServices')}>
        <table class="booking-services">
          <thead>
            <tr>
              {(['colService', 'colBookable', 'colSlotMinutes', 'colPlaces', 'colWalkIn', 'colRemote', 'colRemoteCap'] as const).map((k) => <th scope="col">{t(k)}</th>)}
            </tr>
          </thead>
          <tbody>
            {b.services.map((r, i) => {
              const name = services.find((x) => x.id === r.serviceId)?.name[lang] ?? r.serviceId
              const label = (k: Parameters<typeof t>[0]) => `${t(k)} – ${name}`
              return (
                <tr data-service={r.serviceId}>
                  <th scope="row">{name}</th>
                  <td><input type="checkbox" name="bookable" aria-label={label('colBookable')} checked={r.bookable} onChange={(e) => setRow(i, { bookable: e.currentTarget.checked })} /></td>
                  <td>
                    <select name="slotMinutes" aria-label={label('colSlotMinutes')} value={String(r.slotMinutes)} onChange={(e) => setRow(i, { slotMinutes: Number(e.currentTarget.value) as ServiceBooking['slotMinutes'] })}>
                      {SLOT_MINUTES.map((m) => <option value={String(m)}>{m}</option>)}
                    </select>
                  </td>
                  <td><input type="number" name="placesPerSlot" min={0} max={100} aria-label={label('colPlaces')} value={r.placesPerSlot} onInput={(e) => setRow(i, { placesPerSlot: Number(e.currentTarget.value) })} /></td>
                  <td><input type="number" name="walkInMinutesPerHour" min={0} max={60} aria-label={label('colWalkIn')} value={r.walkInMinutesPerHour} onInput={(e) => setRow(i, { walkInMinutesPerHour: Number(e.currentTarget.value) })} /></td>
                  <td><input type="checkbox" name="remoteJoin" aria-label={label('colRemote')} checked={r.remoteJoin} onChange={(e) => setRow(i, { remoteJoin: e.currentTarget.checked })} /></td>
                  <td><input type="number" name="remoteDailyCap" min={0} max={10000} aria-label={label('colRemoteCap')} value={r.remoteDailyCap} onInput={(e) => setRow(i, { remoteDailyCap: Number(e.currentTarget.value) })} /></td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </Fieldset>
      <HolidayCalendar days={b.calendar} onChange={(calendar) => set({ calendar })} />
    </>
  )
}
