package vn.sotruong.desktop.corrections;

/**
 * Nơi lấy khóa ký: the key kept in Sổ Trường (issued by the school), a .p12 file, or a USB token (PKCS#11).
 */
public enum KeyChoice {
    /** Khóa ký của tôi trong Sổ Trường. */
    STORED,
    /** Tệp khóa .p12. */
    FILE,
    /** USB token (PKCS#11). */
    TOKEN;

    public String labelKey() {
        return "sign.key." + name();
    }
}
