package vn.sotruong.core.registers;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.sotruong.core.school.School;

/**
 * The administrative heading every book shares (the school side of the "quốc hiệu, tiêu ngữ" header): the body
 * above the school, the school, the school year, the principal and the place written before the date.
 */
public record BookHeading(String superior, String school, String yearLabel, String principal, String place) {
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    public static BookHeading of(School s, String yearLabel) {
        String district = blank(s.district()) ? null : s.district().strip();
        String superior = district != null ? "PHÒNG GD&ĐT " + district.toUpperCase(VI)
                : "SỞ GD&ĐT " + (blank(s.province()) ? "" : s.province().strip().toUpperCase(VI));
        String place = district != null ? district : blank(s.province()) ? "" : s.province().strip();
        return new BookHeading(superior.strip(), s.name().strip(), yearLabel, s.principalName(), place);
    }

    /** The heading's parameters, which every template may print. */
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("SUPERIOR", superior);
        p.put("SCHOOL", school);
        p.put("SCHOOL_UPPER", school.toUpperCase(VI));
        p.put("YEAR_LABEL", yearLabel);
        p.put("PRINCIPAL", principal);
        p.put("PLACE", place);
        return p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
