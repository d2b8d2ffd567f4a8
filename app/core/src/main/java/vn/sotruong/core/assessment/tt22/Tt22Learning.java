package vn.sotruong.core.assessment.tt22;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.sotruong.core.assessment.CommentResult;
import vn.sotruong.core.assessment.Explanation;
import vn.sotruong.core.curriculum.AssessmentForm;

/**
 * Kết quả học tập (Art 9 cl.2 and cl.3) from the subjects' term or year results.
 *
 * <p>cl.2: Tốt = comments all Đạt, every average ≥ 6,5 and at least 6 ≥ 8,0; Khá = comments all Đạt,
 * every average ≥ 5,0 and at least 6 ≥ 6,5; Đạt = at most one comment Chưa đạt, at least 6 averages
 * ≥ 5,0 and none below 3,5; otherwise Chưa đạt. The counts are over the scored subjects.
 *
 * <p>cl.3 (RULES.md §1.5 interpretation): if Tốt (or Khá) would be reached were one single subject's
 * result good enough, and the cl.2 level is 2 or more levels below it, the level goes up one step.
 */
public final class Tt22Learning {
    public static final int MIN_SUBJECTS = 6;
    static final BigDecimal T3_5 = new BigDecimal("3.5");
    static final BigDecimal T5_0 = new BigDecimal("5.0");
    static final BigDecimal T6_5 = new BigDecimal("6.5");
    static final BigDecimal T8_0 = new BigDecimal("8.0");
    static final BigDecimal T9_0 = new BigDecimal("9.0");
    static final String ARTS = "NGHETHUAT";
    private static final BigDecimal BEST = BigDecimal.TEN.setScale(1);

    private Tt22Learning() {
    }

    /** Classifies a term's or the year's subject results. */
    public static LearningResult classify(List<SubjectOutcome> subjects, Tt22Settings s) {
        List<String> notReady = subjects.stream()
                .filter(o -> o.status() == SubjectOutcome.Status.INCOMPLETE
                        || (o.missing() > 0 && s.missingAssessment() == Tt22Settings.MissingAssessment.BLOCK))
                .map(SubjectOutcome::subjectCode).toList();
        if (!notReady.isEmpty()) {
            return LearningResult.incomplete(Explanation.of("tt22.learning.incomplete", String.join(", ", notReady)));
        }
        boolean review = subjects.stream().anyMatch(o -> o.status() == SubjectOutcome.Status.EXEMPT);
        List<SubjectOutcome> counted = subjects.stream().filter(SubjectOutcome::computed).toList();
        if (!s.artsAsTwoSubjects()) {
            counted = mergeArts(counted);
        }
        List<BigDecimal> scores = new ArrayList<>();
        List<CommentResult> comments = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (SubjectOutcome o : counted) {
            codes.add(o.subjectCode());
            if (o.form() == AssessmentForm.SCORED) {
                scores.add(o.average());
                comments.add(null);
            } else {
                scores.add(null);
                comments.add(o.comment());
            }
        }
        Level base = base(scores, comments);
        Explanation baseWhy = explain(base, scores, comments);
        for (Level target : List.of(Level.TOT, Level.KHA)) {
            if (base.levelsBelow(target) < 2) {
                continue;
            }
            for (int i = 0; i < codes.size(); i++) {
                List<BigDecimal> sc = new ArrayList<>(scores);
                List<CommentResult> cm = new ArrayList<>(comments);
                if (sc.get(i) != null) {
                    sc.set(i, BEST);
                } else {
                    cm.set(i, CommentResult.DAT);
                }
                if (base(sc, cm).atLeast(target)) {
                    Level fin = base.up();
                    return new LearningResult(fin, base, codes.get(i), review, Explanation.of("tt22.learning.adjusted",
                            codes.get(i), Explanation.label(target.labelKey()), Explanation.label(base.labelKey()),
                            Explanation.label(fin.labelKey()), baseWhy));
                }
            }
        }
        return new LearningResult(base, base, null, review, baseWhy);
    }

    /** Art 9 cl.2 on parallel lists (a null entry belongs to the other list). */
    static Level base(List<BigDecimal> scores, List<CommentResult> comments) {
        List<BigDecimal> sc = scores.stream().filter(x -> x != null).toList();
        long chuaDat = comments.stream().filter(c -> c == CommentResult.CHUA_DAT).count();
        if (chuaDat == 0 && all(sc, T6_5) && count(sc, T8_0) >= MIN_SUBJECTS) {
            return Level.TOT;
        }
        if (chuaDat == 0 && all(sc, T5_0) && count(sc, T6_5) >= MIN_SUBJECTS) {
            return Level.KHA;
        }
        if (chuaDat <= 1 && count(sc, T5_0) >= MIN_SUBJECTS && all(sc, T3_5)) {
            return Level.DAT;
        }
        return Level.CHUA_DAT;
    }

    private static Explanation explain(Level level, List<BigDecimal> scores, List<CommentResult> comments) {
        List<BigDecimal> sc = scores.stream().filter(x -> x != null).toList();
        long chuaDat = comments.stream().filter(c -> c == CommentResult.CHUA_DAT).count();
        Object lowest = sc.stream().min(BigDecimal::compareTo).<Object>map(x -> x).orElse("—");
        return switch (level) {
            case TOT -> Explanation.of("tt22.learning.tot", lowest, count(sc, T8_0), sc.size());
            case KHA -> Explanation.of("tt22.learning.kha", lowest, count(sc, T6_5), sc.size());
            case DAT -> Explanation.of("tt22.learning.dat", count(sc, T5_0), sc.size(), lowest, chuaDat);
            case CHUA_DAT -> Explanation.of("tt22.learning.chuaDat", count(sc, T5_0), sc.size(),
                    sc.size() - count(sc, T3_5), chuaDat);
        };
    }

    static boolean all(List<BigDecimal> sc, BigDecimal threshold) {
        return sc.stream().allMatch(x -> x.compareTo(threshold) >= 0);
    }

    static int count(List<BigDecimal> sc, BigDecimal threshold) {
        return (int) sc.stream().filter(x -> x.compareTo(threshold) >= 0).count();
    }

    /** Âm nhạc + Mĩ thuật as one Nghệ thuật result: Đạt only if both are Đạt (§10.12 alternative). */
    private static List<SubjectOutcome> mergeArts(List<SubjectOutcome> in) {
        List<SubjectOutcome> arts = in.stream().filter(o -> o.form() == AssessmentForm.COMMENT
                && (o.subjectCode().equals("AMNHAC") || o.subjectCode().equals("MITHUAT"))).toList();
        if (arts.size() < 2) {
            return in;
        }
        List<SubjectOutcome> out = new ArrayList<>(in);
        out.removeAll(arts);
        boolean dat = arts.stream().allMatch(o -> o.comment() == CommentResult.DAT);
        out.add(SubjectOutcome.comment(ARTS, dat ? CommentResult.DAT : CommentResult.CHUA_DAT, 0,
                Explanation.of("tt22.subject.artsMerged")));
        return out;
    }
}
