package vn.sotruong.testkit.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import vn.sotruong.core.deadline.DueDates;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.core.gradebook.GradebookService;
import vn.sotruong.core.gradebook.RosterRow;
import vn.sotruong.core.gradebook.SaveResult;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.security.Actor;

/**
 * Sửa điểm: teachers changing values already imported, typed into the grid in the evening some days after the
 * import, each save naming the version the teacher saw. One teacher changes dozens of cells again and again
 * (ending on the value first entered); a few others correct a value or two.
 */
final class DemoCorrections {
    static final int HEAVY_CELLS = 24;
    private static final Set<ColumnKind> CHANGEABLE = Set.of(ColumnKind.SCORE, ColumnKind.TEST, ColumnKind.SUBJECT_LEVEL);

    private final GradebookService gradebook;
    private final DueDates dueDates;
    private final DemoClock clock;
    private final EntryCalendar calendar;
    private final Function<String, Actor> actors;
    private final List<EntryRound> rounds;
    private final Map<String, Instant> imported;
    private final Random r;
    private final Map<String, Integer> versions = new HashMap<>();
    private final Map<String, Instant> lastChange = new HashMap<>();

    DemoCorrections(GradebookService gradebook, DueDates dueDates, DemoClock clock, EntryCalendar calendar, Function<String, Actor> actors,
                    List<EntryRound> rounds, Map<String, Instant> imported, Random r) {
        this.gradebook = gradebook;
        this.dueDates = dueDates;
        this.clock = clock;
        this.calendar = calendar;
        this.actors = actors;
        this.rounds = rounds;
        this.imported = imported;
        this.r = r;
    }

    /** The heavy editor: {@value #HEAVY_CELLS} cells, each changed 2–5 times; returns the number of changes. */
    int heavy(String teacher, String subject, List<ClassYear> classes) {
        Actor actor = actors.apply(teacher);
        SheetRef ref = SheetRef.subject(subject);
        int changes = 0;
        for (int k = 0; k < HEAVY_CELLS; k++) {
            ClassYear y = classes.get(r.nextInt(classes.size()));
            int n = 1 + r.nextInt(4);
            Cell cell = pick(y, ref, n + 1);
            if (cell == null) {
                continue;
            }
            List<String> chain = new ArrayList<>();
            String previous = cell.planned;
            for (int i = 0; i < n; i++) {
                previous = other(previous, cell.planned, cell.column.kind());
                chain.add(previous);
            }
            chain.add(cell.planned);
            changes += type(actor, y, ref, cell, chain);
        }
        return changes;
    }

    /** An ordinary teacher correcting one or two values of a class. */
    void ordinary(String teacher, String subject, ClassYear y) {
        Actor actor = actors.apply(teacher);
        SheetRef ref = SheetRef.subject(subject);
        for (int k = 0, n = 1 + r.nextInt(2); k < n; k++) {
            Cell cell = pick(y, ref, 1);
            if (cell != null) {
                type(actor, y, ref, cell, List.of(other(cell.planned, cell.planned, cell.column.kind())));
            }
        }
    }

    /** Whether the sheet has values a teacher would correct (scores, tests, levels). */
    static boolean correctable(ClassYear y, SheetRef ref) {
        List<Column> columns = y.sheets().get(ref);
        return columns != null && columns.stream().anyMatch(c -> CHANGEABLE.contains(c.kind()));
    }

    private record Cell(long pupilId, Column column, String planned) {
    }

    /**
     * A cell with a value and, between its import and its column's deadline, an evening for each of {@code edits}
     * changes (after the deadline the entered value is locked); null when the sheet has none, as in a class whose
     * imports all came late.
     */
    private Cell pick(ClassYear y, SheetRef ref, int edits) {
        List<Column> columns = y.sheets().get(ref).stream().filter(c -> CHANGEABLE.contains(c.kind())).toList();
        List<RosterRow> roster = y.book().roster();
        for (int tries = 0; tries < 500; tries++) {
            RosterRow p = roster.get(r.nextInt(roster.size()));
            Column c = columns.get(r.nextInt(columns.size()));
            String planned = y.text(ref, p.pupilId(), c.slot());
            if (planned != null && room(y, ref, c, start(y, ref, p.pupilId(), c)) >= edits) {
                return new Cell(p.pupilId(), c, planned);
            }
        }
        return null;
    }

    private Instant start(ClassYear y, SheetRef ref, long pupilId, Column column) {
        return lastChange.getOrDefault(key(y, ref, pupilId, column),
                imported.get(y.name() + "#" + y.roundOf(rounds, ref, column)));
    }

    private static String key(ClassYear y, SheetRef ref, long pupilId, Column column) {
        return y.classId() + "/" + ref.label() + "/" + pupilId + "/" + column.slot();
    }

    /** Whole days from {@code after} to the column's deadline (the last day a change is still allowed). */
    private long room(ClassYear y, SheetRef ref, Column column, Instant after) {
        int regular = (int) y.sheets().get(ref).stream()
                .filter(x -> x.term() == column.term() && x.slot().contains(".TX")).count();
        return dueDates.due(column, regular)
                .map(d -> ChronoUnit.DAYS.between(after.atZone(DemoSchoolGenerator.SCHOOL_ZONE).toLocalDate(), d))
                .orElse(Long.MAX_VALUE);
    }

    private int type(Actor actor, ClassYear y, SheetRef ref, Cell cell, List<String> chain) {
        String key = key(y, ref, cell.pupilId, cell.column);
        Instant at = start(y, ref, cell.pupilId, cell.column);
        int version = versions.getOrDefault(key, 1);
        for (int i = 0; i < chain.size(); i++) {
            String text = chain.get(i);
            // evenings 1–5 days apart, closer when the deadline is near, so that the last change is still allowed
            long step = Math.max(1, Math.min(5, room(y, ref, cell.column, at) / (chain.size() - i)));
            at = calendar.evening(at, 1 + r.nextInt((int) step), r);
            clock.set(at);
            SaveResult done = gradebook.save(actor, y.classId(), ref,
                    List.of(new CellEdit(cell.pupilId, cell.column.slot(), text, version)), Via.GRID);
            version = done.changed().getFirst().version();
        }
        versions.put(key, version);
        lastChange.put(key, at);
        y.set(ref, cell.pupilId, cell.column.slot(), chain.getLast());
        return chain.size();
    }

    /** A value near {@code planned}, different from it and from {@code previous}, of the column's kind. */
    private String other(String previous, String planned, ColumnKind kind) {
        while (true) {
            String candidate = switch (kind) {
                case SUBJECT_LEVEL -> List.of("T", "H", "C").get(r.nextInt(3));
                case TEST -> MarkModel.whole(Double.parseDouble(planned) + (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(2)));
                default -> BigDecimal.valueOf(MarkModel.clamp(Double.parseDouble(planned)
                        + (r.nextBoolean() ? 0.5 : -0.5) * (1 + r.nextInt(3)))).setScale(1, RoundingMode.HALF_UP)
                        .toPlainString();
            };
            if (!sameValue(candidate, previous) && !sameValue(candidate, planned)) {
                return candidate;
            }
        }
    }

    private static boolean sameValue(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
