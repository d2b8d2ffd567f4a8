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
 * A THCS of 36 classes (6A–9I), about 1,500 pupils and about 70 staff. Teacher numbers follow the
 * weekly periods of the 2018 programme so loads come out near the 19-period norm; the homeroom
 * teacher of each class teaches it a subject and also takes its Hoạt động trải nghiệm periods.
 */
final class ThcsPlanner {
    static final int CLASSES_PER_GRADE = 9;
    private static final int MIN_CLASS_SIZE = 38;
    private static final int MAX_CLASS_SIZE = 45;
    private static final String HOMEROOM_SUBJECT = "HDTN";
    private static final List<Staffing> STAFFING = List.of(
            new Staffing("Tổ Toán–Tin", "toan", "Giáo viên Toán", 9, List.of("TOAN"), true),
            new Staffing("Tổ Toán–Tin", "tin", "Giáo viên Tin học", 2, List.of("TINHOC"), false),
            new Staffing("Tổ Ngữ văn–GDCD", "van", "Giáo viên Ngữ văn", 9, List.of("NGUVAN"), true),
            new Staffing("Tổ Ngữ văn–GDCD", "gdcd", "Giáo viên Giáo dục công dân", 4, List.of("GDCD", "GDDP"), true),
            new Staffing("Tổ Ngoại ngữ", "anh", "Giáo viên Tiếng Anh", 7, List.of("NGOAINGU1"), true),
            new Staffing("Tổ KHTN–Công nghệ", "khtn", "Giáo viên Khoa học tự nhiên", 9, List.of("KHTN"), true),
            new Staffing("Tổ KHTN–Công nghệ", "congnghe", "Giáo viên Công nghệ", 3, List.of("CONGNGHE"), false),
            new Staffing("Tổ Sử–Địa", "lsdl", "Giáo viên Lịch sử và Địa lí", 7, List.of("LSDL"), true),
            new Staffing("Tổ Năng khiếu", "gdtc", "Giáo viên Giáo dục thể chất", 4, List.of("GDTC"), false),
            new Staffing("Tổ Năng khiếu", "amnhac", "Giáo viên Âm nhạc", 3, List.of("AMNHAC"), false),
            new Staffing("Tổ Năng khiếu", "mithuat", "Giáo viên Mĩ thuật", 2, List.of("MITHUAT"), false));

    private ThcsPlanner() {
    }

    static DemoPlan plan(long seed, int startYear) {
        DemoRandom r = new DemoRandom(seed);
        PersonFactory people = new PersonFactory(r.stream("staff"), startYear);
        List<StaffDraft> staff = new ArrayList<>(LeadershipAndOffice.create(people, 2));
        Map<Staffing, List<StaffDraft>> teachersBy = new LinkedHashMap<>();
        for (Staffing s : STAFFING) {
            List<StaffDraft> ts = new ArrayList<>();
            for (int i = 0; i < s.count(); i++) {
                ts.add(new StaffDraft(people.person(72, 23, 58), s.position(), s.department(), s.loginStem(),
                        s.subjects()));
            }
            teachersBy.put(s, ts);
            staff.addAll(ts);
        }
        List<String> classNames = ClassNames.of(SchoolLevel.THCS, CLASSES_PER_GRADE);
        Map<String, Subject> subjects = subjectsByCode();

        List<BlockAssigner.Draft> drafts = new ArrayList<>();
        for (Map.Entry<Staffing, List<StaffDraft>> e : teachersBy.entrySet()) {
            for (String code : e.getKey().subjects()) {
                List<String> taught = classNames.stream()
                        .filter(c -> subjects.get(code).taughtIn(ClassNames.grade(c))).toList();
                BlockAssigner.assign(code, taught, e.getValue(), drafts);
            }
        }

        // gv.toan1 is documented as a subject teacher without a class of their own
        StaffDraft subjectTeacher = teachersBy.get(STAFFING.getFirst()).getFirst();
        Map<String, List<StaffDraft>> candidates = new LinkedHashMap<>();
        for (BlockAssigner.Draft d : drafts) {
            Staffing s = staffingOf(d.teacher(), teachersBy);
            if (s.homeroomCandidates() && d.teacher() != subjectTeacher) {
                candidates.computeIfAbsent(d.className(), k -> new ArrayList<>()).add(d.teacher());
            }
        }
        Map<String, StaffDraft> homerooms = new HomeroomMatcher().match(classNames, candidates,
                r.stream("homeroom"));
        for (String c : classNames) {
            StaffDraft t = homerooms.get(c);
            t.homeroomClass = c;
            drafts.add(new BlockAssigner.Draft(c, HOMEROOM_SUBJECT, t));
        }

        nameTeachers(teachersBy);
        List<String> departments = new ArrayList<>(STAFFING.stream().map(Staffing::department).distinct().toList());
        departments.add(LeadershipAndOffice.OFFICE_DEPARTMENT);
        Map<String, String> heads = DepartmentHeads.choose(departments, staff,
                Set.of(DemoAccounts.SUBJECT_TEACHER, DemoAccounts.HOMEROOM_TEACHER), r.stream("heads"));

        List<PlannedClass> classes = classNames.stream()
                .map(c -> new PlannedClass(ClassNames.grade(c), c, homerooms.get(c).login)).toList();
        List<DemoPupil> pupils = PupilRoll.of(classNames, startYear, MIN_CLASS_SIZE, MAX_CLASS_SIZE,
                r.stream("pupils"));
        return new DemoPlan(school(r.stream("school"), staff.getFirst().fullName), startYear, departments, heads,
                staff.stream().map(StaffDraft::planned).toList(), classes,
                drafts.stream().map(BlockAssigner.Draft::planned).toList(), pupils);
    }

    /** Homeroom teachers are gvcn.6a …; the others gv.toan1, gv.toan2, … in their order of hiring. */
    private static void nameTeachers(Map<Staffing, List<StaffDraft>> teachersBy) {
        for (List<StaffDraft> ts : teachersBy.values()) {
            int n = 0;
            for (StaffDraft t : ts) {
                t.roles.add(Role.GVBM);
                if (t.homeroomClass != null) {
                    t.login = DemoAccounts.homeroomLogin(t.homeroomClass);
                    t.roles.add(Role.GVCN);
                } else {
                    t.login = "gv." + t.loginStem + (++n);
                }
            }
        }
    }

    private static Staffing staffingOf(StaffDraft t, Map<Staffing, List<StaffDraft>> teachersBy) {
        return teachersBy.entrySet().stream().filter(e -> e.getValue().contains(t)).findFirst().orElseThrow()
                .getKey();
    }

    private static Map<String, Subject> subjectsByCode() {
        Map<String, Subject> m = new LinkedHashMap<>();
        Programme2018.subjects(SchoolLevel.THCS).forEach(s -> m.put(s.code(), s));
        return m;
    }

    private static School school(Random random, String principal) {
        List<String> names = List.of("Lê Hồng Phong", "Nguyễn Du", "Lý Tự Trọng", "Phan Bội Châu", "Trần Phú");
        String name = names.get(random.nextInt(names.size()));
        return new School("Trường THCS " + name + " (Dữ liệu mẫu)", "29" + String.format(Locale.ROOT, "%06d",
                random.nextInt(1_000_000)), DemoLocality.PROVINCE, DemoLocality.DISTRICT, SchoolLevel.THCS, principal,
                true);
    }
}
