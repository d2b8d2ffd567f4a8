package vn.sotruong.desktop.year;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.year.CalendarDay;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.core.year.TeachingWeek;
import vn.sotruong.core.year.Term;
import vn.sotruong.core.year.YearService;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/** Năm học & lịch: terms, the numbered teaching weeks, the holiday calendar and the subjects of the year. */
public final class YearViewModel {
    private final Session session;
    /** The automatic backup the rollover makes first (the app's backups). */
    private final vn.sotruong.core.rollover.SafetyBackup beforeRollover;
    private final YearService years;
    private final UiText text;
    private final Optional<SchoolYear> year;
    private final ObservableList<Term> terms = FXCollections.observableArrayList();
    private final ObservableList<TeachingWeek> weeks = FXCollections.observableArrayList();
    private final ObservableList<CalendarDay> days = FXCollections.observableArrayList();
    private final ObservableList<Subject> subjects = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final StringProperty totalWeeks = new SimpleStringProperty("");

    public YearViewModel(Session session, UiText text, vn.sotruong.core.rollover.SafetyBackup beforeRollover) {
        this.beforeRollover = beforeRollover;
        this.session = session;
        this.years = session.services().years();
        this.text = text;
        this.year = session.currentYear();
        reload();
    }

    public final void reload() {
        if (year.isEmpty()) {
            return;
        }
        long id = year.get().id();
        terms.setAll(years.terms(id));
        weeks.setAll(years.weeks(id));
        days.setAll(years.calendar(id).entries());
        subjects.setAll(years.subjects(id));
        totalWeeks.set(text.t("home.totalWeeks", weeks.size()));
    }

    /** The form for a term's start and weeks; the weeks and ends shown follow once it is saved. */
    public TermFormViewModel termForm(Term term) {
        return new TermFormViewModel(session, text, year.orElseThrow().id(), term, () -> saved(
                text.t("term.saved", text.t("term.label", term.number() == 1 ? "I" : "II"))));
    }

    public SubjectFormViewModel subjectForm(Subject subject) {
        return new SubjectFormViewModel(session, text, year.orElseThrow().id(), subject, grades(),
                () -> saved(text.t("subject.saved", subject.name())));
    }

    private void saved(String message) {
        error.set("");
        info.set(message);
        reload();
    }

    public RolloverViewModel rollover() {
        return new RolloverViewModel(session, text, beforeRollover);
    }

    public boolean canEdit() {
        return session.actor().has(Permission.SCHOOL_SETUP);
    }

    public String yearLabel() {
        return year.map(SchoolYear::label).orElse("—");
    }

    public Optional<Long> yearId() {
        return year.map(SchoolYear::id);
    }

    public List<Integer> grades() {
        return session.school().level().grades();
    }

    /** A form for a new entry ({@code original} null) or for changing one. */
    public HolidayFormViewModel holidayForm(CalendarDay original) {
        return new HolidayFormViewModel(years, session, year.orElseThrow().id(), original, text, this::reload);
    }

    public void remove(CalendarDay day) {
        try {
            years.removeCalendarDay(session.actor(), year.orElseThrow().id(), day.date());
            error.set("");
        } catch (RuntimeException e) {
            error.set(text.error(e));
        }
        reload();
    }

    public ObservableList<Term> terms() {
        return terms;
    }

    public ObservableList<TeachingWeek> weeks() {
        return weeks;
    }

    public ObservableList<CalendarDay> days() {
        return days;
    }

    public ObservableList<Subject> subjects() {
        return subjects;
    }

    public StringProperty infoProperty() {
        return info;
    }

    public StringProperty totalWeeksProperty() {
        return totalWeeks;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
