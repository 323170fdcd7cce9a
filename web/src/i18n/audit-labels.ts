/**
 * Labels of audit actions and entities, by language. Kept out of the typed i18next catalogue: these keys
 * are looked up by codes that arrive from the server, and typing them would only slow the compiler.
 */
export const AUDIT_LABELS = {
  vi: {
    entities: {
      organization: 'Tổ chức',
      person: 'Nhân sự',
      user: 'Người dùng',
      term: 'Nhiệm kỳ',
      body: 'Cơ quan lãnh đạo',
      post: 'Chức vụ',
      api_token: 'Mã truy cập API',
      role_grant: 'Phân quyền',
      cell_assignment: 'Phân công phụ trách',
      post_holding: 'Đảm nhiệm chức vụ',
      body_member: 'Thành viên cơ quan lãnh đạo',
      organization_event: 'Sự kiện tổ chức',
      member: 'Đảng viên',
      rule_value: 'Quy định',
      holiday: 'Ngày nghỉ lễ',
    },
    actions: {
      auth: {
        login: 'Đăng nhập',
        logout: 'Đăng xuất',
      },
      api_token: {
        created: 'Tạo mã truy cập',
        revoked: 'Thu hồi mã truy cập',
      },
      assignment: {
        added: 'Phân công phụ trách',
      },
      body_member: {
        added: 'Thêm thành viên cơ quan lãnh đạo',
        ended: 'Kết thúc thành viên cơ quan lãnh đạo',
      },
      member: {
        created: 'Lập hồ sơ đảng viên',
        updated: 'Sửa hồ sơ đảng viên',
        introducers: 'Ghi người giới thiệu',
        'course-certificate': 'Ghi giấy chứng nhận lớp bồi dưỡng',
        'cell-resolution': 'Nghị quyết chi bộ đề nghị kết nạp',
        'admission-decision': 'Quyết định kết nạp',
        ceremony: 'Lễ kết nạp',
        'official-recognition': 'Công nhận đảng viên chính thức',
        'probation-removal': 'Xóa tên trong thời gian dự bị',
        'transfer-out': 'Chuyển sinh hoạt đi',
        'transfer-receipt': 'Xác nhận nơi đến đã nhận',
        'transfer-in': 'Chuyển sinh hoạt đến',
        exemption: 'Miễn sinh hoạt',
        'exemption-end': 'Thôi miễn sinh hoạt',
        retirement: 'Nghỉ hưu',
        discipline: 'Kỷ luật',
        removal: 'Xóa tên',
        leave: 'Ra khỏi Đảng',
        death: 'Từ trần',
      },
      rule: {
        created: 'Thay đổi quy định',
      },
      holiday: {
        created: 'Thêm ngày nghỉ lễ',
        deleted: 'Xóa ngày nghỉ lễ',
      },
      organization: {
        created: 'Thêm tổ chức',
        updated: 'Sửa tổ chức',
        moved: 'Chuyển trực thuộc',
        merged: 'Sáp nhập tổ chức',
        dissolved: 'Giải thể tổ chức',
      },
      person: {
        created: 'Thêm nhân sự',
        updated: 'Sửa nhân sự',
      },
      post: {
        created: 'Thêm chức vụ',
        updated: 'Sửa chức vụ',
      },
      post_holding: {
        added: 'Giao chức vụ',
        ended: 'Thôi giữ chức vụ',
      },
      role: {
        granted: 'Cấp quyền',
        revoked: 'Bỏ quyền',
      },
      seed: {
        demo: 'Nạp dữ liệu mẫu',
      },
      term: {
        opened: 'Mở nhiệm kỳ',
        closed: 'Kết thúc nhiệm kỳ',
      },
      user: {
        created: 'Tạo người dùng',
        updated: 'Sửa người dùng',
        disabled: 'Khóa tài khoản',
        enabled: 'Mở khóa tài khoản',
        password_changed: 'Đổi mật khẩu',
        password_reset: 'Đặt lại mật khẩu',
      },
    },
  },
  en: {
    entities: {
      organization: 'Organization',
      person: 'Person',
      user: 'User',
      term: 'Term',
      body: 'Body',
      post: 'Post',
      api_token: 'API token',
      role_grant: 'Role grant',
      cell_assignment: 'Assignment',
      post_holding: 'Post holding',
      body_member: 'Body member',
      organization_event: 'Organization event',
      member: 'Member',
      rule_value: 'Rule',
      holiday: 'Holiday',
    },
    actions: {
      auth: {
        login: 'Log-in',
        logout: 'Log-out',
      },
      api_token: {
        created: 'Token created',
        revoked: 'Token revoked',
      },
      assignment: {
        added: 'Assignment made',
      },
      body_member: {
        added: 'Body member added',
        ended: 'Body member ended',
      },
      member: {
        created: 'Member record created',
        updated: 'Member record edited',
        introducers: 'Introducers recorded',
        'course-certificate': 'Course certificate recorded',
        'cell-resolution': "Cell's admission resolution",
        'admission-decision': 'Admission decision',
        ceremony: 'Admission ceremony',
        'official-recognition': 'Recognized as official member',
        'probation-removal': 'Removed during probation',
        'transfer-out': 'Transferred out',
        'transfer-receipt': 'Transfer receipt confirmed',
        'transfer-in': 'Transferred in',
        exemption: 'Exempted from activities',
        'exemption-end': 'Exemption ended',
        retirement: 'Retired',
        discipline: 'Disciplined',
        removal: 'Removed from the register',
        leave: 'Left the Party',
        death: 'Deceased',
      },
      rule: {
        created: 'Rule changed',
      },
      holiday: {
        created: 'Holiday added',
        deleted: 'Holiday removed',
      },
      organization: {
        created: 'Organization added',
        updated: 'Organization edited',
        moved: 'Organization moved',
        merged: 'Organization merged',
        dissolved: 'Organization dissolved',
      },
      person: {
        created: 'Person added',
        updated: 'Person edited',
      },
      post: {
        created: 'Post added',
        updated: 'Post edited',
      },
      post_holding: {
        added: 'Appointment',
        ended: 'Holding ended',
      },
      role: {
        granted: 'Role granted',
        revoked: 'Role removed',
      },
      seed: {
        demo: 'Demo data loaded',
      },
      term: {
        opened: 'Term opened',
        closed: 'Term closed',
      },
      user: {
        created: 'User created',
        updated: 'User edited',
        disabled: 'Account disabled',
        enabled: 'Account enabled',
        password_changed: 'Password changed',
        password_reset: 'Password reset',
      },
    },
  },
};
