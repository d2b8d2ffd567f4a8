package vn.sotruong.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.RosterRow;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.security.Actor;

/**
 * A whole year of plausible tiểu học entries for a class, typed through the gradebook like an import: every
 * subject's level at the four points, the test scores where the subject has one, a remark at the end of each
 * term, and the five qualities and ten competences at the four points. The same seed gives the same entries.
 */
public final class DemoPrimaryMarks {
    private static final String[] REMARKS = {"Em tiếp thu bài tốt, tích cực phát biểu.", "Em hoàn thành các bài tập.",
            "Em cần rèn thêm kĩ năng trình bày."};

    private DemoPrimaryMarks() {
    }

    public static void fill(CoreServices s, Actor importer, long classId, long seed) {
        ClassBook book = s.gradebook().classBook(importer, classId);
        Random random = new Random(seed ^ classId * 37);
        List<RosterRow> pupils = book.roster().stream().filter(RosterRow::current).toList();
        Map<Long, Double> ability = new LinkedHashMap<>();
        pupils.forEach(p -> ability.put(p.pupilId(), 5.5 + random.nextDouble() * 4.5));
        Map<SheetRef, List<CellEdit>> edits = new LinkedHashMap<>();
        for (Subject subject : book.subjects()) {
            SheetRef ref = SheetRef.subject(subject.code());
            List<CellEdit> sheet = new ArrayList<>();
            for (Column c : s.gradebook().columns(book, ref)) {
                if (c.term() == 0) {
                    continue;
                }
                for (RosterRow p : pupils) {
                    double a = ability.get(p.pupilId()) + random.nextGaussian();
                    String text = switch (c.kind()) {
                        case SUBJECT_LEVEL -> a >= 8.5 ? "T" : a >= 5 ? "H" : "C";
                        case TEST -> Integer.toString((int) Math.max(1, Math.min(10, Math.round(a))));
                        case REMARK -> c.slot().startsWith("C") ? REMARKS[random.nextInt(REMARKS.length)] : null;
                        default -> null;
                    };
                    if (text != null) {
                        sheet.add(CellEdit.of(p.pupilId(), c.slot(), text));
                    }
                }
            }
            edits.put(ref, sheet);
        }
        List<CellEdit> qualities = new ArrayList<>();
        for (Column c : s.gradebook().columns(book, SheetRef.qualities())) {
            for (RosterRow p : pupils) {
                double a = ability.get(p.pupilId()) + random.nextGaussian();
                qualities.add(CellEdit.of(p.pupilId(), c.slot(), a >= 8 ? "T" : a >= 5 ? "Đ" : "C"));
            }
        }
        edits.put(SheetRef.qualities(), qualities);
        s.gradebook().saveAll(importer, classId, edits, Via.IMPORT);
    }
}
