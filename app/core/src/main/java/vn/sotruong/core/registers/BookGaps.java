package vn.sotruong.core.registers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.GradebookService;
import vn.sotruong.core.gradebook.MissingEntry;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.gradebook.RosterRow;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;

/**
 * Chỗ còn thiếu: the required entries a book of entered results lacks in all its classes (see
 * {@link BookCompleteness}), the first few as the clerk reads them ("6A · HS0012 Nguyễn Văn An · Toán · HK1 CK"),
 * and each gap as a key the builders look up to print "chưa đủ" in a draft. A blank sổ cá nhân has no gaps.
 */
record BookGaps(int total, List<String> first, Set<String> cells) {
    /** How many gaps the refusal names. */
    static final int NAMED = 5;
    /** What a draft prints in the cell of a missing required entry. */
    static final String MARK = "chưa đủ";
    static final BookGaps NONE = new BookGaps(0, List.of(), Set.of());

    BookGaps {
        first = List.copyOf(first);
        cells = Set.copyOf(cells);
    }

    /** The gaps of the book {@code r} asks for in {@code classes}, read with the actor's rights. */
    static BookGaps of(GradebookService gradebook, ResultsService results, Actor actor, List<SchoolClass> classes,
                       PrintRequest r) {
        if (!BookCompleteness.GRADED.contains(r.register()) || r.options().blank()) {
            return NONE;
        }
        BookCompleteness completeness = new BookCompleteness(results, actor);
        int total = 0;
        List<String> first = new ArrayList<>();
        Set<String> cells = new HashSet<>();
        for (SchoolClass c : classes) {
            List<MissingEntry> missing = completeness.missing(c, r);
            total += missing.size();
            ClassBook book = null;
            for (MissingEntry m : missing) {
                cells.add(key(m.pupilId(), m.sheet().area() == Area.SUBJECT ? m.sheet().item() : m.sheet().area().code(),
                        m.header()));
                if (first.size() < NAMED) {
                    book = book == null ? gradebook.classBook(actor, c.id()) : book;
                    first.add(describe(c, book, m));
                }
            }
        }
        return new BookGaps(total, first, cells);
    }

    /** Refuses a final print of an incomplete book: {@code registers.incomplete} (how many, the first few). */
    void requireNone() {
        if (total > 0) {
            throw new DomainException("registers.incomplete", total, String.join("; ", first),
                    total > first.size() ? "; …" : "");
        }
    }

    /** What a draft prints in a cell: its value, or "chưa đủ" where the required entry is missing. */
    String cell(String value, long pupilId, String item, String slot) {
        if (value != null || cells.isEmpty()) {
            return value;
        }
        return cells.contains(key(pupilId, item, slot.replace('.', ' '))) ? MARK : null;
    }

    private static String key(long pupilId, String item, String header) {
        return pupilId + "|" + item + "|" + header;
    }

    private static String describe(SchoolClass c, ClassBook book, MissingEntry m) {
        String pupil = book.roster().stream().filter(row -> row.pupilId() == m.pupilId()).findFirst()
                .map(RosterRow::pupil).map(p -> m.pupilCode() + " " + p.fullName()).orElse(m.pupilCode());
        Map<String, String> subjects = new HashMap<>();
        book.subjects().forEach(s -> subjects.put(s.code(), s.name()));
        String sheet = switch (m.sheet().area()) {
            case SUBJECT -> subjects.getOrDefault(m.sheet().item(), m.sheet().item());
            case CONDUCT -> "Rèn luyện";
            default -> "Phẩm chất, năng lực";
        };
        return c.name() + " · " + pupil + " · " + sheet + " · " + m.header();
    }
}
