package vn.sotruong.core.registers;

import java.util.Optional;

/** The books the school prints (INTERFACES.md {@code registers print --register NAME}). */
public enum RegisterName {
    /** Sổ theo dõi và đánh giá học sinh (theo lớp học). */
    SO_THEO_DOI_DANH_GIA("so-theo-doi-danh-gia", true),
    /** Sổ theo dõi và đánh giá học sinh of a subject teacher. */
    SO_CA_NHAN("so-ca-nhan", true),
    /** Sổ gọi tên: the monthly attendance sheet. */
    SO_GOI_TEN("so-goi-ten", true),
    /** Học bạ. */
    HOC_BA("hoc-ba", true),
    /** Bảng tổng hợp kết quả đánh giá giáo dục của lớp (tiểu học). */
    BANG_TONG_HOP("bang-tong-hop", true),
    /** Sổ đăng bộ. */
    SO_DANG_BO("so-dang-bo", true),
    /** Danh sách cuối năm: lên lớp, ở lại, rèn luyện và đánh giá lại trong hè, khen thưởng. */
    DANH_SACH_CUOI_NAM("danh-sach-cuoi-nam", true);

    private final String code;
    private final boolean available;

    RegisterName(String code, boolean available) {
        this.code = code;
        this.available = available;
    }

    /** The command line's name of the book. */
    public String code() {
        return code;
    }

    /** Whether this version can print it. */
    public boolean available() {
        return available;
    }

    public static Optional<RegisterName> ofCode(String code) {
        for (RegisterName r : values()) {
            if (r.code.equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
