package vn.sotruong.core.pupil;

import java.util.Locale;
import java.util.Optional;
import vn.sotruong.core.common.VietnameseText;

/** Giới tính, as the pupil record and the HOCSINH sheet write it: {@code Nam} / {@code Nữ}. */
public enum Gender {
    NAM("Nam"),
    NU("Nữ");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads "Nam" / "Nữ" in any case; "Nu" without the mark is refused because it is not how the sheet writes it. */
    public static Optional<Gender> parse(String text) {
        String t = VietnameseText.nfc(text == null ? "" : text).toLowerCase(Locale.ROOT);
        for (Gender g : values()) {
            if (g.label.toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
