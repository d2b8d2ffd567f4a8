package vn.sotruong.core.pupil;

import java.time.LocalDate;

/**
 * Hồ sơ học sinh: the pupil record the regulations list. Texts are stored NFC; blank parts are null.
 *
 * @param id 0 for a pupil not stored yet
 * @param code mã học sinh, unique in the school
 * @param policyFamily con gia đình chính sách
 * @param phone điện thoại liên hệ
 * @param nationalId số định danh cá nhân, when known
 * @param consent the parents' consent to processing the child's data, null until recorded
 */
public record Pupil(long id, String code, String fullName, LocalDate birthDate, Gender gender, String birthPlace,
                    String ethnicity, String address, boolean policyFamily, Parent father, Parent mother,
                    Parent guardian, String phone, String nationalId, Consent consent) {
    /** Class-list order: by given name, then middle and family name, as schools sort; mã học sinh last. */
    public static final java.util.Comparator<Pupil> CLASS_LIST_ORDER = java.util.Comparator
            .comparing(Pupil::fullName, vn.sotruong.core.common.VietnameseText.personNameOrder())
            .thenComparing(Pupil::code);

    public Pupil withId(long newId) {
        return new Pupil(newId, code, fullName, birthDate, gender, birthPlace, ethnicity, address, policyFamily,
                father, mother, guardian, phone, nationalId, consent);
    }
}
