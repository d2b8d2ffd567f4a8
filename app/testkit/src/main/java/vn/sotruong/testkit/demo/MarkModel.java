package vn.sotruong.testkit.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * How well each pupil does, on the 10-point scale: a subject's school mean, plus the class's and the teacher's
 * effect, plus the pupil's ability and their liking for the subject; each assessment adds its own noise. Every
 * effect comes from its own seeded stream keyed by name, so the same seed gives the same marks whatever the order
 * they are asked for.
 */
final class MarkModel {
    private static final double CLASS_SPREAD = 0.3;
    private static final double TEACHER_SPREAD = 0.2;
    private static final double BOOSTED_SPREAD = 0.4;

    private final DemoRandom random;
    private final double abilityWeight;
    private final double likingSpread;
    private final String boostedTeacher;
    private final String boostedSubject;
    private final double boost;
    private final Map<String, double[]> pupils = new HashMap<>();
    private final Map<String, Double> classes = new HashMap<>();
    private final Map<String, Double> teachers = new HashMap<>();

    /**
     * @param abilityWeight points per standard deviation of ability
     * @param likingSpread standard deviation of a pupil's liking for one subject, in points
     * @param boost points added to {@code boostedTeacher}'s marks in {@code boostedSubject}
     */
    MarkModel(DemoRandom random, double abilityWeight, double likingSpread, String boostedTeacher,
              String boostedSubject, double boost) {
        this.random = random;
        this.abilityWeight = abilityWeight;
        this.likingSpread = likingSpread;
        this.boostedTeacher = boostedTeacher;
        this.boostedSubject = boostedSubject;
        this.boost = boost;
    }

    /**
     * The level a pupil works at in a subject (before each assessment's noise); the stream then gives the marks.
     * The boosted teacher's pupils sit {@code boost} points above the subject's mean with 0.4 of the usual spread,
     * as a teacher who marks everyone generously: far above the school in every class they teach.
     */
    double level(double subjectMean, String pupilCode, String className, String subjectCode, String teacher,
                 Random cells) {
        double own = classEffect(className) + teacherEffect(teacher) + abilityWeight * ability(pupilCode)
                + likingSpread * cells.nextGaussian();
        return teacher.equals(boostedTeacher) && subjectCode.equals(boostedSubject) ? subjectMean + boost + BOOSTED_SPREAD * own
                : subjectMean + own;
    }

    /** The pupil's general ability, standard normal. */
    double ability(String pupilCode) {
        return pupil(pupilCode)[0];
    }

    /** The pupil's behaviour, standard normal, loosely tied to ability (conduct, qualities). */
    double behaviour(String pupilCode) {
        return pupil(pupilCode)[1];
    }

    /** Whether the teacher gives half points in regular assessments (7,5) or whole numbers only. */
    boolean halves(String teacher) {
        return random.stream("halves:" + teacher).nextDouble() < 0.6;
    }

    /** The stream of one pupil's marks in one sheet (a subject, conduct, qualities). */
    Random cells(String pupilCode, String item) {
        return random.stream("marks:" + pupilCode + ":" + item);
    }

    private double[] pupil(String code) {
        return pupils.computeIfAbsent(code, c -> {
            Random r = random.stream("pupil:" + c);
            double a = r.nextGaussian();
            return new double[] {a, 0.4 * a + 0.92 * r.nextGaussian()};
        });
    }

    private double classEffect(String className) {
        return classes.computeIfAbsent(className, c -> CLASS_SPREAD * random.stream("class:" + c).nextGaussian());
    }

    private double teacherEffect(String teacher) {
        return teachers.computeIfAbsent(teacher, t -> TEACHER_SPREAD * random.stream("teacher:" + t).nextGaussian());
    }

    /** A regular assessment: whole points, or to the half point for teachers who use halves. */
    static String regular(double x, boolean halves) {
        double v = clamp(halves ? Math.round(x * 2) / 2.0 : Math.round(x));
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A written test marked to the quarter point, recorded to one decimal (7,25 → 7,3). */
    static String test(double x) {
        double quarter = clamp(Math.round(x * 4) / 4.0);
        return BigDecimal.valueOf(quarter).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A Circular 27 periodic test: a whole number. */
    static String whole(double x) {
        return Long.toString(Math.round(clamp(x)));
    }

    static double clamp(double x) {
        return Math.max(0, Math.min(10, x));
    }
}
