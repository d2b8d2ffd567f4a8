package vn.sotruong.core.assessment.tt27;

/** End-of-year overall level (Circular 27 Art 9). */
public enum Overall {
    HOAN_THANH_XUAT_SAC("tt27.overall.htxs"),
    HOAN_THANH_TOT("tt27.overall.htt"),
    HOAN_THANH("tt27.overall.ht"),
    CHUA_HOAN_THANH("tt27.overall.cht");

    private final String labelKey;

    Overall(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** HTXS, HTT or HT: the grade's programme is completed (Art 11). */
    public boolean completes() {
        return this != CHUA_HOAN_THANH;
    }
}
