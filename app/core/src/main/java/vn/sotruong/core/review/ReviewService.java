package vn.sotruong.core.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import vn.sotruong.core.pupil.EnrolmentStore;
import vn.sotruong.core.pupil.Movement;
import vn.sotruong.core.school.SettingsStore;
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

    public ReviewService(ResultsService results, GradebookStore entries, OrganisationStore org, SubjectStore subjects,
                         EnrolmentStore enrolments, EntryProgressService progress, SettingsStore settings) {
        this.results = results;
        this.entries = entries;
        this.org = org;
        this.subjects = subjects;
        this.enrolments = enrolments;
        this.progress = progress;
        this.settings = settings;
    }

    /** The distribution of a measure over a selection; an empty selection gives "no data". */
    public Distribution distribution(Actor actor, long yearId, Selection sel, Measure m) {
        requireReview(actor, sel);
        return Distribution.of(values(actor, yearId, sel, m));
    }

    /** The anomalies of a term (1, 2; 0 = the year) as of {@code today}. */
    public List<Finding> anomalies(Actor actor, long yearId, int term, LocalDate today) {
        actor.require(Permission.REVIEW);
        actor.require(Permission.GRADES_VIEW_ALL);
        ReviewSettings rs = ReviewSettings.read(settings);
        List<ClassResults> all = results.yearResults(actor, yearId);
        Map<String, Long> teachers = teachers(yearId);
        List<Finding> out = new ArrayList<>();
        classesFar(all, term, rs, out);
        teachersFar(all, term, teachers, rs, out);
        manyEdits(yearId, rs, out);
        List<ProgressLine> lines = progress.yearProgress(actor, yearId, today);
        lateEntries(lines, rs, out);
        missing(lines, out);
        classSizes(yearId, today, rs, out);
        return out;
    }

    private List<BigDecimal> values(Actor actor, long yearId, Selection sel, Measure m) {
        Map<String, Long> teachers = teachers(yearId);
        List<BigDecimal> v = new ArrayList<>();
        for (ClassResults cr : results.yearResults(actor, yearId)) {
            SchoolClass c = cr.book().schoolClass();
            if ((sel.grade() != null && sel.grade() != c.grade()) || (sel.classId() != null && sel.classId() != c.id())) {
                continue;
            }
            List<String> subjects = cr.book().subjects().stream().map(s -> s.code())
                    .filter(code -> sel.subject() == null || sel.subject().equals(code))
                    .filter(code -> sel.teacherStaffId() == null
                            || Objects.equals(teachers.get(c.id() + "/" + code), sel.teacherStaffId()))
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
    private void classesFar(List<ClassResults> all, int term, ReviewSettings rs, List<Finding> out) {
        Map<String, Map<SchoolClass, List<BigDecimal>>> byGradeSubject = new LinkedHashMap<>();
        for (ClassResults cr : all) {
            SchoolClass c = cr.book().schoolClass();
            for (PupilResult p : cr.rows()) {
                if (p.tt22() == null || !p.pupil().current()) {
                    continue;
                }
                for (SubjectResult s : p.tt22().subjects()) {
                    BigDecimal a = outcome(s, term).average();
                    if (a != null) {
                        byGradeSubject.computeIfAbsent(c.grade() + "/" + s.subjectCode(), k -> new LinkedHashMap<>())
                                .computeIfAbsent(c, k -> new ArrayList<>()).add(a);
                    }
                }
            }
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

    /** Per subject: each teacher's pupils' median against the school's. */
    private void teachersFar(List<ClassResults> all, int term, Map<String, Long> teachers, ReviewSettings rs,
                             List<Finding> out) {
        Map<String, List<BigDecimal>> school = new LinkedHashMap<>();
        Map<String, Map<Long, List<BigDecimal>>> byTeacher = new LinkedHashMap<>();
        for (ClassResults cr : all) {
            long classId = cr.book().schoolClass().id();
            for (PupilResult p : cr.rows()) {
                if (p.tt22() == null || !p.pupil().current()) {
                    continue;
                }
                for (SubjectResult s : p.tt22().subjects()) {
                    BigDecimal a = outcome(s, term).average();
                    Long t = teachers.get(classId + "/" + s.subjectCode());
                    if (a != null) {
                        school.computeIfAbsent(s.subjectCode(), k -> new ArrayList<>()).add(a);
                        if (t != null) {
                            byTeacher.computeIfAbsent(s.subjectCode(), k -> new LinkedHashMap<>())
                                    .computeIfAbsent(t, k -> new ArrayList<>()).add(a);
                        }
                    }
                }
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

    private void manyEdits(long yearId, ReviewSettings rs, List<Finding> out) {
        Map<String, Integer> counts = entries.editCountsByLogin(yearId);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        counts.forEach((login, n) -> values.put(login, BigDecimal.valueOf(n)));
        BigDecimal center = RobustOutliers.center(values.values());
        RobustOutliers.scores(values, BigDecimal.ONE).forEach((login, z) -> {
            if (z.compareTo(rs.editsZ()) >= 0 && counts.get(login) >= rs.minEdits()) {
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

    private void requireReview(Actor actor, Selection sel) {
        actor.require(Permission.REVIEW);
        if (actor.has(Permission.GRADES_VIEW_ALL)) {
            return;
        }
        boolean heads = sel.teacherStaffId() != null && org.findStaff(sel.teacherStaffId())
                .map(StaffMember::departmentId).flatMap(d -> org.departments().stream().filter(x -> x.id() == d).findFirst())
                .map(d -> Objects.equals(d.headStaffId(), actor.staffId())).orElse(false);
        if (!heads) {
            throw new DomainException("review.otherDepartment");
        }
    }
}
