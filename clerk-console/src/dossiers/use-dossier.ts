import { useEffect, useState } from 'preact/hooks'
import type { StaffDossier } from '@luot/shared'
import { get } from '../api.js'
import { onDossiersChanged } from '../socket.js'
import type { UiError } from '../ui-error.js'

/** One dossier as staff see it, read again whenever the server says it changed. */
export function useDossier(code: string): { dossier: StaffDossier | null; error: UiError | null; setDossier: (d: StaffDossier) => void } {
  const [dossier, setDossier] = useState<StaffDossier | null>(null)
  const [error, setError] = useState<UiError | null>(null)
  useEffect(() => {
    let live = true
    setDossier(null)
    void get<StaffDossier>(`/api/dossiers/${code}`).then((r) => {
      if (!live) return
      if (r.ok) setDossier(r.data)
      else setError(r.error)
    })
    const off = onDossiersChanged((c) => c.dossier.code === code && setDossier(c.dossier))
    return () => {
      live = false
      off()
    }
  }, [code])
  return { dossier, error, setDossier }
}
