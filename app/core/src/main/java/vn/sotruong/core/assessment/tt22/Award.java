package vn.sotruong.core.assessment.tt22;

/** Giấy khen cuối năm (Art 15 cl.1 point a). */
public enum Award {
    XUAT_SAC("tt22.award.xuatSac"),
    GIOI("tt22.award.gioi"),
    NONE("tt22.award.none");

    private final String labelKey;

    Award(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
