import { useState } from 'preact/hooks'
import type { Counter, Service, Settings } from '@luot/shared'
import { BookingSettingsEditor } from './booking-settings.js'
import { DossierSettingsEditor } from './dossier-settings.js'
import { PrintersSettings } from './printers-settings.js'
import { QueueSettings } from './queue-settings.js'
import { RatingSettingsEditor } from './rating-settings.js'
import { SaveBar } from './save-bar.js'
import { useSave, type Saver } from './use-save.js'
import { checkSettings, type Problems } from './validate.js'

export type SettingsSection = 'queue' | 'rating' | 'printers' | 'booking' | 'dossiers'

/** What each settings section edits: a draft of the whole Settings, saved whole (as the server takes it). */
export interface SectionProps {
  draft: Settings
  problems: Problems
  setDraft: (s: Settings) => void
  /** The settings as stored on the server (a test print uses those). */
  saved: Settings
}

export function SettingsForm({ settings, services, counters, section, onSave }: { settings: Settings; services: Service[]; counters: Counter[]; section: SettingsSection; onSave: Saver<Settings> }) {
  const [draft, setDraft] = useState(settings)
  const { busy, status, problems, submit } = useSave(checkSettings, onSave)
  const props = { draft, problems, setDraft, saved: settings }
  return (
    <form
      class="admin-form"
      data-form={`settings-${section}`}
      onSubmit={(e) => {
        e.preventDefault()
        submit(draft)
      }}
    >
      {section === 'queue' ? <QueueSettings {...props} /> : section === 'rating' ? <RatingSettingsEditor {...props} /> : section === 'booking' ? <BookingSettingsEditor {...props} services={services} /> : section === 'dossiers' ? <DossierSettingsEditor {...props} services={services} /> : <PrintersSettings {...props} counters={counters} />}
      <SaveBar status={status} busy={busy} />
    </form>
  )
}
