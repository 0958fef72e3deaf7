import { localParts, type StoredDossier, type TextRole, type TicketBlock } from '@luot/shared'
import type { Config } from '../domain/types.js'
import { dashedCode, dmy } from '../domain/dossier/format.js'

const pad = (n: number): string => String(n).padStart(2, '0')
const amount = (n: number): string => String(n).replace('.', ',')

/** The dossier's public page, what the slip's QR code opens: `{publicBaseUrl}/d/{code}`. */
export const dossierUrl = (config: Config, code: string): string => `${config.centre.publicBaseUrl.replace(/\/+$/, '')}/d/${code}`

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01, TT 01/2018/TT-VPCP) as printer blocks for the
 * thermal printer at the counter: the issuing body and the national heading, the place and date,
 * the title and code, the form's lines (applicant, request, documents, copies, legal time, received
 * and due times, where to collect), the QR code to the dossier's page, and the receiving clerk.
 */
export function receiptSlipBlocks(config: Config, d: StoredDossier): TicketBlock[] {
  const text = (role: TextRole, value: string): TicketBlock => ({ kind: 'text', role, text: value.normalize('NFC') })
  const settings = config.settings.dossiers
  const tz = config.centre.timeZone
  const received = localParts(new Date(d.receivedAt), tz)
  const issuer = settings?.issuerLines ?? [config.centre.name.toUpperCase()]
  const place = settings?.place ?? config.centre.commune
  const collect = config.services.find((s) => s.id === (settings?.returnServiceId ?? d.serviceId))?.name.vi ?? d.serviceId
  const unit = d.processing.unit === 'working-days' ? 'ngày làm việc' : 'giờ làm việc'
  const blocks: TicketBlock[] = [text('centre', issuer[0]!), ...issuer.slice(1).map((l) => text('subtitle', l)), { kind: 'rule' }, text('subtitle', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), text('subtitle', 'Độc lập - Tự do - Hạnh phúc'), text('detail', `${place}, ngày ${pad(received.day)} tháng ${pad(received.month)} năm ${received.year}`), { kind: 'gap' }]
  blocks.push(text('service', 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ'), text('detail', `Mã hồ sơ: ${dashedCode(d.code)}`))
  if (d.externalCode) blocks.push(text('detail', `Mã hồ sơ trên hệ thống: ${d.externalCode}`))
  blocks.push({ kind: 'gap' }, text('detail', `${config.centre.name} tiếp nhận hồ sơ của: ${d.applicantName ?? '……………………'}`))
  if (d.applicantPhone) blocks.push(text('detail', `Số điện thoại: ${d.applicantPhone}`))
  blocks.push(text('detail', `Nội dung yêu cầu giải quyết: ${d.procedureName.vi}`))
  if (d.documents.length > 0) blocks.push(text('detail', 'Thành phần hồ sơ:'), ...d.documents.map((doc, i) => text('detail', `${i + 1}. ${doc}`)))
  blocks.push(
    text('detail', `Số lượng hồ sơ: ${d.copies ?? 1} bộ`),
    text('detail', `Thời gian giải quyết theo quy định: ${amount(d.processing.amount)} ${unit}`),
    text('detail', `Thời gian nhận hồ sơ: ${pad(received.hour)} giờ ${pad(received.minute)} phút, ngày ${pad(received.day)}/${pad(received.month)}/${received.year}`),
    text('priority', `Hẹn trả kết quả: buổi ${d.dueHalf === 'morning' ? 'sáng' : 'chiều'} ngày ${dmy(d.dueDate)}`),
    text('detail', `Nhận kết quả tại: ${collect}`),
    { kind: 'gap' },
    { kind: 'qr', data: dossierUrl(config, d.code) },
    text('hotline', 'Quét mã để theo dõi hồ sơ'),
    { kind: 'rule' },
    text('footer', `Người tiếp nhận: ${d.receivedBy.name}`),
  )
  return blocks
}
