package vn.sotruong.desktop.review;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.review.MonthlyNote;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Nhận xét hằng tháng: the vice-principal writes the month's note in a class's book; the class's notes are listed
 * with their month, date and author. A note of an open month can be changed by its author; a closed month's note
 * is read-only and can only be followed by a new note (the service decides, the screen shows it).
 */
public final class MonthlyNotesViewModel {
    /** One note as listed. */
    public record NoteRow(long id, String month, String written, String author, String text, boolean editable) {
    }

    private final Session session;
    private final UiText text;
    private final ObservableList<Choice> classes = FXCollections.observableArrayList();
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> schoolClass = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final StringProperty draft = new SimpleStringProperty("");
    private final ObservableList<NoteRow> notes = FXCollections.observableArrayList();
    private final ObjectProperty<NoteRow> selected = new SimpleObjectProperty<>();
    private final StringProperty edit = new SimpleStringProperty("");
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");

    public MonthlyNotesViewModel(Session session, UiText text) {
        this.session = session;
        this.text = text;
        SchoolYear year = session.currentYear().orElseThrow(() -> new DomainException("year.noneOpen"));
        session.services().organisation().classes(session.actor(), year.id())
                .forEach(c -> classes.add(new Choice(c.id(), c.name())));
        YearMonth now = YearMonth.from(session.today());
        for (YearMonth m = YearMonth.of(year.startYear(), 9); !m.isAfter(now) && m.isBefore(
                YearMonth.of(year.startYear() + 1, 6)); m = m.plusMonths(1)) {
            months.add(m);
        }
        month.set(months.isEmpty() ? now : months.getLast());
        schoolClass.addListener((o, a, b) -> refresh());
        selected.addListener((o, a, b) -> {
            edit.set(b == null ? "" : b.text());
            editable.set(b != null && b.editable());
        });
        schoolClass.set(classes.isEmpty() ? null : classes.getFirst());
    }

    private void refresh() {
        Choice c = schoolClass.get();
        if (c == null) {
            notes.clear();
            return;
        }
        Attempt.run(text, error, () -> {
            YearMonth now = YearMonth.from(session.today());
            List<NoteRow> rows = new ArrayList<>();
            for (MonthlyNote n : session.services().notes().notes(session.actor(), c.id())) {
                rows.add(new NoteRow(n.id(), monthLabel(n.month()),
                        text.dateTime(n.changedAt() == null ? n.writtenAt() : n.changedAt(), Session.SCHOOL_ZONE),
                        n.authorName(), n.text(), !n.month().isBefore(now) && n.writtenBy().equals(session.actor().login())));
            }
            notes.setAll(rows);
        });
    }

    /** Writes the draft as the chosen month's note of the chosen class. */
    public void write() {
        info.set("");
        Choice c = schoolClass.get();
        if (Attempt.run(text, error, () -> session.services().notes().write(session.actor(),
                c == null ? -1 : c.id(), month.get(), draft.get()))) {
            draft.set("");
            refresh();
            info.set(text.t("notes.written", monthLabel(month.get()), c.label()));
        }
    }

    /** Changes the selected note (its author, while its month is open). */
    public void change() {
        info.set("");
        NoteRow row = selected.get();
        if (Attempt.run(text, error, () -> {
            if (row == null) {
                throw new DomainException("review.note.notFound");
            }
            session.services().notes().change(session.actor(), row.id(), edit.get());
        })) {
            refresh();
            info.set(text.t("notes.changed"));
        }
    }

    public String monthLabel(YearMonth m) {
        return m == null ? "" : text.t("notes.month", m.getMonthValue(), Integer.toString(m.getYear()));
    }

    public ObservableList<Choice> classes() {
        return classes;
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObjectProperty<Choice> classProperty() {
        return schoolClass;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public ObservableList<NoteRow> notes() {
        return notes;
    }

    public ObjectProperty<NoteRow> selectedProperty() {
        return selected;
    }

    public StringProperty editProperty() {
        return edit;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }
}
