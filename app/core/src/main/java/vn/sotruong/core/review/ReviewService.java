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
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.curriculum.SubjectStore;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.core.deadline.ProgressLine;
import vn.sotruong.core.deadline.ProgressStatus;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.EntryKey;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.ColumnScore;
import vn.sotruong.core.gradebook.GradebookStore;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.gradebook.SubjectAverages;
import vn.sotruong.core.gradebook.YearBooks;
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
     * The distributions of one measure over several selections (a class laid over the school). A column is read
     * in one query over the whole year (only that column's scores); an average is computed, for the selected subject
     * only when all the selections name the same one, from one bulk read of the entries. A department head's
     * selections count only their department's teachers; naming a teacher or a class outside it is refused.
     */
    public List<Distribution> distributions(Actor actor, long yearId, List<Selection> sels, Measure m) {
        ReviewScope rs = scope(actor);
        Map<String, Long> teachers = teachers(yearId);
        for (Selection sel : sels) {
            requireInScope(rs, yearId, sel, teachers);
        }
        String subject = sels.stream().map(Selection::subject).distinct().count() == 1 ? sels.getFirst().subject() : null;
        List<Scored> all = new ArrayList<>();
        if (m.average()) {
            for (SubjectAverages.PupilAverage a : SubjectAverages.of(results.reviewBooks(actor, yearId, subject), m.term(),
                    subject)) {
                all.add(new Scored(a.schoolClass().id(), a.schoolClass().grade(), a.subject(), a.value()));
            }
        } else {
            Map<Long, Integer> grades = new HashMap<>();
            org.classes(yearId).forEach(c -> grades.put(c.id(), c.grade()));
            for (ColumnScore c : entries.columnScores(yearId, m.slot(), subject)) {
                all.add(new Scored(c.classId(), grades.getOrDefault(c.classId(), 0), c.subject(), c.score()));
            }
        }
        return sels.stream().map(sel -> Distribution.of(all.stream()
                .filter(v -> counts(sel, v, teachers.get(v.classId() + "/" + v.subject()), rs))
                .map(Scored::value).toList())).toList();
    }

    /** One value a distribution may count: where it comes from and the number. */
    private record Scored(long classId, int grade, String subject, BigDecimal value) {
    }

    private static boolean counts(Selection sel, Scored v, Long teacher, ReviewScope scope) {
        return counts(sel, v.classId(), v.grade(), v.subject(), teacher, scope);
    }

    /** Does a value of this class, grade and subject (taught by {@code teacher}) count in the selection? */
    private static boolean counts(Selection sel, long classId, int grade, String subject, Long teacher,
                                  ReviewScope scope) {
        return (sel.grade() == null || sel.grade() == grade)
                && (sel.classId() == null || sel.classId() == classId)
                && (sel.subject() == null || subject == null || sel.subject().equals(subject))
                && (sel.teacherStaffId() == null || Objects.equals(teacher, sel.teacherStaffId()))
                && scope.covers(teacher);
    }

    /**
     * Số lượng theo mức of a level column (tiểu học T/H/C and T/Đ/C, THCS Đ/CĐ) over several selections (a class laid
     * over the school): the column's levels in one reading, and as "not entered" the pupils now in the selection's
     * classes (of the grades that have the subject) without one. The same scope rules as {@link #distributions}.
     */
    public List<LevelCounts> levelCounts(Actor actor, long yearId, List<Selection> sels, LevelColumn column) {
        ReviewScope rs = scope(actor);
        Map<String, Long> teachers = teachers(yearId);
        for (Selection sel : sels) {
            requireInScope(rs, yearId, sel, teachers);
        }
        String subject = column.subject();
        var taught = subject == null ? null : subjects.findByCode(yearId, subject).orElseThrow(
                () -> new DomainException("review.levelColumnInvalid", subject + " " + column.slot()));
        Map<Long, SchoolClass> classes = new HashMap<>();
        org.classes(yearId).stream().filter(c -> taught == null || taught.taughtIn(c.grade()))
                .forEach(c -> classes.put(c.id(), c));
        Map<Long, Integer> pupils = new HashMap<>();
        enrolments.openInYear(yearId).forEach(e -> pupils.merge(e.classId(), 1, Integer::sum));
        List<vn.sotruong.core.gradebook.ColumnMark> marks = entries.columnMarks(yearId, column.area(), column.item(),
                column.slot());
        return sels.stream().map(sel -> {
            java.util.function.LongPredicate in = classId -> {
                SchoolClass c = classes.get(classId);
                return c != null && counts(sel, classId, c.grade(), subject, teachers.get(classId + "/" + column.item()),
                        rs);
            };
            int expected = classes.keySet().stream().filter(in::test).mapToInt(c -> pupils.getOrDefault(c, 0)).sum();
            return LevelCounts.of(column.levels(), marks.stream().filter(m -> in.test(m.classId()))
                    .map(vn.sotruong.core.gradebook.ColumnMark::mark).toList(), expected);
        }).toList();
    }

    /** The anomalies of a term (1, 2; 0 = the year) as of {@code today}; a department head's within their department. */
    public List<Finding> anomalies(Actor actor, long yearId, int term, LocalDate today) {
        ReviewScope scoped = scope(actor);
        ReviewSettings rs = ReviewSettings.read(settings);
        Map<String, Long> teachers = teachers(yearId);
        // one reading of the books and entries, for the averages and the entry progress
        YearBooks year = results.reviewBooks(actor, yearId, null);
        List<SubjectAverage> averages = new ArrayList<>();
        for (SubjectAverages.PupilAverage a : SubjectAverages.of(year, term, null)) {
            Long t = teachers.get(a.schoolClass().id() + "/" + a.subject());
            if (scoped.covers(t)) {
                averages.add(new SubjectAverage(a.schoolClass(), a.subject(), t, a.value(), a.test()));
            }
        }
        List<Finding> out = new ArrayList<>();
        classesFar(averages, rs, out);
        teachersFar(averages, rs, out);
        manyEdits(yearId, rs, scoped, out);
        List<ProgressLine> lines = progress.yearProgress(actor, today, year);
        lateEntries(lines, rs, out);
        missing(lines, out);
        if (scoped.school()) {
            classSizes(yearId, today, rs, out);
        }
        return out;
    }

    /** The pupil's subject average (tiểu học: test score) of a term in a class, with the subject's teacher there. */
    private record SubjectAverage(SchoolClass schoolClass, String subject, Long teacher, BigDecimal value,
                                  boolean test) {
    }

    /**
     * Per subject and grade: each class's mean against the grade's classes, in robust deviations (median and MAD of
     * the class means, with the school's floor on the spread). Means, not medians: tiểu học test scores are whole
     * numbers, whose class medians only take a few values.
     */
    private void classesFar(List<SubjectAverage> averages, ReviewSettings rs, List<Finding> out) {
        Map<String, Map<SchoolClass, List<BigDecimal>>> byGradeSubject = new LinkedHashMap<>();
        for (SubjectAverage a : averages) {
            byGradeSubject.computeIfAbsent(a.schoolClass().grade() + "/" + a.subject(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.schoolClass(), k -> new ArrayList<>()).add(a.value());
        }
        byGradeSubject.forEach((key, classes) -> {
            String subject = key.substring(key.indexOf('/') + 1);
            Map<SchoolClass, BigDecimal> means = new LinkedHashMap<>();
            classes.forEach((c, v) -> {
                if (v.size() >= rs.minGroup()) {
                    means.put(c, mean(v));
                }
            });
            BigDecimal center = RobustOutliers.center(means.values());
            RobustOutliers.scores(means, rs.minSpread()).forEach((c, z) -> {
                if (z.abs().compareTo(rs.classZ()) >= 0) {
                    out.add(new Finding(Finding.Kind.CLASS_FAR_FROM_SCHOOL, c.name() + " · " + subject,
                            "review.classFar", List.of(c.name(), subject, round(means.get(c)), c.grade(), center, z),
                            c.id(), subject));
                }
            });
        });
    }

    /**
     * Per subject: the mean of each teacher's pupils against the mean of the other teachers' pupils in the school
     * (in the department, for its head) — against the others, so a teacher with many classes does not pull the
     * comparison towards themselves.
     */
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
        // tiểu học compares test scores, not averages
        String code = averages.stream().anyMatch(SubjectAverage::test) ? "review.teacherFarTests" : "review.teacherFar";
        byTeacher.forEach((subject, perTeacher) -> {
            List<BigDecimal> all = school.get(subject);
            BigDecimal total = sum(all);
            perTeacher.forEach((staffId, v) -> {
                if (v.size() < MIN_TEACHER_PUPILS || v.size() == all.size()) {
                    return;
                }
                BigDecimal m = mean(v);
                BigDecimal others = total.subtract(sum(v)).divide(BigDecimal.valueOf(all.size() - v.size()),
                        java.math.MathContext.DECIMAL64);
                BigDecimal diff = m.subtract(others);
                if (diff.abs().compareTo(rs.teacherPoints()) >= 0) {
                    String name = org.findStaff(staffId).map(StaffMember::fullName).orElse("#" + staffId);
                    out.add(new Finding(Finding.Kind.TEACHER_FAR_FROM_SCHOOL, name + " · " + subject, code,
                            List.of(name, subject, round(m), round(others), round(diff), v.size()), null, subject,
                            staffId));
                }
            });
        });
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return sum(values).divide(BigDecimal.valueOf(values.size()), java.math.MathContext.DECIMAL64);
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.HALF_UP);
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

    /**
     * From a finding to its cells (mở ô): the class and sheet the Sổ điểm page opens, with the cells to select — a
     * class far from the school: its subject sheet; a teacher far from the school: their first class's sheet of the
     * subject; late entries: the class's sheet with the most late cells, and those cells; missing entries: the
     * sheet's blank cells past or near their due date; many edits: the sheet where the teacher changed the most
     * cells, and those cells. A change of class size names no cells: refused with {@code review.cells.none}.
     */
    public FindingCells cells(Actor actor, long yearId, Finding f, LocalDate today) {
        scope(actor);
        return switch (f.kind()) {
            case CLASS_FAR_FROM_SCHOOL -> new FindingCells(f.classId(), SheetRef.subject(f.subject()), List.of());
            case TEACHER_FAR_FROM_SCHOOL -> {
                Map<String, Long> teachers = teachers(yearId);
                SchoolClass first = org.classes(yearId).stream()
                        .filter(c -> Objects.equals(teachers.get(c.id() + "/" + f.subject()), f.teacherStaffId()))
                        .min(java.util.Comparator.comparingInt(SchoolClass::grade).thenComparing(SchoolClass::name))
                        .orElseThrow(() -> new DomainException("review.cells.none"));
                yield new FindingCells(first.id(), SheetRef.subject(f.subject()), List.of());
            }
            case LATE_ENTRIES -> mostCells(f.classId(), progress.classCells(actor, f.classId(), today).late());
            case MISSING_NEAR_DEADLINE -> {
                List<EntryKey> blank = progress.classCells(actor, f.classId(), today).missing().stream()
                        .filter(k -> f.subject() == null ? k.area() != Area.SUBJECT : k.item().equals(f.subject()))
                        .toList();
                if (blank.isEmpty()) {
                    throw new DomainException("review.cells.none");
                }
                yield new FindingCells(f.classId(), new SheetRef(blank.getFirst().area(), blank.getFirst().item()), blank);
            }
            case MANY_EDITS -> {
                Map.Entry<Long, Set<EntryKey>> most = entries.editedCells(yearId, f.scope()).entrySet().stream()
                        .max(java.util.Comparator.comparingInt(e -> e.getValue().size()))
                        .orElseThrow(() -> new DomainException("review.cells.none"));
                yield mostCells(most.getKey(), List.copyOf(most.getValue()));
            }
            case CLASS_SIZE_CHANGE -> throw new DomainException("review.cells.none");
        };
    }

    /** The class's sheet with the most of these cells, and its cells among them. */
    private static FindingCells mostCells(long classId, List<EntryKey> cells) {
        Map<SheetRef, List<EntryKey>> bySheet = new LinkedHashMap<>();
        cells.forEach(k -> bySheet.computeIfAbsent(new SheetRef(k.area(), k.item()), x -> new ArrayList<>()).add(k));
        return bySheet.entrySet().stream().max(java.util.Comparator.comparingInt(e -> e.getValue().size()))
                .map(e -> new FindingCells(classId, e.getKey(), e.getValue()))
                .orElseThrow(() -> new DomainException("review.cells.none"));
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
