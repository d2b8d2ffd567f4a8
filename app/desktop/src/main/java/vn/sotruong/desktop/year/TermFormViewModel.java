package vn.sotruong.desktop.year;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.year.Term;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/** Changes a term's first day and its number of teaching weeks; the service recomputes its end and the weeks. */
public final class TermFormViewModel {
    private final Session session;
    private final UiText text;
    private final long yearId;
    private final Term term;
    private final Runnable onSaved;
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final StringProperty weeks = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    TermFormViewModel(Session session, UiText text, long yearId, Term term, Runnable onSaved) {
        this.session = session;
        this.text = text;
        this.yearId = yearId;
        this.term = term;
        this.onSaved = onSaved;
        start.set(term.start());
        weeks.set(String.valueOf(term.teachingWeeks()));
    }

    /** True when the service accepted the change. */
    public boolean save() {
        if (start.get() == null) {
            error.set(text.t("term.startRequired"));
            return false;
        }
        String w = weeks.get() == null ? "" : weeks.get().strip();
        if (!w.matches("\\d{1,3}")) {
            // not a number at all: the service's own word for a bad week count
            error.set(text.code("term.weeksInvalid"));
            return false;
        }
        if (!Attempt.run(text, error, () -> session.services().years().setTermStart(session.actor(), yearId,
                term.number(), start.get(), Integer.parseInt(w)))) {
            return false;
        }
        onSaved.run();
        return true;
    }

    public String title() {
        return text.t("term.edit.title", text.t("term.label", term.number() == 1 ? "I" : "II"));
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public StringProperty weeksProperty() {
        return weeks;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
