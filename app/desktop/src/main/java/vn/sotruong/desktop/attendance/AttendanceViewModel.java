package vn.sotruong.desktop.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.SetChangeListener;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.attendance.AttendanceService;
import vn.sotruong.core.attendance.ClassDay;
import vn.sotruong.core.attendance.ClassMonth;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Điểm danh: a class's month as a grid to type into, saved a day at a time (one service call per
 * changed day and session, each in its own transaction). A homeroom teacher sees only their class;
 * the office and the school's leaders choose any class; the services decide who may save.
 */
public final class AttendanceViewModel {
    private final Session session;
    private final AttendanceService service;
    private final UiText text;
    private final Optional<SchoolYear> year;
    private final List<SchoolClass> classes;
    private final List<YearMonth> months;
    private final ObjectProperty<SchoolClass> schoolClass = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<AttendanceGrid> grid = new SimpleObjectProperty<>();
    private final BooleanProperty unsaved = new SimpleBooleanProperty(false);
    private final StringProperty pending = new SimpleStringProperty("");
    private final StringProperty totals = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");

    public AttendanceViewModel(Session session, UiText text) {
        this.session = session;
        this.service = session.services().attendance();
        this.text = text;
        this.year = session.currentYear();
        this.classes = year.map(y -> visibleClasses(y.id())).orElse(List.of());
        this.months = year.map(y -> service.schoolDays(y.id()).months()).orElse(List.of());
        YearMonth now = YearMonth.from(session.today());
        month.set(months.contains(now) ? now : months.isEmpty() ? null
                : now.isAfter(months.getLast()) ? months.getLast() : months.getFirst());
        schoolClass.set(classes.isEmpty() ? null : classes.getFirst());
        schoolClass.addListener((o, a, c) -> load());
        month.addListener((o, a, m) -> load());
        load();
    }

    /**
     * A homeroom teacher without school-wide rights keeps their own class only; a subject teacher reads
     * the classes they teach; the office and the leaders see every class.
     */
    private List<SchoolClass> visibleClasses(long yearId) {
        List<SchoolClass> all = session.services().organisation().classes(session.actor(), yearId);
        if (session.actor().has(Permission.PUPILS_VIEW_ALL) || session.actor().has(Permission.PUPILS_EDIT)) {
            return all;
        }
        List<SchoolClass> own = all.stream().filter(c -> session.services().organisation().scope()
                .isHomeroomOf(session.actor(), c)).toList();
        return own.isEmpty() ? all : own;
    }

    /** Reads the chosen class's month again; unsaved typing is dropped. */
    public void load() {
        error.set("");
        SchoolClass c = schoolClass.get();
        YearMonth m = month.get();
        if (c == null || m == null) {
            grid.set(null);
            refreshState();
            return;
        }
        try {
            ClassMonth data = service.month(session.actor(), c.id(), m);
            Map<Long, AbsenceTally> yearTotals = service.yearTotals(session.actor(), c.id());
            AttendanceGrid g = new AttendanceGrid(data, yearTotals);
            g.changed().addListener((SetChangeListener<ClassDay>) ch -> refreshState());
            g.rows().forEach(r -> r.monthProperty().addListener((o, a, t) -> refreshState()));
            grid.set(g);
        } catch (RuntimeException e) {
            grid.set(null);
            error.set(text.error(e));
        }
        refreshState();
    }

    /** Saves the changed sessions of one date. */
    public boolean saveDay(LocalDate date) {
        AttendanceGrid g = grid.get();
        return g != null && save(g, g.changedOn(date));
    }

    /** Saves every changed day of the month, one service call each, in date order. */
    public boolean saveMonth() {
        AttendanceGrid g = grid.get();
        return g != null && save(g, g.columns().stream().filter(g.changed()::contains).toList());
    }

    private boolean save(AttendanceGrid g, List<ClassDay> days) {
        info.set("");
        error.set("");
        if (days.isEmpty()) {
            info.set(text.t("attendance.nothingToSave"));
            return true;
        }
        List<ClassDay> done = new ArrayList<>();
        for (ClassDay d : days) {
            try {
                service.enterDay(session.actor(), schoolClass.get().id(), d.date(), d.session(), g.codes(d));
            } catch (RuntimeException e) {
                error.set(text.t("attendance.saveRefused", text.date(d.date()), text.error(e)));
                break;
            }
            g.saved(d);
            done.add(d);
        }
        long dates = done.stream().map(ClassDay::date).distinct().count();
        if (!done.isEmpty()) {
            info.set(text.t("attendance.saved", dates));
        }
        return done.size() == days.size();
    }

    private void refreshState() {
        AttendanceGrid g = grid.get();
        int changedDates = g == null ? 0 : (int) g.changed().stream().map(ClassDay::date).distinct().count();
        unsaved.set(changedDates > 0);
        pending.set(changedDates == 0 ? "" : text.t("attendance.pending", changedDates));
        if (g == null) {
            totals.set("");
            return;
        }
        AbsenceTally t = g.classTotals();
        totals.set(text.t("attendance.classTotals", g.rows().size(), t.excused(), t.unexcused(), t.late(),
                t.absences()));
    }

    /** Today in the school's time zone: the grid opens on it when it is in the month. */
    public LocalDate today() {
        return session.today();
    }

    public List<SchoolClass> classes() {
        return classes;
    }

    public List<YearMonth> months() {
        return months;
    }

    public String monthLabel(YearMonth m) {
        return text.t("attendance.month", m.getMonthValue(), String.valueOf(m.getYear()));
    }

    public String yearLabel() {
        return year.map(SchoolYear::label).orElse("—");
    }

    /** "Sáng" or "Sáng và chiều", for the legend. */
    public String sessionsNote() {
        return text.t(service.sessions().size() == 2 ? "attendance.sessions.two" : "attendance.sessions.one");
    }

    public boolean twoSessions() {
        return service.sessions().size() == 2;
    }

    public ObjectProperty<SchoolClass> schoolClassProperty() {
        return schoolClass;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObjectProperty<AttendanceGrid> gridProperty() {
        return grid;
    }

    /** True while some typed day is not saved: changing class or month would lose it. */
    public BooleanProperty unsavedProperty() {
        return unsaved;
    }

    public StringProperty pendingProperty() {
        return pending;
    }

    public StringProperty totalsProperty() {
        return totals;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }
}
