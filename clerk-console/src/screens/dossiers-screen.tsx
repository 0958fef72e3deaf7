import { DossierDetail } from '../dossiers/dossier-detail.js'
import { DossierList } from '../dossiers/dossier-list.js'
import { SlipPage } from '../dossiers/slip-page.js'
import { useT } from '../i18n.js'
import { dossierTarget, useHash } from '../router.js'
import { useConsoleState } from '../state.js'

/** #/dossiers: the back-office list; #/dossiers/{code}: one dossier; #/dossiers/{code}/slip/{form}: its slip to print. */
export function DossiersScreen() {
  const { snapshot, lang } = useConsoleState()
  const t = useT()
  const { code, slip } = dossierTarget(useHash())
  if (code && slip) return <SlipPage code={code} form={slip} />
  if (!snapshot) return <p class="loading">{t('loading')}</p>
  if (code) return <DossierDetail code={code} snapshot={snapshot} />
  return <DossierList services={snapshot.services} timeZone={snapshot.centre.timeZone} lang={lang} />
}
