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
}
