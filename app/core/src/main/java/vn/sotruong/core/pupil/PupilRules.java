package vn.sotruong.core.pupil;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import vn.sotruong.core.common.Require;
import vn.sotruong.core.common.VietnameseText;

/**
 * What a valid pupil record is, in one place for the form and the import: NFC texts, lengths the
 * columns hold, a code schools can type, phones as digits, the national ID's 12 digits.
 */
public final class PupilRules {
    static final int NAME_MAX = 120;
    static final int TEXT_MAX = 300;
    /** dd/MM/yyyy as INTERFACES.md writes dates; d/M/yyyy too, as people type; 31/02 is refused. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private PupilRules() {
    }

    /** The record as it will be stored, or a refusal naming the first problem. */
    public static Pupil normalised(Pupil p, LocalDate today) {
        String code = code(p.code());
        String name = name(p.fullName());
        Require.that(p.birthDate() != null, "pupil.birthDateRequired");
        Require.that(!p.birthDate().isAfter(today), "pupil.birthDateInFuture");
        Require.that(p.gender() != null, "pupil.genderRequired");
        String nationalId = blankToNull(p.nationalId());
        Require.that(nationalId == null || nationalId.matches("\\d{12}"), "pupil.nationalIdInvalid");
        return new Pupil(p.id(), code, name, p.birthDate(), p.gender(), text(p.birthPlace()), text(p.ethnicity()),
                text(p.address()), p.policyFamily(), parent(p.father()), parent(p.mother()), parent(p.guardian()),
                phone(p.phone()), nationalId, p.consent());
    }

    /** Mã học sinh: letters, digits, dot, dash; at most 20, kept as typed apart from spaces and case of letters. */
    public static String code(String code) {
        String c = Require.text(code, "pupil.codeRequired").toUpperCase(Locale.ROOT);
        Require.that(c.matches("[A-Z0-9.\\-]{1,20}"), "pupil.codeInvalid", c);
        return c;
    }

    public static String name(String fullName) {
        String n = VietnameseText.nfc(Require.text(fullName, "pupil.nameRequired")).replaceAll("\\s+", " ");
        Require.that(n.length() <= NAME_MAX, "pupil.textTooLong", NAME_MAX);
        return n;
    }

    /** Digits with an optional leading +; the spaces, dots and dashes people type are dropped. */
    public static String phone(String phone) {
        String p = phone == null ? "" : phone.replaceAll("[\\s.\\-()]", "");
        Require.that(p.isEmpty() || p.matches("\\+?\\d{8,15}"), "pupil.phoneInvalid", phone);
        return p.isEmpty() ? null : p;
    }

    public static String text(String s) {
        String t = blankToNull(VietnameseText.nfc(s));
        Require.that(t == null || t.length() <= TEXT_MAX, "pupil.textTooLong", TEXT_MAX);
        return t;
    }

    public static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Con gia đình chính sách: blank or Không = no; Có or x = yes. */
    public static Optional<Boolean> yesNo(String text) {
        String t = text == null ? "" : VietnameseText.nfc(text).toLowerCase(Locale.ROOT);
        return switch (t) {
            case "", "không", "0" -> Optional.of(false);
            case "có", "x", "1" -> Optional.of(true);
            default -> Optional.empty();
        };
    }

    private static Parent parent(Parent p) {
        if (p == null) {
            return null;
        }
        String name = p.name() == null || p.name().isBlank() ? null : name(p.name());
        Parent n = new Parent(name, text(p.occupation()), phone(p.phone()));
        return n.isEmpty() ? null : n;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Same person for the duplicate check: same accent-free name and same date of birth. */
    static String identityKey(String fullName, LocalDate birthDate) {
        return VietnameseText.searchKey(fullName).replaceAll("\\s+", " ") + "|" + birthDate;
    }
}
