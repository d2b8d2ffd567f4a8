package vn.sotruong.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.assessment.tt22.Tt22RuleSet;
import vn.sotruong.core.curriculum.AssessmentForm;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.RosterRow;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.security.Actor;

/**
 * A whole year of plausible THCS entries for a class, typed through {@link vn.sotruong.core.gradebook.GradebookService}
 * like an Excel import: every TX, GK and CK of both terms, Đ/CĐ for comment subjects, conduct. The same seed gives
 * the same marks. (The demo generator will bring its own marks; this fills classes for the register tests and the
 * benchmark until then.)
 */
public final class DemoMarks {
    private DemoMarks() {
    }

    public static void fill(CoreServices s, Actor importer, long classId, long seed) {
        ClassBook book = s.gradebook().classBook(importer, classId);
        Tt22RuleSet rules = (Tt22RuleSet) book.rules();
        Random random = new Random(seed ^ classId * 31);
        Map<SheetRef, List<CellEdit>> edits = new LinkedHashMap<>();
        List<RosterRow> pupils = book.roster().stream().filter(RosterRow::current).toList();
        Map<Long, Double> ability = new LinkedHashMap<>();
        pupils.forEach(p -> ability.put(p.pupilId(), 5.0 + random.nextDouble() * 4.5));
        for (Subject subject : book.subjects()) {
            int tx = rules.regularAssessments(subject, book.schoolClass().grade());
            List<CellEdit> sheet = new ArrayList<>();
            for (RosterRow p : pupils) {
                for (int term = 1; term <= 2; term++) {
                    for (int i = 1; i <= tx; i++) {
                        sheet.add(CellEdit.of(p.pupilId(), ColumnLayout.tx(term, i), mark(subject, ability.get(p.pupilId()), random)));
                    }
                    sheet.add(CellEdit.of(p.pupilId(), ColumnLayout.midterm(term), mark(subject, ability.get(p.pupilId()), random)));
                    sheet.add(CellEdit.of(p.pupilId(), ColumnLayout.endOfTerm(term), mark(subject, ability.get(p.pupilId()), random)));
                }
            }
            edits.put(SheetRef.subject(subject.code()), sheet);
        }
        List<CellEdit> conduct = new ArrayList<>();
        for (RosterRow p : pupils) {
            conduct.add(CellEdit.of(p.pupilId(), ColumnLayout.conduct(1), conduct(ability.get(p.pupilId()), random)));
            conduct.add(CellEdit.of(p.pupilId(), ColumnLayout.conduct(2), conduct(ability.get(p.pupilId()), random)));
        }
        edits.put(SheetRef.conduct(), conduct);
        s.gradebook().saveAll(importer, classId, edits, Via.IMPORT);
    }

    private static String mark(Subject subject, double ability, Random random) {
        double v = Math.max(0, Math.min(10, ability + random.nextGaussian() * 1.2));
        if (subject.form() == AssessmentForm.COMMENT) {
            return v < 4.0 ? "CĐ" : "Đ";
        }
        return String.format(Locale.ROOT, "%.1f", Math.round(v * 2) / 2.0).replace('.', ',');
    }

    private static String conduct(double ability, Random random) {
        double v = ability + random.nextGaussian();
        return v >= 7.5 ? "Tốt" : v >= 6 ? "Khá" : v >= 4.5 ? "Đạt" : "Chưa đạt";
    }
}
