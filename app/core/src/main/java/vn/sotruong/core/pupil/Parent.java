package vn.sotruong.core.pupil;

/**
 * Cha, mẹ hoặc người giám hộ: a person named on the pupil record. Blank parts are null.
 *
 * @param occupation nghề nghiệp
 */
public record Parent(String name, String occupation, String phone) {
    public boolean isEmpty() {
        return name == null && occupation == null && phone == null;
    }

    /** "Lê Văn Cha · Nông dân · 0912345678": the parts known, for dossiers and notices; null when none. */
    public static String summary(Parent p) {
        if (p == null || p.isEmpty()) {
            return null;
        }
        return String.join(" · ", java.util.stream.Stream.of(p.name, p.occupation, p.phone)
                .filter(java.util.Objects::nonNull).toList());
    }
}
