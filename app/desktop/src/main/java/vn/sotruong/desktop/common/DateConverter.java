package vn.sotruong.desktop.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.util.StringConverter;
import vn.sotruong.desktop.i18n.UiText;

/** dd/MM/yyyy in every language, as Vietnamese documents write dates. */
public final class DateConverter extends StringConverter<LocalDate> {
    @Override
    public String toString(LocalDate d) {
        return d == null ? "" : UiText.dateFormat().format(d);
    }

    @Override
    public LocalDate fromString(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip(), UiText.dateFormat());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
