package vn.sotruong.core.correction;

/**
 * Who signs a correction minute: the principal who approved it, the system administrator, and the teacher who
 * drafted it (Hiệu trưởng, Quản trị hệ thống, Giáo viên), each with their own key, in any order.
 */
public enum SignerRole {
    /** Hiệu trưởng. */
    PRINCIPAL("Hiệu trưởng"),
    /** Quản trị hệ thống. */
    ADMINISTRATOR("Quản trị hệ thống"),
    /** Giáo viên. */
    TEACHER("Giáo viên");

    private final String title;

    SignerRole(String title) {
        this.title = title;
    }

    /** The title printed above the signature block and written in the signature's reason. */
    public String title() {
        return title;
    }

    public String labelKey() {
        return "correction.signer." + name();
    }
}
