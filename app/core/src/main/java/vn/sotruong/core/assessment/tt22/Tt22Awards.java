package vn.sotruong.core.assessment.tt22;

import java.util.List;
import vn.sotruong.core.assessment.Explanation;

/**
 * Art 15: "Học sinh Xuất sắc" = year conduct Tốt, year learning Tốt and at least 6 scored subjects with
 * ĐTBmcn ≥ 9,0; otherwise "Học sinh Giỏi" = year conduct Tốt and year learning Tốt. Decided on the
 * year results before any summer re-assessment; no term titles.
 */
public final class Tt22Awards {
    private Tt22Awards() {
    }

    public static AwardResult award(List<SubjectOutcome> year, LearningResult learning, ConductResult conduct) {
        if (!learning.complete() || !conduct.complete()) {
            return new AwardResult(Award.NONE, Explanation.of("tt22.award.incomplete"));
        }
        if (learning.level() != Level.TOT || conduct.level() != Level.TOT) {
            return new AwardResult(Award.NONE, Explanation.of("tt22.award.noneWhy",
                    Explanation.label(conduct.level().labelKey()), Explanation.label(learning.level().labelKey())));
        }
        List<String> nines = year.stream().filter(o -> o.computed() && o.scored())
                .filter(o -> o.average().compareTo(Tt22Learning.T9_0) >= 0).map(SubjectOutcome::subjectCode).toList();
        if (nines.size() >= Tt22Learning.MIN_SUBJECTS) {
            return new AwardResult(Award.XUAT_SAC, Explanation.of("tt22.award.xuatSacWhy", nines.size(),
                    String.join(", ", nines)));
        }
        return new AwardResult(Award.GIOI, Explanation.of("tt22.award.gioiWhy", nines.size(), Tt22Learning.MIN_SUBJECTS));
    }
}
