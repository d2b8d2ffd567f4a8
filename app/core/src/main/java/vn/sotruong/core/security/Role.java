package vn.sotruong.core.security;

import java.util.Arrays;
import java.util.Optional;

/** The roles the school regulations name. One person may hold several. Codes are the command line's. */
public enum Role {
    /** Hiệu trưởng. */
    HIEU_TRUONG("hieu-truong"),
    /** Phó hiệu trưởng. */
    PHO_HIEU_TRUONG("pho-hieu-truong"),
    /** Tổ trưởng chuyên môn. */
    TO_TRUONG("to-truong"),
    /** Quản trị hệ thống. */
    QUAN_TRI("quan-tri"),
    /** Giáo viên chủ nhiệm. */
    GVCN("gvcn"),
    /** Giáo viên bộ môn. */
    GVBM("gvbm"),
    /** Văn phòng. */
    VAN_PHONG("van-phong"),
    /** Y tế. */
    Y_TE("y-te"),
    /** Thư viện. */
    THU_VIEN("thu-vien"),
    /** Thiết bị. */
    THIET_BI("thiet-bi"),
    /** Kế toán. */
    KE_TOAN("ke-toan");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Message key of the role's display name. */
    public String labelKey() {
        return "role." + code;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equalsIgnoreCase(code.strip())).findFirst();
    }
}
