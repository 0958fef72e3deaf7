import type { Counter, Service } from '@luot/shared'

const svc = (id: string, code: string, vi: string, en: string, start: number | string, minutes: number, target = 20): Service => ({
  id,
  code,
  name: { vi, en },
  numberFormat: typeof start === 'number' ? { kind: 'block', start, end: start + 998 } : { kind: 'prefix', prefix: start },
  dailyCap: 200,
  targetWaitMinutes: target,
  defaultServiceMinutes: minutes,
  active: true,
})

/** The commune-level service areas of DOMAIN.md, with number blocks 1001… and "K" for result pick-up. */
export const DEMO_SERVICES: Service[] = [
  svc('van-phong', 'VP', 'Văn phòng', 'Office', 1001, 6),
  svc('tu-phap-ho-tich', 'TP', 'Tư pháp – Hộ tịch', 'Justice – Civil status', 2001, 8),
  svc('chung-thuc', 'CT', 'Chứng thực', 'Certification', 3001, 3),
  svc('lao-dong-xa-hoi', 'LD', 'Lao động – Thương binh và Xã hội', 'Labour, Invalids and Social Affairs', 4001, 10),
  svc('dat-dai', 'DD', 'Đất đai', 'Land', 5001, 15),
  svc('do-thi-xay-dung', 'XD', 'Đô thị – Xây dựng', 'Urban development – Construction', 6001, 12),
  svc('cong-thuong', 'KD', 'Công thương (hộ kinh doanh)', 'Industry and trade (household businesses)', 7001, 14),
  svc('van-hoa', 'VH', 'Văn hóa', 'Culture', 8001, 8),
  svc('nong-nghiep-moi-truong', 'NN', 'Nông nghiệp – Môi trường', 'Agriculture – Environment', 9001, 10),
  svc('tra-ket-qua', 'TK', 'Trả kết quả', 'Result pick-up', 'K', 2, 10),
]

const counter = (n: number, serviceIds: string[]): Counter => ({ id: `c${n}`, number: n, name: { vi: `Quầy ${n}`, en: `Counter ${n}` }, serviceIds })

/** Eight counters: each leads with its main areas and helps with related ones when idle. */
export const DEMO_COUNTERS: Counter[] = [
  counter(1, ['tu-phap-ho-tich', 'chung-thuc']),
  counter(2, ['chung-thuc', 'tu-phap-ho-tich']),
  counter(3, ['dat-dai', 'nong-nghiep-moi-truong']),
  counter(4, ['dat-dai', 'do-thi-xay-dung']),
  counter(5, ['lao-dong-xa-hoi', 'van-hoa']),
  counter(6, ['cong-thuong', 'van-phong']),
  counter(7, ['do-thi-xay-dung', 'nong-nghiep-moi-truong', 'van-phong']),
  counter(8, ['tra-ket-qua', 'chung-thuc']),
]
