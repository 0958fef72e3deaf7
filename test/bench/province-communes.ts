import type { CentreCreate } from '@luot/shared'

/**
 * A generated province for the province benches: 100 wards and communes of Hà Nội as they are
 * since 1 July 2025 (NĐ 118/2025: no more districts), each with the district it belonged to before,
 * grouped in four areas. Written from memory of the 2025 reorganisation: the names are real places,
 * the grouping is the bench's own.
 */
const WARDS: [string, string[]][] = [
  ['Hoàn Kiếm', ['Hoàn Kiếm', 'Cửa Nam', 'Hồng Hà']],
  ['Ba Đình', ['Ba Đình', 'Ngọc Hà', 'Giảng Võ']],
  ['Hai Bà Trưng', ['Hai Bà Trưng', 'Vĩnh Tuy', 'Bạch Mai']],
  ['Đống Đa', ['Đống Đa', 'Kim Liên', 'Văn Miếu - Quốc Tử Giám', 'Láng', 'Ô Chợ Dừa']],
  ['Hoàng Mai', ['Hoàng Mai', 'Lĩnh Nam', 'Vĩnh Hưng', 'Tương Mai', 'Định Công', 'Hoàng Liệt', 'Yên Sở']],
  ['Thanh Xuân', ['Thanh Xuân', 'Khương Đình', 'Phương Liệt']],
  ['Cầu Giấy', ['Cầu Giấy', 'Nghĩa Đô', 'Yên Hòa']],
  ['Tây Hồ', ['Tây Hồ', 'Phú Thượng']],
  ['Bắc Từ Liêm', ['Tây Tựu', 'Phú Diễn', 'Xuân Đỉnh', 'Đông Ngạc', 'Thượng Cát']],
  ['Nam Từ Liêm', ['Từ Liêm', 'Xuân Phương', 'Tây Mỗ', 'Đại Mỗ']],
  ['Long Biên', ['Long Biên', 'Bồ Đề', 'Việt Hưng', 'Phúc Lợi']],
  ['Hà Đông', ['Hà Đông', 'Dương Nội', 'Yên Nghĩa', 'Phú Lương', 'Kiến Hưng']],
  ['Thanh Trì', ['Thanh Liệt']],
  ['Chương Mỹ', ['Chương Mỹ']],
  ['Sơn Tây', ['Sơn Tây', 'Tùng Thiện']],
]

const COMMUNES: [string, string[]][] = [
  ['Thanh Trì', ['Thanh Trì', 'Đại Thanh', 'Nam Phù', 'Ngọc Hồi']],
  ['Gia Lâm', ['Gia Lâm', 'Thuận An', 'Bát Tràng', 'Phù Đổng']],
  ['Đông Anh', ['Đông Anh', 'Phúc Thịnh', 'Thư Lâm', 'Thiên Lộc', 'Vĩnh Thanh']],
  ['Mê Linh', ['Mê Linh', 'Yên Lãng', 'Tiến Thắng', 'Quang Minh']],
  ['Sóc Sơn', ['Sóc Sơn', 'Đa Phúc', 'Nội Bài', 'Trung Giã', 'Kim Anh']],
  ['Thanh Oai', ['Thanh Oai', 'Bình Minh', 'Tam Hưng', 'Dân Hòa']],
  ['Thường Tín', ['Thường Tín', 'Thượng Phúc', 'Hồng Vân', 'Chương Dương']],
  ['Phú Xuyên', ['Phú Xuyên', 'Phượng Dực', 'Chuyên Mỹ', 'Đại Xuyên']],
  ['Ứng Hòa', ['Ứng Hòa', 'Vân Đình', 'Hòa Xá', 'Ứng Thiên']],
  ['Mỹ Đức', ['Mỹ Đức', 'Phúc Sơn', 'Hồng Sơn', 'Hương Sơn']],
  ['Quốc Oai', ['Quốc Oai', 'Kiều Phú', 'Hưng Đạo', 'Phú Cát']],
  ['Thạch Thất', ['Thạch Thất', 'Hạ Bằng', 'Tây Phương']],
]

/** The province's own grouping of the former districts. */
const AREA: Record<string, string> = {
  'Đông Anh': 'Khu vực phía Bắc', 'Mê Linh': 'Khu vực phía Bắc', 'Sóc Sơn': 'Khu vực phía Bắc', 'Gia Lâm': 'Khu vực phía Bắc', 'Long Biên': 'Khu vực phía Bắc',
  'Thanh Trì': 'Khu vực phía Nam', 'Thanh Oai': 'Khu vực phía Nam', 'Thường Tín': 'Khu vực phía Nam', 'Phú Xuyên': 'Khu vực phía Nam', 'Ứng Hòa': 'Khu vực phía Nam', 'Mỹ Đức': 'Khu vực phía Nam',
  'Hà Đông': 'Khu vực phía Tây', 'Chương Mỹ': 'Khu vực phía Tây', 'Sơn Tây': 'Khu vực phía Tây', 'Quốc Oai': 'Khu vực phía Tây', 'Thạch Thất': 'Khu vực phía Tây',
}

/** `Văn Miếu - Quốc Tử Giám` → `van-mieu-quoc-tu-giam`. */
export function asciiSlug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}

function centre(kind: 'Phường' | 'Xã', name: string, former: string, i: number): CentreCreate {
  const lower = kind === 'Phường' ? 'phường' : 'xã'
  const formerKind = former === 'Sơn Tây' ? 'Thị xã' : kind === 'Phường' && !['Chương Mỹ', 'Thanh Trì'].includes(former) ? 'Quận' : 'Huyện'
  return {
    slug: `${asciiSlug(lower)}-${asciiSlug(name)}`,
    name: `Trung tâm Phục vụ hành chính công ${lower} ${name}`,
    nameEn: `${name} ${kind === 'Phường' ? 'Ward' : 'Commune'} Public Service Centre`,
    kind: 'commune',
    district: AREA[former] ?? 'Khu vực nội thành',
    formerDistrict: `${formerKind} ${former}`,
    commune: `${kind} ${name}`,
    address: `Trụ sở UBND ${lower} ${name} - thành phố Hà Nội`,
    hotline: `024 3${String(100 + i).padStart(3, '0')} ${String(2000 + i * 37).slice(-4)}`,
  }
}

/** The 100 centres, wards first. */
export function provinceCentres(): CentreCreate[] {
  const wards = WARDS.flatMap(([former, names]) => names.map((n) => ['Phường', n, former] as const))
  const communes = COMMUNES.flatMap(([former, names]) => names.map((n) => ['Xã', n, former] as const))
  return [...wards, ...communes].map(([kind, name, former], i) => centre(kind, name, former, i))
}

const COLUMNS = ['slug', 'name', 'nameEn', 'kind', 'district', 'formerDistrict', 'commune', 'address', 'hotline'] as const

/** The import's CSV (POST /api/province/centres/import): the header line, then one line a centre (no field holds a comma or a quote). */
export function centresCsv(rows: CentreCreate[]): string {
  for (const r of rows) for (const c of COLUMNS) if (/[",\n]/.test(r[c] ?? '')) throw new Error(`${r.slug}.${c} would need quoting`)
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => r[c] ?? '').join(','))].join('\n') + '\n'
}
