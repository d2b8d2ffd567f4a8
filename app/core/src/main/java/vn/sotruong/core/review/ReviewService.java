package vn.sotruong.core.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.sotruong.core.assessment.tt22.SubjectOutcome;
import vn.sotruong.core.assessment.tt22.SubjectResult;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.curriculum.SubjectStore;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.core.deadline.ProgressLine;
import vn.sotruong.core.deadline.ProgressStatus;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.ClassResults;
import vn.sotruong.core.gradebook.Entry;
import vn.sotruong.core.gradebook.GradebookStore;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.organisation.StaffMember;
import vn.sotruong.core.organisation.TeachingAssignment;
import vn.sotruong.core.organisation.TeachingScope;
import vn.sotruong.core.pupil.EnrolmentStore;
import vn.sotruong.core.pupil.Movement;
import vn.sotruong.core.school.SettingsStore;
import vn.sotruong.core.security.AccountStore;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * The vice-principal's review: phổ điểm of any column or average over any selection, and the anomaly scan —
 * classes and teachers far from the school, many edits, late and missing entries, class-size changes — each
 * with its reason. School-wide for those who see every class's gradebook; a department head sees the teachers
 * of the departments they head.
 */
public final class ReviewService {
    private static final BigDecimal MIN_SPREAD = new BigDecimal("0.25");
    private static final int MIN_TEACHER_PUPILS = 20;
    private static final int MIN_LATE = 5;

    private final ResultsService results;
    private final GradebookStore entries;
    private final OrganisationStore org;
    private final SubjectStore subjects;
    private final EnrolmentStore enrolments;
    private final EntryProgressService progress;
    private final SettingsStore settings;
    private final AccountStore accounts;
    private final TeachingScope scope;

    public ReviewService(ResultsService results, GradebookStore entries, OrganisationStore org, SubjectStore subjects,
                         EnrolmentStore enrolments, EntryProgressService progress, SettingsStore settings,
                         AccountStore accounts) {
        this.results = results;
        this.entries = entries;
        this.org = org;
        this.subjects = subjects;
        this.enrolments = enrolments;
        this.progress = progress;
        this.settings = settings;
        this.accounts = accounts;
        this.scope = new TeachingScope(org);
    }

    /** The distribution of a measure over a selection; an empty selection gives "no data". */
    public Distribution distribution(Actor actor, long yearId, Selection sel, Measure m) {
        return distributions(actor, yearId, List.of(sel), m).getFirst();
    }

    /**
     * The distributions of one measure over several selections (a class laid over the school), reading the year's
     * results once. A department head's selections count only their department's teachers; naming a teacher or a
     * class outside the department is refused.
     */
    public List<Distribution> distributions(Actor actor, long yearId, List<Selection> sels, Measure m) {
        ReviewScope rs = scope(actor);
        Map<String, Long> teachers = teachers(yearId);
        for (Selection sel : sels) {
            requireInScope(rs, yearId, sel, teachers);
        }
        List<ClassResults> all = results.reviewResults(actor, yearId);
        return sels.stream().map(sel -> Distribution.of(values(all, yearId, sel, m, teachers, rs))).toList();
    }

    /** The anomalies of a term (1, 2; 0 = the year) as of {@code today}; a department head's within their department. */
    public List<Finding> anomalies(Actor actor, long yearId, int term, LocalDate today) {
        ReviewScope scoped = scope(actor);
        ReviewSettings rs = ReviewSettings.read(settings);
        Map<String, Long> teachers = teachers(yearId);
        List<SubjectAverage> averages = averages(results.reviewResults(actor, yearId), term, teachers, scoped);
        List<Finding> out = new ArrayList<>();
        classesFar(averages, rs, out);
        teachersFar(averages, rs, out);
        manyEdits(yearId, rs, scoped, out);
        List<ProgressLine> lines = progress.yearProgress(actor, yearId, today);
        lateEntries(lines, rs, out);
        missing(lines, out);
        if (scoped.school()) {
            classSizes(yearId, today, rs, out);
        }
        return out;
    }

    /** The pupil's subject average of a term in a class, with the subject's teacher there. */
    private record SubjectAverage(SchoolClass schoolClass, String subject, Long teacher, BigDecimal value) {
    }

    private static List<SubjectAverage> averages(List<ClassResults> all, int term, Map<String, Long> teachers,
                                                 ReviewScope scope) {
        List<SubjectAverage> out = new ArrayList<>();
        for (ClassResults cr : all) {
            SchoolClass c = cr.book().schoolClass();
            for (PupilResult p : cr.rows()) {
                if (p.tt22() == null || !p.pupil().current()) {
                    continue;
                }
                for (SubjectResult s : p.tt22().subjects()) {
                    BigDecimal a = outcome(s, term).average();
                    Long t = teachers.get(c.id() + "/" + s.subjectCode());
                    if (a != null && scope.covers(t)) {
                        out.add(new SubjectAverage(c, s.subjectCode(), t, a));
                    }
                }
            }
        }
        return out;
    }

    private List<BigDecimal> values(List<ClassResults> all, long yearId, Selection sel, Measure m,
                                    Map<String, Long> teachers, ReviewScope scope) {
        List<BigDecimal> v = new ArrayList<>();
        for (ClassResults cr : all) {
            SchoolClass c = cr.book().schoolClass();
            if ((sel.grade() != null && sel.grade() != c.grade()) || (sel.classId() != null && sel.classId() != c.id())) {
                continue;
            }
            List<String> subjects = cr.book().subjects().stream().map(s -> s.code())
                    .filter(code -> sel.subject() == null || sel.subject().equals(code))
                    .filter(code -> sel.teacherStaffId() == null
                            || Objects.equals(teachers.get(c.id() + "/" + code), sel.teacherStaffId()))
                    .filter(code -> scope.covers(teachers.get(c.id() + "/" + code)))
                    .toList();
            if (subjects.isEmpty()) {
                continue;
            }
            if (m.average()) {
                for (PupilResult p : cr.rows()) {
                    if (p.tt22() == null || !p.pupil().current()) {
                        continue;
                    }
                    for (SubjectResult s : p.tt22().subjects()) {
                        BigDecimal a = subjects.contains(s.subjectCode()) ? outcome(s, m.term()).average() : null;
                        if (a != null) {
                            v.add(a);
                        }
                    }
                }
            } else {
                List<Long> pupils = cr.rows().stream().filter(p -> p.pupil().current()).map(p -> p.pupil().pupilId()).toList();
                for (Entry e : entries.entries(yearId, pupils)) {
                    if (e.key().area() == Area.SUBJECT && subjects.contains(e.key().item()) && e.slot().equals(m.slot())
                            && e.value().score() != null) {
                        v.add(e.value().score());
                    }
                }
            }
        }
        return v;
    }

    private static SubjectOutcome outcome(SubjectResult s, int term) {
        return term == 1 ? s.hk1() : term == 2 ? s.hk2() : s.year();
    }

    /** Per subject and grade: each class's median average against the grade's classes. */
    private void classesFar(List<SubjectAverage> averages, ReviewSettings rs, List<Finding> out) {
        Map<String, Map<SchoolClass, List<BigDecimal>>> byGradeSubject = new LinkedHashMap<>();
        for (SubjectAverage a : averages) {
            byGradeSubject.computeIfAbsent(a.schoolClass().grade() + "/" + a.subject(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.schoolClass(), k -> new ArrayList<>()).add(a.value());
        }
        byGradeSubject.forEach((key, classes) -> {
            String subject = key.substring(key.indexOf('/') + 1);
            Map<SchoolClass, BigDecimal> medians = new LinkedHashMap<>();
            classes.forEach((c, v) -> {
                if (v.size() >= rs.minGroup()) {
                    medians.put(c, Distribution.of(v).median());
                }
            });
            BigDecimal center = RobustOutliers.center(medians.values());
            RobustOutliers.scores(medians, MIN_SPREAD).forEach((c, z) -> {
                if (z.abs().compareTo(rs.classZ()) >= 0) {
                    out.add(new Finding(Finding.Kind.CLASS_FAR_FROM_SCHOOL, c.name() + " · " + subject,
                            "review.classFar", List.of(c.name(), subject, medians.get(c), c.grade(), center, z),
                            c.id(), subject));
                }
            });
        });
    }

    /** Per subject: each teacher's pupils' median against the school's (the department's, for its head). */
    private void teachersFar(List<SubjectAverage> averages, ReviewSettings rs, List<Finding> out) {
        Map<String, List<BigDecimal>> school = new LinkedHashMap<>();
        Map<String, Map<Long, List<BigDecimal>>> byTeacher = new LinkedHashMap<>();
        for (SubjectAverage a : averages) {
            school.computeIfAbsent(a.subject(), k -> new ArrayList<>()).add(a.value());
            if (a.teacher() != null) {
                byTeacher.computeIfAbsent(a.subject(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(a.teacher(), k -> new ArrayList<>()).add(a.value());
            }
        }
        byTeacher.forEach((subject, perTeacher) -> {
            BigDecimal schoolMedian = Distribution.of(school.get(subject)).median();
            perTeacher.forEach((staffId, v) -> {
                if (v.size() < MIN_TEACHER_PUPILS) {
                    return;
                }
                BigDecimal m = Distribution.of(v).median();
                BigDecimal diff = m.subtract(schoolMedian);
                if (diff.abs().compareTo(rs.teacherPoints()) >= 0) {
                    String name = org.findStaff(staffId).map(StaffMember::fullName).orElse("#" + staffId);
                    out.add(new Finding(Finding.Kind.TEACHER_FAR_FROM_SCHOOL, name + " · " + subject,
                            "review.teacherFar", List.of(name, subject, m, schoolMedian, diff, v.size()), null, subject));
                }
            });
        });
    }

    private void manyEdits(long yearId, ReviewSettings rs, ReviewScope scoped, List<Finding> out) {
        Map<String, Integer> counts = entries.editCountsByLogin(yearId);
        Set<String> logins = new HashSet<>();
        scoped.staff().forEach(id -> accounts.findByStaff(id).ifPresent(a -> logins.add(a.login())));
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        counts.forEach((login, n) -> values.put(login, BigDecimal.valueOf(n)));
        BigDecimal center = RobustOutliers.center(values.values());
        RobustOutliers.scores(values, BigDecimal.ONE).forEach((login, z) -> {
            // measured against every teacher of the school; a department head is told of their own teachers
            if (z.compareTo(rs.editsZ()) >= 0 && counts.get(login) >= rs.minEdits()
                    && (scoped.school() || logins.contains(login))) {
                out.add(new Finding(Finding.Kind.MANY_EDITS, login, "review.manyEdits",
                        List.of(login, counts.get(login), center, z), null, null));
            }
        });
    }

    private void lateEntries(List<ProgressLine> lines, ReviewSettings rs, List<Finding> out) {
        Map<Long, int[]> byClass = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (ProgressLine l : lines) {
            int[] t = byClass.computeIfAbsent(l.classId(), k -> new int[2]);
            t[0] += l.entered();
            t[1] += l.enteredLate();
            names.put(l.classId(), l.className());
        }
        byClass.forEach((classId, t) -> {
            if (t[1] >= MIN_LATE && t[1] * 100L >= (long) rs.lateSharePercent() * t[0]) {
                out.add(new Finding(Finding.Kind.LATE_ENTRIES, names.get(classId), "review.lateEntries",
                        List.of(names.get(classId), t[1], t[0], t[1] * 100 / t[0]), classId, null));
            }
        });
    }

    private void missing(List<ProgressLine> lines, List<Finding> out) {
        Map<String, List<ProgressLine>> byClassSheet = new LinkedHashMap<>();
        for (ProgressLine l : lines) {
            if (l.status() == ProgressStatus.LATE || (l.status() == ProgressStatus.DUE_SOON && l.missing() > 0)) {
                byClassSheet.computeIfAbsent(l.classId() + "/" + l.sheet().label(), k -> new ArrayList<>()).add(l);
            }
        }
        byClassSheet.forEach((k, ls) -> {
            ProgressLine first = ls.getFirst();
            int missing = ls.stream().mapToInt(ProgressLine::missing).sum();
            boolean late = ls.stream().anyMatch(l -> l.status() == ProgressStatus.LATE);
            String headers = String.join(", ", ls.stream().map(ProgressLine::header).toList());
            out.add(new Finding(Finding.Kind.MISSING_NEAR_DEADLINE, first.className() + " · " + first.sheet().label(),
                    late ? "review.missingLate" : "review.missingSoon",
                    List.of(first.className(), first.sheet().label(), missing, headers), first.classId(),
                    first.sheet().area() == Area.SUBJECT ? first.sheet().item() : null));
        });
    }

    private void classSizes(long yearId, LocalDate today, ReviewSettings rs, List<Finding> out) {
        Map<Long, SchoolClass> classes = new HashMap<>();
        org.classes(yearId).forEach(c -> classes.put(c.id(), c));
        Map<Long, Integer> moves = new LinkedHashMap<>();
        for (Movement m : enrolments.allMovements()) {
            if (m.on().isAfter(today) || m.on().isBefore(today.minusDays(30))) {
                continue;
            }
            for (Long c : new Long[] {m.fromClassId(), m.toClassId()}) {
                if (c != null && classes.containsKey(c)) {
                    moves.merge(c, 1, Integer::sum);
                }
            }
        }
        moves.forEach((c, n) -> {
            if (n >= rs.movements()) {
                out.add(new Finding(Finding.Kind.CLASS_SIZE_CHANGE, classes.get(c).name(), "review.classSize",
                        List.of(classes.get(c).name(), n), c, null));
            }
        });
    }

    /** The teacher of each class × subject code ("12/TOAN" → staff id). */
    private Map<String, Long> teachers(long yearId) {
        Map<Long, String> codes = new HashMap<>();
        subjects.list(yearId).forEach(s -> codes.put(s.id(), s.code()));
        Map<String, Long> m = new HashMap<>();
        for (TeachingAssignment a : org.assignments(yearId)) {
            m.put(a.classId() + "/" + codes.get(a.subjectId()), a.staffId());
        }
        return m;
    }

    /** The whole school for those who see every class's gradebook; a department head their department. */
    private ReviewScope scope(Actor actor) {
        actor.require(Permission.REVIEW);
        if (actor.has(Permission.GRADES_VIEW_ALL)) {
            return ReviewScope.SCHOOL;
        }
        Set<Long> staff = scope.departmentStaff(actor);
        if (staff.isEmpty()) {
            throw new DomainException("review.noDepartment");
        }
        return new ReviewScope(false, staff);
    }

    private void requireInScope(ReviewScope rs, long yearId, Selection sel, Map<String, Long> teachers) {
        if (rs.school()) {
            return;
        }
        if (sel.teacherStaffId() != null && !rs.covers(sel.teacherStaffId())) {
            throw new DomainException("review.otherDepartment");
        }
        if (sel.classId() != null && teachers.entrySet().stream()
                .noneMatch(e -> e.getKey().startsWith(sel.classId() + "/") && rs.covers(e.getValue()))) {
            throw new DomainException("review.otherDepartment");
        }
    }
}
