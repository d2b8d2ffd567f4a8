package vn.sotruong.testkit.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.organisation.StaffMember;
import vn.sotruong.core.organisation.TeachingAssignment;
import vn.sotruong.core.security.Account;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.LoginResult;
import vn.sotruong.core.security.NewPerson;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.store.Store;
import vn.sotruong.testkit.TempStore;

/** The THCS demo school in a real H2 store, generated once for the class (Argon2 makes it take seconds). */
class DemoSchoolGeneratorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path dir;
    private static Store store;
    private static CoreServices services;
    private static DemoSchool demo;

    @BeforeAll
    static void generate() {
        store = Store.open(dir.resolve("thcs"));
        services = store.services();
        demo = DemoSchoolGenerator.generate(services, DemoOptions.thcs(), TODAY);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void the_school_is_a_marked_demo_thcs_in_the_current_year() {
        assertThat(services.setup().school().demo()).isTrue();
        assertThat(services.setup().school().name()).startsWith("Trường THCS ").endsWith("(Dữ liệu mẫu)");
        assertThat(demo.yearLabel()).isEqualTo("2026-2027");
        assertThat(services.years().currentYear()).get().extracting(y -> y.id()).isEqualTo(demo.yearId());
    }

    @Test
    void counts_match_a_realistic_school() {
        Actor admin = login(DemoAccounts.ADMIN).actor();
        List<SchoolClass> classes = services.organisation().classes(admin, demo.yearId());
        assertThat(classes).hasSize(36).hasSize(demo.classes());
        assertThat(classes.stream().filter(c -> c.grade() == 6)).extracting(SchoolClass::name)
                .containsExactly("6A", "6B", "6C", "6D", "6E", "6F", "6G", "6H", "6I");
        assertThat(demo.pupilCount()).isBetween(1400, 1600);
        List<StaffMember> staff = services.organisation().staff(admin);
        assertThat(staff).hasSizeBetween(65, 75).hasSize(demo.staff());
        assertThat(services.accounts().accounts(admin)).hasSize(staff.size());
        assertThat(services.organisation().departments()).hasSize(7)
                .allSatisfy(d -> assertThat(d.headStaffId()).isNotNull());
    }

    @Test
    void every_pupil_is_stored_enrolled_in_their_class_and_numbered_in_the_register_by_intake() {
        Actor admin = login(DemoAccounts.ADMIN).actor();
        assertThat(services.pupils().count()).isEqualTo(demo.pupilCount()).isEqualTo(1482);
        SchoolClass c6a = services.organisation().classes(admin, demo.yearId()).getFirst();
        List<String> expected6A = demo.pupils().stream().filter(p -> p.className().equals(c6a.name()))
                .map(DemoPupil::code).toList();
        assertThat(services.pupils().classList(admin, c6a.id())).extracting(vn.sotruong.core.pupil.Pupil::code)
                .containsExactlyElementsOf(expected6A);
        var register = services.pupils().register(admin).entries();
        assertThat(register).extracting(vn.sotruong.core.pupil.RegisterEntry::registerNo)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, demo.pupilCount()).boxed().toList());
        // grade 9 came in 2023, so they hold the first numbers; this year's grade 6 the last
        assertThat(register.getFirst().admittedOn()).isEqualTo(LocalDate.of(2023, 9, 5));
        assertThat(register.getFirst().classes().getFirst().className()).startsWith("9");
        assertThat(register.getLast().classes().getFirst().className()).startsWith("6");
        assertThat(register.getLast().admittedOn().getYear()).isEqualTo(2026);
        // the homeroom teacher of 6A reaches the class list
        Actor gvcn = services.auth().login(services.stores().accounts().list().stream()
                .filter(a -> a.staffId() == c6a.homeroomStaffId()).findFirst().orElseThrow().login(),
                DemoAccounts.PASSWORD.toCharArray(), "test").actor();
        assertThat(services.pupils().classList(gvcn, c6a.id())).hasSize(expected6A.size());
    }

    @Test
    void every_class_has_a_homeroom_teacher_and_a_teacher_of_the_right_subject_for_each_of_its_subjects() {
        Actor admin = login(DemoAccounts.ADMIN).actor();
        Map<Long, StaffMember> staff = services.organisation().staff(admin).stream()
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));
        Map<Long, Subject> subjects = services.years().subjects(demo.yearId()).stream()
                .collect(Collectors.toMap(Subject::id, Function.identity()));
        List<TeachingAssignment> assignments = services.organisation().assignments(admin, demo.yearId());
        assertThat(assignments).hasSize(demo.assignments());
        for (SchoolClass c : services.organisation().classes(admin, demo.yearId())) {
            assertThat(c.homeroomStaffId()).as(c.name()).isNotNull();
            for (Subject s : subjects.values()) {
                List<TeachingAssignment> forSubject = assignments.stream()
                        .filter(a -> a.classId() == c.id() && a.subjectId() == s.id()).toList();
                assertThat(forSubject).as(c.name() + " " + s.code()).hasSize(s.taughtIn(c.grade()) ? 1 : 0);
            }
        }
        for (TeachingAssignment a : assignments) {
            Subject s = subjects.get(a.subjectId());
            StaffMember t = staff.get(a.staffId());
            if (s.code().equals("HDTN")) {
                assertThat(services.organisation().classes(admin, demo.yearId())).anyMatch(c ->
                        c.id() == a.classId() && c.homeroomStaffId() == a.staffId());
            } else {
                assertThat(t.position()).as(s.code()).isEqualTo(expectedPosition(s.code()));
            }
        }
    }

    @Test
    void the_documented_demo_accounts_sign_in_without_a_password_change() {
        for (String login : List.of(DemoAccounts.ADMIN, DemoAccounts.PRINCIPAL, DemoAccounts.VICE_PRINCIPAL,
                DemoAccounts.OFFICE, DemoAccounts.SUBJECT_TEACHER, DemoAccounts.HOMEROOM_TEACHER,
                DemoAccounts.HEALTH, DemoAccounts.LIBRARY, DemoAccounts.EQUIPMENT, DemoAccounts.ACCOUNTANT)) {
            LoginResult r = login(login);
            assertThat(r.changeDue()).as(login).isEmpty();
            assertThat(r.actor().permissions()).as(login).isNotEmpty();
        }
        assertThat(login(DemoAccounts.SUBJECT_TEACHER).actor().roles()).containsExactly(Role.GVBM);
        assertThat(login(DemoAccounts.PRINCIPAL).actor().roles()).containsExactly(Role.HIEU_TRUONG);
    }

    @Test
    void the_subject_teacher_sees_only_the_classes_they_teach() {
        Actor teacher = login(DemoAccounts.SUBJECT_TEACHER).actor();
        Actor admin = login(DemoAccounts.ADMIN).actor();
        Set<Long> taught = services.organisation().assignments(teacher, demo.yearId()).stream()
                .map(TeachingAssignment::classId).collect(Collectors.toSet());
        List<SchoolClass> visible = services.organisation().classes(teacher, demo.yearId());
        assertThat(visible).isNotEmpty().hasSizeLessThan(36);
        assertThat(visible).extracting(SchoolClass::id).containsExactlyInAnyOrderElementsOf(taught);
        assertThat(visible).noneMatch(c -> c.homeroomStaffId() != null && c.homeroomStaffId() == teacher.staffId());
        SchoolClass other = services.organisation().classes(admin, demo.yearId()).stream()
                .filter(c -> !taught.contains(c.id())).findFirst().orElseThrow();
        assertThatThrownBy(() -> services.organisation().requireClass(teacher, other.id()))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("scope.notYourClassOrSubject");
    }

    @Test
    void the_homeroom_teacher_of_6a_sees_6a_and_teaches_it_a_subject() {
        Actor gvcn = login(DemoAccounts.HOMEROOM_TEACHER).actor();
        List<SchoolClass> visible = services.organisation().classes(gvcn, demo.yearId());
        SchoolClass sixA = visible.stream().filter(c -> c.name().equals("6A")).findFirst().orElseThrow();
        assertThat(sixA.homeroomStaffId()).isEqualTo(gvcn.staffId());
        assertThat(services.organisation().assignments(gvcn, demo.yearId()))
                .anyMatch(a -> a.classId() == sixA.id());
    }

    @Test
    void names_are_stored_in_nfc() {
        Actor admin = login(DemoAccounts.ADMIN).actor();
        assertThat(services.organisation().staff(admin)).allSatisfy(s -> {
            assertThat(Normalizer.isNormalized(s.fullName(), Normalizer.Form.NFC)).as(s.fullName()).isTrue();
            assertThat(s.gender()).isIn("Nam", "Nữ");
            assertThat(s.birthDate()).isNotNull();
        });
        assertThat(Normalizer.isNormalized(services.setup().school().name(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void a_store_that_already_has_a_school_is_refused_and_left_as_it_was() {
        int before = services.stores().accounts().list().size();
        assertThatThrownBy(() -> DemoSchoolGenerator.generate(services, DemoOptions.tieuHoc(), TODAY))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("store.notEmpty");
        assertThat(services.stores().accounts().list()).hasSize(before);
        assertThat(services.setup().school().level().code()).isEqualTo("thcs");
    }

    @Test
    void the_same_seed_stores_the_same_school() {
        try (Store second = Store.open(dir.resolve("thcs-again"))) {
            DemoSchool again = DemoSchoolGenerator.generate(second.services(), DemoOptions.thcs(), TODAY);
            assertThat(again.pupils()).isEqualTo(demo.pupils());
            assertThat(snapshot(second.services())).isEqualTo(snapshot(services));
        }
    }

    @Test
    void a_failure_half_way_leaves_the_store_empty() {
        try (Store other = Store.open(dir.resolve("half-way"))) {
            CoreServices s = other.services();
            // a login the demo school needs is already taken: the generator fails after creating the school
            s.accounts().createPersonDuringSetup(new NewPerson("Người Có Sẵn", DemoAccounts.SUBJECT_TEACHER,
                    Set.of(Role.GVBM), null, null, "MatKhau#2026".toCharArray()), false);
            assertThatThrownBy(() -> DemoSchoolGenerator.generate(s, DemoOptions.thcs(), TODAY))
                    .isInstanceOf(DomainException.class).extracting("code").isEqualTo("account.loginTaken");
            assertThat(s.setup().isEmpty()).isTrue();
            assertThat(s.years().years()).isEmpty();
            assertThat(s.stores().accounts().list()).extracting(Account::login)
                    .containsExactly(DemoAccounts.SUBJECT_TEACHER);
        }
    }

    /** Everything the store holds about the school, by names rather than generated ids. */
    private static String snapshot(CoreServices s) {
        Actor admin = s.auth().login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD.toCharArray(), "test").actor();
        long year = s.years().currentYear().orElseThrow().id();
        Map<Long, String> staffNames = s.organisation().staff(admin).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::fullName));
        Map<Long, String> classNames = s.organisation().classes(admin, year).stream()
                .collect(Collectors.toMap(SchoolClass::id, SchoolClass::name));
        Map<Long, String> subjectCodes = s.years().subjects(year).stream()
                .collect(Collectors.toMap(Subject::id, Subject::code));
        StringBuilder b = new StringBuilder(s.setup().school().toString()).append('\n');
        s.organisation().staff(admin).forEach(m -> b.append(m.withId(0)).append('\n'));
        s.accounts().accounts(admin).stream().sorted(java.util.Comparator.comparing(Account::login))
                .forEach(a -> b.append(a.login()).append(' ').append(a.fullName()).append(' ')
                        .append(new java.util.TreeSet<>(a.roles())).append('\n'));
        s.organisation().classes(admin, year).forEach(c -> b.append(c.name()).append(" gvcn ")
                .append(staffNames.get(c.homeroomStaffId())).append('\n'));
        s.organisation().assignments(admin, year).stream()
                .map(a -> classNames.get(a.classId()) + " " + subjectCodes.get(a.subjectId()) + " "
                        + staffNames.get(a.staffId())).sorted().forEach(line -> b.append(line).append('\n'));
        s.organisation().departments().forEach(d -> b.append(d.name()).append(" head ")
                .append(staffNames.get(d.headStaffId())).append('\n'));
        b.append(gradebook(s, admin, year));
        return b.toString();
    }

    @Test
    void the_year_has_its_attendance_with_pupils_at_and_over_the_45_buoi_limit_in_three_classes() {
        Actor admin = login(DemoAccounts.ADMIN).actor();
        Map<String, Long> ids = services.stores().pupils().all().stream()
                .collect(java.util.stream.Collectors.toMap(vn.sotruong.core.pupil.Pupil::code,
                        vn.sotruong.core.pupil.Pupil::id));
        Map<Long, vn.sotruong.core.attendance.AbsenceTally> year = services.stores().attendance()
                .yearTallies(demo.yearId(), ids.values());

        DemoSchoolGenerator.pupilsAtTheAbsenceLimit(DemoOptions.thcs(), 2026).forEach((code, days) ->
                assertThat(year.get(ids.get(code)).absences()).as(code).isEqualTo(days));
        assertThat(year.values().stream().filter(t -> t.absences() > 45)).hasSize(3);
        assertThat(services.attendance().sessions()).containsExactly(vn.sotruong.core.attendance.DaySession.SANG);
        SchoolClass c6a = services.organisation().classes(admin, demo.yearId()).getFirst();
        var october = services.attendance().month(login(DemoAccounts.HOMEROOM_TEACHER).actor(), c6a.id(),
                java.time.YearMonth.of(2026, 10));
        assertThat(october.days()).hasSize(22);
        assertThat(october.marks()).isNotEmpty();
        assertThat(october.editable()).isTrue();
    }

    /** The year's gradebook by pupil code: every cell with its value, version, who and when, and its history size. */
    private static String gradebook(CoreServices s, Actor admin, long year) {
        Map<Long, String> codes = new java.util.HashMap<>();
        for (SchoolClass c : s.organisation().classes(admin, year)) {
            s.gradebook().classBook(admin, c.id()).roster().forEach(r -> codes.put(r.pupilId(), r.pupil().code()));
        }
        List<String> lines = s.stores().gradebook().entries(year, codes.keySet()).stream()
                .map(e -> codes.get(e.pupilId()) + " " + e.key().area() + " " + e.key().item() + " " + e.slot() + " "
                        + e.value().text() + " v" + e.version() + " " + e.enteredBy() + " " + e.enteredAt())
                .sorted().toList();
        return lines.size() + " cells, digest " + Integer.toHexString(lines.hashCode()) + ", edits "
                + s.stores().gradebook().editCountsByLogin(year) + '\n';
    }

    private static LoginResult login(String login) {
        return services.auth().login(login, DemoAccounts.PASSWORD.toCharArray(), "test");
    }

    private static String expectedPosition(String code) {
        return switch (code) {
            case "TOAN" -> "Giáo viên Toán";
            case "TINHOC" -> "Giáo viên Tin học";
            case "NGUVAN" -> "Giáo viên Ngữ văn";
            case "GDCD", "GDDP" -> "Giáo viên Giáo dục công dân";
            case "NGOAINGU1" -> "Giáo viên Tiếng Anh";
            case "KHTN" -> "Giáo viên Khoa học tự nhiên";
            case "CONGNGHE" -> "Giáo viên Công nghệ";
            case "LSDL" -> "Giáo viên Lịch sử và Địa lí";
            case "GDTC" -> "Giáo viên Giáo dục thể chất";
            case "AMNHAC" -> "Giáo viên Âm nhạc";
            case "MITHUAT" -> "Giáo viên Mĩ thuật";
            default -> throw new AssertionError(code);
        };
    }
}
