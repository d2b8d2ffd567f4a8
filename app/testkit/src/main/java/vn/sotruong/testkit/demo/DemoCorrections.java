package vn.sotruong.testkit.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
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
    private final DemoClock clock;
    private final EntryCalendar calendar;
    private final Function<String, Actor> actors;
    private final List<EntryRound> rounds;
    private final Map<String, Instant> imported;
    private final Random r;
    private final Map<String, Integer> versions = new HashMap<>();
    private final Map<String, Instant> lastChange = new HashMap<>();

    DemoCorrections(GradebookService gradebook, DemoClock clock, EntryCalendar calendar, Function<String, Actor> actors,
                    List<EntryRound> rounds, Map<String, Instant> imported, Random r) {
        this.gradebook = gradebook;
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
            Cell cell = pick(y, ref);
            List<String> chain = new ArrayList<>();
            String previous = cell.planned;
            for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
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
            Cell cell = pick(y, ref);
            type(actor, y, ref, cell, List.of(other(cell.planned, cell.planned, cell.column.kind())));
        }
    }

    /** Whether the sheet has values a teacher would correct (scores, tests, levels). */
    static boolean correctable(ClassYear y, SheetRef ref) {
        List<Column> columns = y.sheets().get(ref);
        return columns != null && columns.stream().anyMatch(c -> CHANGEABLE.contains(c.kind()));
    }

    private record Cell(long pupilId, Column column, String planned) {
    }

    private Cell pick(ClassYear y, SheetRef ref) {
        List<Column> columns = y.sheets().get(ref).stream().filter(c -> CHANGEABLE.contains(c.kind())).toList();
        List<RosterRow> roster = y.book().roster();
        while (true) {
            RosterRow p = roster.get(r.nextInt(roster.size()));
            Column c = columns.get(r.nextInt(columns.size()));
            String planned = y.text(ref, p.pupilId(), c.slot());
            if (planned != null) {
                return new Cell(p.pupilId(), c, planned);
            }
        }
    }

    private int type(Actor actor, ClassYear y, SheetRef ref, Cell cell, List<String> chain) {
        String key = y.classId() + "/" + ref.label() + "/" + cell.pupilId + "/" + cell.column.slot();
        Instant at = lastChange.getOrDefault(key, imported.get(y.name() + "#" + y.roundOf(rounds, ref, cell.column)));
        int version = versions.getOrDefault(key, 1);
        for (String text : chain) {
            at = calendar.evening(at, 1 + r.nextInt(5), r);
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
