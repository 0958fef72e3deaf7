import type { CentreKind } from '@luot/shared'
import type { StringKey } from '../i18n.js'

/** A centre's kind in words. */
export const KIND_LABEL: Record<CentreKind, StringKey> = { commune: 'pKindCommune', branch: 'pKindBranch', provincial: 'pKindProvincial' }
