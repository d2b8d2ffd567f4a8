package vn.sotruong.desktop.year;

import java.time.DayOfWeek;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.year.CalendarDay;
import vn.sotruong.core.year.DayKind;
import vn.sotruong.core.year.YearService;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/** Adds or changes one calendar entry (a day off, or a weekend worked in exchange). */
public final class HolidayFormViewModel {
    private final YearService years;
    private final Session session;
    private final long yearId;
    private final CalendarDay original;
    private final UiText text;
    private final Runnable onSaved;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<DayKind> kind = new SimpleObjectProperty<>(DayKind.HOLIDAY);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    HolidayFormViewModel(YearService years, Session session, long yearId, CalendarDay original, UiText text,
                         Runnable onSaved) {
        this.years = years;
        this.session = session;
        this.yearId = yearId;
        this.original = original;
        this.text = text;
        this.onSaved = onSaved;
        if (original != null) {
            date.set(original.date());
            kind.set(original.kind());
            name.set(original.name());
        }
    }

    public boolean isNew() {
        return original == null;
    }

    /** Saves; true when the service accepted it. */
    public boolean save() {
        LocalDate d = date.get();
        if (d == null) {
            error.set(text.t("calendar.dateRequired"));
            return false;
        }
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind.get() == DayKind.MAKEUP_WORKDAY && !weekend) {
            error.set(text.t("calendar.makeupNotWeekend"));
            return false;
        }
        try {
            // the new entry first: if the service refuses it, the old one is still there
            years.setCalendarDay(session.actor(), yearId, new CalendarDay(d, kind.get(), name.get().strip()));
            if (original != null && !original.date().equals(d)) {
                years.removeCalendarDay(session.actor(), yearId, original.date());
            }
        } catch (RuntimeException e) {
            error.set(text.error(e));
            return false;
        }
        error.set("");
        onSaved.run();
        return true;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<DayKind> kindProperty() {
        return kind;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
