package vn.sotruong.core.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.ClassBooks;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.Entry;
import vn.sotruong.core.gradebook.EntryKey;
import vn.sotruong.core.gradebook.GradebookStore;
import vn.sotruong.core.gradebook.RosterRow;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.YearBooks;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.organisation.TeachingAssignment;
import vn.sotruong.core.organisation.TeachingScope;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.school.SettingsStore;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.year.HolidayCalendar;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.core.year.WorkingDayCalculator;
import vn.sotruong.core.year.YearStore;

/**
 * Tiến độ nhập điểm: for every column of every sheet, what is entered, late or missing against the school's
 * deadlines, for the monthly check. School-wide roles see every class; a teacher sees their own columns.
 */
public final class EntryProgressService {
    /** Dates of entries are the school's dates. */
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int DUE_SOON_DAYS = 7;

    private final ClassBooks books;
    private final OrganisationStore classes;
    private final YearStore years;
    private final SettingsStore settings;
    private final GradebookStore store;
    private final TeachingScope scope;

    public EntryProgressService(ClassBooks books, OrganisationStore classes, YearStore years, SettingsStore settings,
                                GradebookStore store) {
        this.books = books;
        this.classes = classes;
        this.years = years;
        this.settings = settings;
        this.store = store;
        this.scope = new TeachingScope(classes);
    }

    /** The due date of each column of a year, from the school's settings. */
    public DueDates dueDates(long yearId) {
        SchoolYear y = years.find(yearId).orElseThrow(() -> new DomainException("year.notFound"));
        return new DueDates(y.startYear(), years.weeks(yearId), years.terms(yearId),
                new WorkingDayCalculator(new HolidayCalendar(years.calendar(yearId))),
                DeadlineSettings.read(settings, y.label()));
    }

    /** Every column of one class (those who see the class). */
    public List<ProgressLine> classProgress(Actor actor, long classId, LocalDate today) {
        return classLines(actor, classId, today, null);
    }

    /**
     * The cells of a class a review finding names (those who see the class): those first entered after their
     * column's due date, and those still blank in a column past its due date or close to it.
     */
    public ProgressCells classCells(Actor actor, long classId, LocalDate today) {
        ProgressCells cells = new ProgressCells(new ArrayList<>(), new ArrayList<>());
        classLines(actor, classId, today, cells);
        return cells;
    }

    private List<ProgressLine> classLines(Actor actor, long classId, LocalDate today, ProgressCells cells) {
        SchoolClass c = books.requireClass(classId);
        if (!scope.canSeeClass(actor, c)) {
            throw new DomainException("scope.notYourClassOrSubject", c.name());
        }
        ClassBook book = books.load(c);
        return lines(book, book.sheets(), dueDates(c.yearId()), teachers(c.yearId()), today,
                store.entries(c.yearId(), book.pupilIds()), cells);
    }

    /**
     * The columns of one sheet of a class, for the entry grid's deadline marks (those who can see the class; the
     * sheet's own entries only are read).
     */
    public List<ProgressLine> sheetProgress(Actor actor, long classId, SheetRef sheet, LocalDate today) {
        SchoolClass c = books.requireClass(classId);
        if (!scope.canSeeClass(actor, c)) {
            throw new DomainException("scope.notYourClassOrSubject", c.name());
        }
        ClassBook book = books.load(c);
        if (!book.sheets().contains(sheet)) {
            if (sheet.area() == vn.sotruong.core.gradebook.Area.SUBJECT) {
                book.requireSubject(sheet.item());
            }
            throw new DomainException("gradebook.sheetNotInRules", book.rules().id());
        }
        return lines(book, List.of(sheet), dueDates(c.yearId()), teachers(c.yearId()), today,
                store.entries(c.yearId(), book.pupilIds(), sheet.area(), sheet.item()), null);
    }

    /**
     * The whole year: every line for school-wide roles; a teacher's own lines, and for a department head
     * (tổ trưởng) the lines of their department's teachers.
     */
    public List<ProgressLine> yearProgress(Actor actor, long yearId, LocalDate today) {
        List<ClassBook> all = books.loadYear(yearId);
        List<Long> pupils = all.stream().flatMap(b -> b.pupilIds().stream()).distinct().toList();
        return yearProgress(actor, today, YearBooks.of(yearId, all, store.entries(yearId, pupils)));
    }

    /**
     * The same from books and entries already read (the review's anomaly scan reads them once for its averages and
     * this); the actor's scope is applied here as above, whatever books are given.
     */
    public List<ProgressLine> yearProgress(Actor actor, LocalDate today, YearBooks year) {
        long yearId = year.yearId();
        boolean all = actor.has(Permission.GRADES_VIEW_ALL) || actor.has(Permission.GRADES_IMPORT_ALL);
        DueDates due = dueDates(yearId);
        Map<String, Long> teachers = teachers(yearId);
        List<ProgressLine> out = new ArrayList<>();
        Set<Long> department = all ? Set.of() : scope.departmentStaff(actor);
        Set<Long> departmentClasses = scope.departmentClasses(yearId, department);
        for (ClassBook b : year.books()) {
            if (!all && !scope.canSeeClass(actor, b.schoolClass()) && !departmentClasses.contains(b.schoolClass().id())) {
                continue;
            }
            for (ProgressLine l : lines(b, b.sheets(), due, teachers, today, year.entries(b), null)) {
                if (all || (l.teacherStaffId() != null && (l.teacherStaffId() == actor.staffId()
                        || department.contains(l.teacherStaffId())))) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    private Map<String, Long> teachers(long yearId) {
        Map<String, Long> m = new HashMap<>();
        for (TeachingAssignment a : classes.assignments(yearId)) {
            m.put(a.classId() + "/" + a.subjectId(), a.staffId());
        }
        return m;
    }

    /**
     * The lines of the sheets from the class's entries. A cell counts as late when it was first given a value after
     * its column's due date; the first-entered times are read (one query for the class) only when some cell was
     * last written after its due date, since a cell last written in time was also first entered in time.
     */
    private List<ProgressLine> lines(ClassBook book, List<SheetRef> sheets, DueDates due, Map<String, Long> teachers,
                                     LocalDate today, List<Entry> entries, ProgressCells found) {
        SchoolClass c = book.schoolClass();
        List<RosterRow> current = book.roster().stream().filter(RosterRow::current).toList();
        Map<EntryKey, Entry> cells = new HashMap<>();
        for (Entry e : entries) {
            if (!e.value().isEmpty()) {
                cells.put(e.key(), e);
            }
        }
        FirstEntered first = new FirstEntered(c.yearId(), current.stream().map(RosterRow::pupilId).toList());
        List<ProgressLine> out = new ArrayList<>();
        for (SheetRef ref : sheets) {
            List<Column> cols = ColumnLayout.forSheet(book, ref);
            Long teacher = ref.area() == vn.sotruong.core.gradebook.Area.SUBJECT
                    ? teachers.get(c.id() + "/" + book.requireSubject(ref.item()).id()) : c.homeroomStaffId();
            for (Column col : cols) {
                if (!col.required()) {
                    continue;
                }
                int regular = (int) cols.stream().filter(x -> x.term() == col.term() && x.slot().contains(".TX")).count();
                Optional<LocalDate> when = due.due(col, regular);
                if (when.isEmpty()) {
                    continue;
                }
                int expected = 0;
                int entered = 0;
                int late = 0;
                List<EntryKey> blank = new ArrayList<>();
                String exemptSlot = ColumnLayout.exemption(col.term());
                for (RosterRow r : current) {
                    Entry exemption = cells.get(new EntryKey(r.pupilId(), ref.area(), ref.item(), exemptSlot));
                    if (exemption != null && ColumnKind.EXEMPT_WHOLE.equals(exemption.value().mark())) {
                        continue;
                    }
                    expected++;
                    EntryKey k = new EntryKey(r.pupilId(), ref.area(), ref.item(), col.slot());
                    Entry cell = cells.get(k);
                    if (cell != null) {
                        entered++;
                        if (after(cell.enteredAt(), when.get()) && after(first.of(k, cell.enteredAt()), when.get())) {
                            late++;
                            if (found != null) {
                                found.late().add(k);
                            }
                        }
                    } else {
                        blank.add(k);
                    }
                }
                ProgressStatus st = status(expected, entered, late, when.get(), today);
                if (found != null && (st == ProgressStatus.LATE || st == ProgressStatus.DUE_SOON)) {
                    found.missing().addAll(blank);
                }
                out.add(new ProgressLine(c.id(), c.name(), ref, teacher, col.header(), when.get(), expected, entered,
                        late, st));
            }
        }
        return out;
    }

    private static boolean after(Instant at, LocalDate due) {
        return at.atZone(SCHOOL_ZONE).toLocalDate().isAfter(due);
    }

    /** The class's first-entered times, read on first need. */
    private final class FirstEntered {
        private final long yearId;
        private final List<Long> pupils;
        private Map<EntryKey, Instant> read;

        FirstEntered(long yearId, List<Long> pupils) {
            this.yearId = yearId;
            this.pupils = pupils;
        }

        Instant of(EntryKey k, Instant lastWritten) {
            if (read == null) {
                read = store.firstEntered(yearId, pupils);
            }
            return read.getOrDefault(k, lastWritten);
        }
    }

    static ProgressStatus status(int expected, int entered, int late, LocalDate due, LocalDate today) {
        if (entered >= expected) {
            return late > 0 ? ProgressStatus.DONE_LATE : ProgressStatus.DONE;
        }
        if (today.isAfter(due)) {
            return ProgressStatus.LATE;
        }
        return !today.plusDays(DUE_SOON_DAYS).isBefore(due) ? ProgressStatus.DUE_SOON : ProgressStatus.OPEN;
    }

}
