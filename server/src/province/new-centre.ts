import type { CentreCreate, CentreEntry, ProvinceTemplate } from '@luot/shared'
import type { Config } from '../domain/types.js'
import { checkConfig } from '../domain/config-rules.js'
import { generatePassword, hashPassword } from '../auth/password.js'
import { newAccountGeneration } from '../store/config-file.js'
import { demoCentre, DEMO_SETTINGS } from '../setup/demo-settings.js'
import { demoBooking } from '../setup/demo-booking.js'

export interface NewCentre {
  entry: CentreEntry
  config: Config
  admin: { username: string; password: string }
}

/** What a new centre needs to know of its province. */
export interface ProvinceInfo {
  /** The province's name as centres print it ("Thành phố Đà Nẵng"). */
  name: string
  /** The installation's public address; a centre's tracking links are `{publicBaseUrl}/c/{slug}/t/…`. */
  publicBaseUrl: string
}

/**
 * A new centre's directory entry and first configuration: the province template's service areas,
 * counters, outcomes, priority groups and rating scale, and one account, `admin`, whose generated
 * password is returned once. Its admin then adds the clerks. Checked by the same rules as any saved
 * configuration.
 */
export async function newCentre(req: CentreCreate, template: ProvinceTemplate, province: ProvinceInfo, now: Date): Promise<NewCentre> {
  const password = generatePassword()
  const commune = req.commune ?? ''
  const base = demoCentre(`${province.publicBaseUrl.replace(/\/+$/, '')}/c/${req.slug}`)
  const { returnServiceId, ...dossiers } = DEMO_SETTINGS.dossiers!
  const returnService = template.services.find((s) => s.id === returnServiceId)
  const config: Config = {
    version: 2,
    padKeyRotations: {},
    centre: { ...base, name: req.name, nameEn: req.nameEn ?? req.name, province: province.name, commune, address: req.address ?? '', hotline: req.hotline ?? '' },
    services: structuredClone(template.services),
    counters: structuredClone(template.counters),
    users: [{ id: 'admin', username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', counterId: null, active: true, passwordHash: await hashPassword(password), tokenVersion: 0, generation: newAccountGeneration() }],
    settings: {
      ...structuredClone(DEMO_SETTINGS),
      priorityGroups: structuredClone(template.priorityGroups),
      rating: structuredClone(template.rating),
      outcomes: structuredClone(template.outcomes),
      ticker: req.hotline ? [`Đường dây nóng phản ánh, kiến nghị: ${req.hotline}`] : [],
      booking: demoBooking(now.getUTCFullYear()),
      dossiers: { ...structuredClone(dossiers), enabled: returnService !== undefined, ...(returnService ? { returnServiceId: returnService.id } : {}), issuerLines: [`ỦY BAN NHÂN DÂN ${commune.toLocaleUpperCase('vi')}`.trim(), 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG'], place: commune.replace(/^(Phường|Xã|Đặc khu)\s+/u, '') || province.name },
    },
  }
  checkConfig(config)
  const entry: CentreEntry = { slug: req.slug, name: req.name, nameEn: req.nameEn ?? req.name, kind: req.kind ?? 'commune', district: req.district ?? '', formerDistrict: req.formerDistrict ?? '', state: 'active', createdAt: now.toISOString() }
  return { entry, config, admin: { username: 'admin', password } }
}
