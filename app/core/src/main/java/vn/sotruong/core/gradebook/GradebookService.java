package vn.sotruong.core.gradebook;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.sotruong.core.assessment.tt22.SubjectResult;
import vn.sotruong.core.assessment.tt22.Tt22RuleSet;
import vn.sotruong.core.assessment.tt27.Tt27RuleSet;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;

/**
 * Sổ điểm: reading and writing a class's gradebook sheets. Every write is checked cell by cell (value,
 * column, pupil, the version the person saw) before anything is written; then the cells, their history
 * and one audit event go in one transaction. A refused save names every wrong cell and changes nothing.
 */
public final class GradebookService {
    private static final int AUDIT_DETAIL_MAX = 1900;

    private final ClassBooks books;
    private final GradebookStore store;
    private final GradebookAccess access;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final CellLocks locks;

    public GradebookService(ClassBooks books, OrganisationStore classes, GradebookStore store, CellLocks locks,
                            AuditLog audit, Transactions tx, Clock clock) {
        this.locks = locks;
        this.books = books;
        this.store = store;
        this.access = new GradebookAccess(classes);
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The class's book: rules, subjects and pupils. */
    public ClassBook classBook(Actor actor, long classId) {
        SchoolClass c = books.requireClass(classId);
        access.requireRead(actor, c);
        return books.load(c);
    }

    /** A sheet with every pupil's cells (and, for a Circular 22 subject, the averages as computed now). */
    public Sheet sheet(Actor actor, long classId, SheetRef ref) {
        ClassBook book = classBook(actor, classId);
        return sheet(actor, book, ref);
    }

    /**
     * Lịch sử ô điểm: every change of one cell (old → new, who, when, how), oldest first, for those who may read
     * the class's sheet.
     */
    public List<EntryChange> history(Actor actor, long classId, SheetRef ref, long pupilId, String slot) {
        ClassBook book = classBook(actor, classId);
        return store.history(book.schoolClass().yearId(), new EntryKey(pupilId, ref.area(), ref.item(), slot));
    }

    /** The columns of a sheet of the class (for file templates and headers). */
    public List<Column> columns(ClassBook book, SheetRef ref) {
        return ColumnLayout.forSheet(book, ref);
    }

    /**
     * Saves typed or imported cells of one sheet, all or nothing. Unchanged cells are skipped; a blank text
     * clears a cell. Refused with {@link EntriesRefused} listing every wrong cell.
     */
    public SaveResult save(Actor actor, long classId, SheetRef ref, List<CellEdit> edits, Via via) {
        ClassBook book = classBook(actor, classId);
        return saving(() -> save(actor, book, ref, edits, via, locks.forOneSave(book.schoolClass().yearId()),
                cells(book, ref, book.pupilIds())));
    }

    /**
     * Lưu ô điểm từ máy trạm: saves exactly as {@link #save} (same checks, history and audit, all or nothing) but
     * answers only the edited pupils' rows with their results, reading only their cells: a workstation typing one
     * score does not make the office PC re-read and re-compute the class's whole sheet.
     */
    public SavedRows saveRows(Actor actor, long classId, SheetRef ref, List<CellEdit> edits, Via via) {
        ClassBook book = classBook(actor, classId);
        Set<Long> edited = new HashSet<>();
        edits.forEach(e -> edited.add(e.pupilId()));
        List<Long> pupils = book.pupilIds().stream().filter(edited::contains).toList();
        return saving(() -> {
            Written w = write(actor, book, ref, edits, via, locks, cells(book, ref, pupils));
            Subject subject = ref.area() == Area.SUBJECT ? book.requireSubject(ref.item()) : null;
            List<SheetRow> rows = new ArrayList<>();
            for (RosterRow r : book.roster()) {
                if (edited.contains(r.pupilId())) {
                    rows.add(row(book, subject, r, w.cells()));
                }
            }
            return new SavedRows(w.changed(), rows);
        });
    }

    private <T> T saving(java.util.function.Supplier<T> save) {
        try {
            return tx.inTransaction(save);
        } catch (DomainException e) {
            if (e instanceof EntriesRefused || !e.code().equals("gradebook.changedMeanwhile")) {
                throw e;
            }
            // another save of the same cell committed between this one's read and its write (the store refused the
            // write): nothing was written; read again, so the refusal names who changed the cell and to what
            return tx.inTransaction(save);
        }
    }

    /** As {@link #save}, for several sheets of one class in one transaction (an Excel workbook). */
    public List<SaveResult> saveAll(Actor actor, long classId, Map<SheetRef, List<CellEdit>> editsBySheet, Via via) {
        ClassBook book = classBook(actor, classId);
        return tx.inTransaction(() -> {
            List<CellProblem> problems = new ArrayList<>();
            List<SaveResult> done = new ArrayList<>();
            // the year's locks read once for the workbook's sheets, not once per sheet; and the class's cells too
            // when the workbook holds most of its sheets (a class workbook import)
            CellLocks inForce = locks.forOneSave(book.schoolClass().yearId());
            boolean most = editsBySheet.size() > 1 && editsBySheet.size() * 2 >= book.sheets().size();
            Map<SheetRef, Map<Long, Map<String, Entry>>> stored = most ? cellsBySheet(book) : null;
            for (Map.Entry<SheetRef, List<CellEdit>> e : editsBySheet.entrySet()) {
                SheetRef ref = e.getKey();
                Map<Long, Map<String, Entry>> cells = stored == null ? cells(book, ref, book.pupilIds())
                        : stored.computeIfAbsent(ref, k -> new HashMap<>());
                try {
                    done.add(save(actor, book, ref, e.getValue(), via, inForce, cells));
                } catch (EntriesRefused r) {
                    problems.addAll(r.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new EntriesRefused(problems);
            }
            return done;
        });
    }

    /**
     * Saves one sheet under the locks in force ({@code inForce}: read once for the save, also for the answer) over
     * its stored {@code cells} (of every pupil of the book, read in the save's transaction).
     */
    private SaveResult save(Actor actor, ClassBook book, SheetRef ref, List<CellEdit> edits, Via via,
                            CellLocks inForce, Map<Long, Map<String, Entry>> cells) {
        Written w = write(actor, book, ref, edits, via, inForce, cells);
        return new SaveResult(w.changed(), sheet(actor, book, ref, w.cells(), inForce));
    }

    /** What a save wrote, and the cells it was given (of the pupils answered) with the written ones laid over them. */
    private record Written(List<Entry> changed, Map<Long, Map<String, Entry>> cells) {
    }

    /**
     * Checks and writes the edits of one sheet over {@code cells}, the stored cells of the pupils the answer is for
     * (read in this transaction; the changes are laid over them).
     */
    private Written write(Actor actor, ClassBook book, SheetRef ref, List<CellEdit> edits, Via via, CellLocks locks,
                          Map<Long, Map<String, Entry>> cells) {
        SchoolClass c = book.schoolClass();
        long subjectId = ref.area() == Area.SUBJECT ? book.requireSubject(ref.item()).id() : 0;
        access.requireWrite(actor, c, ref.area(), subjectId);
        Map<String, Column> columns = new HashMap<>();
        List<Column> layout = columns(book, ref);
        layout.forEach(col -> columns.put(col.slot(), col));
        Map<String, ColumnLock> locked = locks.lockedColumns(book, ref, layout);
        Map<EntryKey, String> grants = locked.isEmpty() ? Map.of() : locks.grants(book, ref);
        boolean wholeTests = !(book.rules() instanceof Tt27RuleSet r) || r.settings().wholeNumberTestScores();
        // the pupils' cells, read once by the caller: what the edits replace, and with the changes laid over them
        // what is returned
        List<CellProblem> problems = new ArrayList<>();
        List<Entry> changed = new ArrayList<>();
        List<EntryChange> history = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // stored to the microsecond: the entries returned are the ones a later read gives back
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (CellEdit edit : edits) {
            RosterRow row = book.row(edit.pupilId()).orElse(null);
            Column col = columns.get(edit.slot());
            if (row == null || !row.current()) {
                problems.add(CellProblem.of(edit.pupilId(), edit.slot(), "gradebook.pupilNotInClass", c.name()));
                continue;
            }
            if (col == null) {
                problems.add(CellProblem.of(edit.pupilId(), edit.slot(), "gradebook.unknownColumn", edit.slot()));
                continue;
            }
            if (!seen.add(edit.pupilId() + "/" + edit.slot())) {
                problems.add(CellProblem.of(edit.pupilId(), edit.slot(), "gradebook.cellTwice", col.header()));
                continue;
            }
            EntryValue value;
            try {
                value = col.kind().parse(edit.text(), wholeTests);
            } catch (DomainException e) {
                problems.add(new CellProblem(edit.pupilId(), edit.slot(), e.code(), List.of(e.args())));
                continue;
            }
            Entry old = cells.getOrDefault(edit.pupilId(), Map.of()).get(edit.slot());
            int oldVersion = old == null ? 0 : old.version();
            if (edit.seenVersion() != null && edit.seenVersion() != oldVersion && sameAgain(old, value, actor)) {
                continue; // a retry of a save whose answer was lost: the cell already holds it (idempotent)
            }
            if (edit.seenVersion() != null && edit.seenVersion() != oldVersion) {
                problems.add(CellProblem.of(edit.pupilId(), edit.slot(), "gradebook.changedMeanwhile",
                        old == null ? "" : old.enteredBy(), old == null || old.value().text() == null ? "—"
                                : old.value().text()));
                continue;
            }
            EntryValue before = old == null ? EntryValue.EMPTY : old.value();
            if (before.equals(value)) {
                continue;
            }
            EntryKey key = new EntryKey(edit.pupilId(), ref.area(), ref.item(), edit.slot());
            ColumnLock lock = locked.get(edit.slot());
            if (lock != null && lock.firstEntryAllowed() && before.isEmpty()) {
                lock = null; // a late first entry: allowed, and shown as late
            }
            if (lock != null && !grants.containsKey(key)) {
                problems.add(new CellProblem(edit.pupilId(), edit.slot(), lock.code(), lock.args()));
                continue;
            }
            if (lock != null && !java.util.Objects.equals(grants.get(key), value.text())) {
                problems.add(CellProblem.of(edit.pupilId(), edit.slot(), "correction.notApprovedValue",
                        grants.get(key) == null ? "—" : grants.get(key)));
                continue;
            }
            changed.add(new Entry(key, value, oldVersion + 1, actor.login(), now));
            history.add(new EntryChange(key, before.text(), value.text(), actor.login(), now, via.name()));
        }
        if (!problems.isEmpty()) {
            throw new EntriesRefused(problems.stream().map(p -> p.on(ref)).toList());
        }
        if (!changed.isEmpty()) {
            store.put(c.yearId(), changed);
            store.recordChanges(c.yearId(), c.id(), history);
            audit.record(new AuditEvent(actor.login(), ref.area() == Area.SUBJECT ? AuditKind.SCORE_CHANGED
                    : AuditKind.CONDUCT_CHANGED, "class:" + c.name() + "/" + ref.label(), detail(book, history, via),
                    actor.workstation()));
        }
        changed.forEach(e -> cells.computeIfAbsent(e.pupilId(), k -> new HashMap<>()).put(e.slot(), e));
        return new Written(changed, cells);
    }

    /** The same value again by the person who saved it last (or a cell cleared again): nothing to change. */
    private static boolean sameAgain(Entry old, EntryValue value, Actor actor) {
        return old == null ? value.isEmpty() : old.value().equals(value) && old.enteredBy().equals(actor.login());
    }

    /**
     * Số lần thay đổi của trang sổ: grows with every change of the sheet's cells (by anyone, from any computer), so an
     * open grid asks it to know when to read the sheet again. For those who may read the class.
     */
    public long changeCount(Actor actor, long classId, SheetRef ref) {
        ClassBook book = classBook(actor, classId);
        return store.lastChange(book.schoolClass().yearId(), book.pupilIds(), ref.area(), ref.item());
    }

    /**
     * Các sổ được mở: the classes of the year the person may read, each with its sheets and whether the person may
     * enter them (the same decisions as {@link #sheet} and {@link #save}).
     */
    public List<OpenableBook> openable(Actor actor, long yearId) {
        List<OpenableBook> out = new ArrayList<>();
        for (ClassBook book : books.loadYear(yearId)) {
            SchoolClass c = book.schoolClass();
            if (!access.canRead(actor, c)) {
                continue;
            }
            List<OpenableBook.Choice> sheets = new ArrayList<>();
            for (SheetRef ref : book.sheets()) {
                long subjectId = ref.area() == Area.SUBJECT ? book.requireSubject(ref.item()).id() : 0;
                String name = ref.area() == Area.SUBJECT ? book.requireSubject(ref.item()).name() : null;
                sheets.add(new OpenableBook.Choice(ref, name, access.canWrite(actor, c, ref.area(), subjectId)));
            }
            out.add(new OpenableBook(c, sheets));
        }
        return out;
    }

    private Sheet sheet(Actor actor, ClassBook book, SheetRef ref) {
        return sheet(actor, book, ref, cells(book, ref, book.pupilIds()), locks);
    }

    /** The stored cells of a sheet for {@code pupils} (of the book), by pupil and slot. */
    private Map<Long, Map<String, Entry>> cells(ClassBook book, SheetRef ref, List<Long> pupils) {
        Map<Long, Map<String, Entry>> byPupil = new HashMap<>();
        for (Entry e : store.entries(book.schoolClass().yearId(), pupils, ref.area(), ref.item())) {
            byPupil.computeIfAbsent(e.pupilId(), k -> new HashMap<>()).put(e.slot(), e);
        }
        return byPupil;
    }

    /** The stored cells of every sheet of the book, by sheet, pupil and slot: one read for a whole workbook. */
    private Map<SheetRef, Map<Long, Map<String, Entry>>> cellsBySheet(ClassBook book) {
        Map<SheetRef, Map<Long, Map<String, Entry>>> bySheet = new HashMap<>();
        for (Entry e : store.entries(book.schoolClass().yearId(), book.pupilIds())) {
            bySheet.computeIfAbsent(new SheetRef(e.key().area(), e.key().item()), k -> new HashMap<>())
                    .computeIfAbsent(e.pupilId(), k -> new HashMap<>()).put(e.slot(), e);
        }
        return bySheet;
    }

    private Sheet sheet(Actor actor, ClassBook book, SheetRef ref, Map<Long, Map<String, Entry>> byPupil,
                        CellLocks locks) {
        List<Column> columns = columns(book, ref);
        Subject subject = ref.area() == Area.SUBJECT ? book.requireSubject(ref.item()) : null;
        List<SheetRow> rows = new ArrayList<>();
        for (RosterRow r : book.roster()) {
            rows.add(row(book, subject, r, byPupil));
        }
        boolean editable = access.canWrite(actor, book.schoolClass(), ref.area(), subject == null ? 0 : subject.id());
        return new Sheet(book, ref, columns, rows, editable, locks.lockedColumns(book, ref, columns));
    }

    /** A pupil's row: the cells, and for a Circular 22 subject the averages as they now stand. */
    private static SheetRow row(ClassBook book, Subject subject, RosterRow r, Map<Long, Map<String, Entry>> byPupil) {
        Map<String, Entry> cells = byPupil.getOrDefault(r.pupilId(), Map.of());
        SubjectResult result = subject != null && book.rules() instanceof Tt22RuleSet rules
                ? rules.subjectResult(Tt22Assembler.subject(rules, subject, book.schoolClass().grade(), cells),
                book.schoolClass().grade()) : null;
        return new SheetRow(r, cells, result);
    }

    private static String detail(ClassBook book, List<EntryChange> changes, Via via) {
        Map<Long, String> codes = new HashMap<>();
        book.roster().forEach(r -> codes.put(r.pupilId(), r.pupil().code()));
        StringBuilder b = new StringBuilder(via.name()).append(' ').append(changes.size()).append(':');
        int shown = 0;
        for (EntryChange ch : changes) {
            String part = " " + codes.get(ch.key().pupilId()) + " " + ch.key().slot() + " "
                    + (ch.oldValue() == null ? "—" : abbreviate(ch.oldValue())) + "→"
                    + (ch.newValue() == null ? "—" : abbreviate(ch.newValue())) + ";";
            if (b.length() + part.length() > AUDIT_DETAIL_MAX) {
                b.append(" … +").append(changes.size() - shown);
                break;
            }
            b.append(part);
            shown++;
        }
        return b.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 24 ? s : s.substring(0, 23) + "…";
    }
}
