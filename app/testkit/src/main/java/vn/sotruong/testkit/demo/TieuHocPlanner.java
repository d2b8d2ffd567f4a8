package vn.sotruong.testkit.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.sotruong.core.curriculum.Programme2018;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.school.School;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.security.Role;

/**
 * A tiểu học of 25 classes (1A–5E) and about 850 pupils (the Điều lệ caps a class at 35). As in
 * primary schools, each class's homeroom teacher teaches most of its subjects; specialists teach
 * Ngoại ngữ, Tin học và Công nghệ, GDTC, Âm nhạc and Mĩ thuật. Departments are by grade (tổ khối)
 * plus one for the specialists.
 */
final class TieuHocPlanner {
    static final int CLASSES_PER_GRADE = 5;
    private static final int MIN_CLASS_SIZE = 31;
    private static final int MAX_CLASS_SIZE = 35;
    private static final String SPECIALISTS = "Tổ Bộ môn";
    private static final List<Staffing> SPECIALIST_STAFFING = List.of(
            new Staffing(SPECIALISTS, "anh", "Giáo viên Tiếng Anh", 3, List.of("NGOAINGU1"), false),
            new Staffing(SPECIALISTS, "tin", "Giáo viên Tin học", 2, List.of("TINHOCCN"), false),
            new Staffing(SPECIALISTS, "gdtc", "Giáo viên Giáo dục thể chất", 3, List.of("GDTC"), false),
            new Staffing(SPECIALISTS, "amnhac", "Giáo viên Âm nhạc", 2, List.of("AMNHAC"), false),
            new Staffing(SPECIALISTS, "mithuat", "Giáo viên Mĩ thuật", 2, List.of("MITHUAT"), false));

    private TieuHocPlanner() {
    }

    static DemoPlan plan(long seed, int startYear) {
        DemoRandom r = new DemoRandom(seed);
        PersonFactory people = new PersonFactory(r.stream("staff"), startYear);
        List<StaffDraft> staff = new ArrayList<>(LeadershipAndOffice.create(people, 1));
        List<String> classNames = ClassNames.of(SchoolLevel.TIEU_HOC, CLASSES_PER_GRADE);
        List<Subject> subjects = Programme2018.subjects(SchoolLevel.TIEU_HOC);
        Set<String> specialistSubjects = Set.of("NGOAINGU1", "TINHOCCN", "GDTC", "AMNHAC", "MITHUAT");
        List<BlockAssigner.Draft> drafts = new ArrayList<>();

        List<String> departments = new ArrayList<>();
        Map<String, StaffDraft> homerooms = new LinkedHashMap<>();
        for (String c : classNames) {
            int grade = ClassNames.grade(c);
            String department = "Tổ khối " + grade;
            if (!departments.contains(department)) {
                departments.add(department);
            }
            List<String> own = subjects.stream().filter(s -> s.taughtIn(grade))
                    .map(Subject::code).filter(code -> !specialistSubjects.contains(code)).toList();
            StaffDraft t = new StaffDraft(people.person(90, 23, 58), "Giáo viên tiểu học", department, null, own);
            t.homeroomClass = c;
            t.login = DemoAccounts.homeroomLogin(c);
            t.roles.add(Role.GVCN);
            t.roles.add(Role.GVBM);
            homerooms.put(c, t);
            staff.add(t);
            own.forEach(code -> drafts.add(new BlockAssigner.Draft(c, code, t)));
        }
        departments.add(SPECIALISTS);
        for (Staffing s : SPECIALIST_STAFFING) {
            List<StaffDraft> ts = new ArrayList<>();
            for (int i = 0; i < s.count(); i++) {
                StaffDraft t = new StaffDraft(people.person(75, 23, 55), s.position(), s.department(),
                        s.loginStem(), s.subjects());
                t.login = "gv." + s.loginStem() + (i + 1);
                t.roles.add(Role.GVBM);
                ts.add(t);
            }
            staff.addAll(ts);
            for (String code : s.subjects()) {
                Subject subject = subjects.stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
                List<String> taught = classNames.stream().filter(c -> subject.taughtIn(ClassNames.grade(c))).toList();
                BlockAssigner.assign(code, taught, ts, drafts);
            }
        }
        departments.add(LeadershipAndOffice.OFFICE_DEPARTMENT);
        Map<String, String> heads = DepartmentHeads.choose(departments, staff,
                Set.of(DemoAccounts.SUBJECT_TEACHER_TIEU_HOC, DemoAccounts.HOMEROOM_TEACHER_TIEU_HOC),
                r.stream("heads"));

        List<PlannedClass> classes = classNames.stream()
                .map(c -> new PlannedClass(ClassNames.grade(c), c, homerooms.get(c).login)).toList();
        List<DemoPupil> pupils = PupilRoll.of(classNames, startYear, MIN_CLASS_SIZE, MAX_CLASS_SIZE,
                r.stream("pupils"));
        return new DemoPlan(school(r.stream("school"), staff.getFirst().fullName), startYear, departments, heads,
                staff.stream().map(StaffDraft::planned).toList(), classes,
                drafts.stream().map(BlockAssigner.Draft::planned).toList(), pupils);
    }

    private static School school(Random random, String principal) {
        List<String> names = List.of("Kim Đồng", "Võ Thị Sáu", "Nguyễn Văn Trỗi", "Lê Văn Tám", "Hoa Sen");
        String name = names.get(random.nextInt(names.size()));
        return new School("Trường Tiểu học " + name + " (Dữ liệu mẫu)", "29" + String.format(Locale.ROOT, "%06d",
                random.nextInt(1_000_000)), DemoLocality.PROVINCE, DemoLocality.DISTRICT, SchoolLevel.TIEU_HOC,
                principal, true);
    }
}
