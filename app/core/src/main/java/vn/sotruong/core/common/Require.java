package vn.sotruong.core.common;

/** Small guards that turn a failed check into a {@link DomainException} with a message code. */
public final class Require {
    private Require() {
    }

    public static String text(String value, String code) {
        if (value == null || value.isBlank()) {
            throw new DomainException(code);
        }
        return value.strip();
    }

    public static void that(boolean condition, String code, Object... args) {
        if (!condition) {
            throw new DomainException(code, args);
        }
    }
}
