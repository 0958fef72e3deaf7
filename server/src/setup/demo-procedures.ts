import type { Procedure } from '@luot/shared'

const p = (id: string, serviceId: string, vi: string, en: string, amount: number, unit: Procedure['processing']['unit'] = 'working-days', code?: string): Procedure => ({
  id,
  ...(code ? { code } : {}),
  name: { vi, en },
  serviceId,
  processing: { amount, unit },
  active: true,
})

/**
 * The demo ward's procedure catalogue: common commune-level procedures across the demo's service
 * areas, with processing times in working days (hours for a same-morning one). A few carry sample
 * codes in the national format; a real centre imports its province's published list (CSV), which is
 * the authority for names, codes and times.
 */
export const DEMO_PROCEDURES: Procedure[] = [
  p('dang-ky-khai-sinh', 'tu-phap-ho-tich', 'Đăng ký khai sinh', 'Birth registration', 1, 'working-days', '1.001193'),
  p('dang-ky-ket-hon', 'tu-phap-ho-tich', 'Đăng ký kết hôn', 'Marriage registration', 1, 'working-days', '1.000894'),
  p('dang-ky-khai-tu', 'tu-phap-ho-tich', 'Đăng ký khai tử', 'Death registration', 1, 'working-days', '1.000656'),
  p('trich-luc-ho-tich', 'tu-phap-ho-tich', 'Cấp bản sao trích lục hộ tịch', 'Copy of a civil status extract', 0.5),
  p('xac-nhan-hon-nhan', 'tu-phap-ho-tich', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'Certificate of marital status', 3),
  p('cai-chinh-ho-tich', 'tu-phap-ho-tich', 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', 'Change or correction of civil status details', 3),
  p('chung-thuc-ban-sao', 'chung-thuc', 'Chứng thực bản sao từ bản chính', 'Certified copy from the original', 0.5, 'working-days', '2.000815'),
  p('chung-thuc-chu-ky', 'chung-thuc', 'Chứng thực chữ ký trong giấy tờ, văn bản', 'Certification of a signature', 0.5, 'working-days', '2.000884'),
  p('chung-thuc-hop-dong', 'chung-thuc', 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản', 'Certification of a contract on movable property', 2),
  p('tro-cap-xa-hoi', 'lao-dong-xa-hoi', 'Thực hiện trợ cấp xã hội hằng tháng', 'Monthly social allowance', 7),
  p('xac-nhan-khuyet-tat', 'lao-dong-xa-hoi', 'Xác định mức độ khuyết tật và cấp Giấy xác nhận khuyết tật', 'Disability assessment and certificate', 20),
  p('dang-ky-bien-dong-dat', 'dat-dai', 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'Registration of a change in land use rights', 10),
  p('cap-gcn-lan-dau', 'dat-dai', 'Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất lần đầu', 'First land use right certificate', 20),
  p('giay-phep-xay-dung', 'do-thi-xay-dung', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 'Building permit for a detached house', 15),
  p('thanh-lap-ho-kinh-doanh', 'cong-thuong', 'Đăng ký thành lập hộ kinh doanh', 'Registration of a household business', 3),
  p('thay-doi-ho-kinh-doanh', 'cong-thuong', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'Change of a household business registration', 3),
  p('thong-bao-le-hoi', 'van-hoa', 'Thông báo tổ chức lễ hội', 'Notice of a festival', 5),
  p('ke-hoach-moi-truong', 'nong-nghiep-moi-truong', 'Đăng ký kế hoạch bảo vệ môi trường', 'Registration of an environmental protection plan', 10),
  p('xac-nhan-giay-to', 'van-phong', 'Xác nhận đơn, giấy tờ của công dân', "Confirmation of a citizen's application", 4, 'working-hours'),
]
