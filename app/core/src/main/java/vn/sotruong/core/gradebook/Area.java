package vn.sotruong.core.gradebook;

/** What part of the gradebook an entry belongs to. */
public enum Area {
    /** A subject's assessments (môn học): scores, comments, remarks, exemptions, summer re-assessment. */
    SUBJECT("MON"),
    /** Conduct (rèn luyện), entered by the homeroom teacher; Circular 22. */
    CONDUCT("RENLUYEN"),
    /** Qualities and competences (phẩm chất, năng lực), entered by the homeroom teacher; Circular 27. */
    QUALITY("PCNL");

    /** The item of conduct entries, which have no subject. */
    public static final String NO_ITEM = "-";

    private final String code;

    Area(String code) {
        this.code = code;
    }

    /** The stored code, also used in audit targets. */
    public String code() {
        return code;
    }

    public static Area ofCode(String code) {
        for (Area a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown area " + code);
    }
}
