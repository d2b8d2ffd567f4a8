package vn.sotruong.core.year;

/**
 * A school year (năm học), e.g. 2026-2027, starting in September of {@code startYear}.
 */
public record SchoolYear(long id, int startYear, boolean open) {
    public String label() {
        return label(startYear);
    }

    public static String label(int startYear) {
        return startYear + "-" + (startYear + 1);
    }

    /** Parses "2026-2027"; empty when the text is not two consecutive years. */
    public static java.util.OptionalInt parseLabel(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{4}-\\d{4}")) {
            return java.util.OptionalInt.empty();
        }
        int a = Integer.parseInt(t.substring(0, 4));
        int b = Integer.parseInt(t.substring(5));
        return b == a + 1 && a >= 2000 && a < 2100 ? java.util.OptionalInt.of(a) : java.util.OptionalInt.empty();
    }
}
