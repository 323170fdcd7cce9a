/** The register import (văn bản đến, văn bản đi, đơn thư): Vietnamese. */
const registerImportVi = {
  tab: 'Nhập từ tệp',
  title: 'Nhập sổ văn bản, đơn thư từ tệp',
  kinds: { incoming: 'Văn bản đến', outgoing: 'Văn bản đi', letters: 'Đơn thư' },
  book: 'Sổ của',
  bookHint: 'Chọn tổ chức có sổ cần nhập',
  template: 'Tải tệp mẫu',
  hint: 'Điền tệp mẫu (Excel .xlsx hoặc CSV UTF-8, mỗi văn bản một dòng), chọn sổ, rồi chọn tệp để kiểm tra. Chỉ nhập khi không còn dòng lỗi nào: nhập tất cả hoặc không nhập dòng nào.',
  outgoingHint: 'Văn bản đi: văn bản đã ban hành ngoài hệ thống (trước khi dùng hệ thống hoặc trên giấy), được ghi vào sổ văn bản đi và đánh dấu là nhập từ tệp.',
  choose: 'Chọn tệp (.xlsx, .csv)',
  checking: 'Đang kiểm tra…',
  checked: 'Tệp {{file}}: {{total}} dòng, {{valid}} dòng hợp lệ, {{errors}} lỗi.',
  allValid: 'Tệp {{file}}: tất cả {{total}} dòng hợp lệ.',
  row: 'Dòng',
  column: 'Cột',
  message: 'Lỗi',
  run: 'Nhập {{total}} dòng',
  confirmTitle: 'Nhập {{total}} dòng vào sổ {{kind}}?',
  confirmBody: 'Cả {{total}} dòng được ghi vào sổ trong một lần; số đến để trống được cấp tiếp theo số cuối của sổ. Thao tác được ghi vào nhật ký.',
  running: 'Đang nhập: {{processed}} / {{total}}',
  succeeded: 'Đã nhập {{imported}} dòng vào sổ {{kind}}.',
  arrivals: 'Năm {{year}}: số đến từ {{first}} đến {{last}}',
  failed: 'Không nhập được: chưa có dòng nào được ghi.',
  again: 'Nhập tệp khác',
};

export default registerImportVi;
export type RegisterImportMessages = typeof registerImportVi;
