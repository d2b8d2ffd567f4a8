package vn.sotruong.testkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.curriculum.Programme2018;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.security.Role;

/** The in-memory plan: realistic shape, same seed same school, text in NFC. No store needed. */
class DemoPlanTest {
    private static final int YEAR = 2026;

    @Test
    void the_school_year_runs_from_september_to_august() {
        assertThat(DemoSchoolGenerator.schoolYearStart(LocalDate.of(2026, 11, 22))).isEqualTo(2026);
        assertThat(DemoSchoolGenerator.schoolYearStart(LocalDate.of(2026, 9, 1))).isEqualTo(2026);
        assertThat(DemoSchoolGenerator.schoolYearStart(LocalDate.of(2026, 8, 31))).isEqualTo(2025);
    }

    @Test
    void same_seed_gives_the_same_school_and_another_seed_a_different_one() {
        DemoPlan a = DemoSchoolGenerator.plan(DemoOptions.thcs(), YEAR);
        DemoPlan b = DemoSchoolGenerator.plan(DemoOptions.thcs(), YEAR);
        DemoPlan c = DemoSchoolGenerator.plan(DemoOptions.thcs().withSeed(7), YEAR);
        assertThat(b).isEqualTo(a);
        assertThat(c.staff()).isNotEqualTo(a.staff());
        assertThat(c.pupils()).isNotEqualTo(a.pupils());
        assertThat(DemoSchoolGenerator.plan(DemoOptions.tieuHoc(), YEAR))
                .isEqualTo(DemoSchoolGenerator.plan(DemoOptions.tieuHoc(), YEAR));
    }

    @Test
    void thcs_has_36_classes_about_1500_pupils_and_about_70_staff() {
        DemoPlan p = DemoSchoolGenerator.plan(DemoOptions.thcs(), YEAR);
        assertThat(p.school().name()).startsWith("Trường THCS ").endsWith("(Dữ liệu mẫu)");
        assertThat(p.school().demo()).isTrue();
        assertThat(p.classes()).hasSize(36);
        assertThat(p.classes().stream().map(PlannedClass::name)).contains("6A", "6I", "9I");
        assertThat(p.pupils()).hasSizeBetween(1400, 1600);
        assertThat(p.staff()).hasSizeBetween(65, 75);
        assertThat(p.departments()).contains("Tổ Toán–Tin", "Tổ Ngữ văn–GDCD", "Tổ Ngoại ngữ", "Tổ KHTN–Công nghệ",
                "Tổ Sử–Địa", "Tổ Năng khiếu", "Tổ Văn phòng");
        assertThat(p.departmentHeads().keySet()).containsExactlyElementsOf(p.departments());
    }

    @Test
    void every_class_has_a_homeroom_teacher_who_teaches_it_and_every_subject_a_teacher_of_that_subject() {
        for (DemoOptions o : List.of(DemoOptions.thcs(), DemoOptions.tieuHoc())) {
            DemoPlan p = DemoSchoolGenerator.plan(o, YEAR);
            Map<String, PlannedStaff> byLogin = p.staff().stream()
                    .collect(Collectors.toMap(PlannedStaff::login, s -> s));
            Set<String> homeroomLogins = new HashSet<>();
            for (PlannedClass c : p.classes()) {
                assertThat(homeroomLogins.add(c.homeroomLogin())).as("one class per homeroom teacher").isTrue();
                assertThat(byLogin.get(c.homeroomLogin()).roles()).contains(Role.GVCN);
                assertThat(p.assignments()).anyMatch(a -> a.className().equals(c.name())
                        && a.teacherLogin().equals(c.homeroomLogin()));
                for (Subject s : Programme2018.subjects(o.level())) {
                    if (s.taughtIn(c.grade())) {
                        assertThat(p.assignments().stream().filter(a -> a.className().equals(c.name())
                                && a.subjectCode().equals(s.code()))).as(c.name() + " " + s.code()).hasSize(1);
                    }
                }
            }
            assertThat(p.assignments()).allSatisfy(a -> assertThat(byLogin).containsKey(a.teacherLogin()));
        }
    }

    @Test
    void teachers_teach_their_own_subject_with_a_realistic_weekly_load() {
        DemoPlan p = DemoSchoolGenerator.plan(DemoOptions.thcs(), YEAR);
        Map<String, Subject> subjects = new HashMap<>();
        Programme2018.subjects(SchoolLevel.THCS).forEach(s -> subjects.put(s.code(), s));
        Map<String, Double> weekly = new HashMap<>();
        for (PlannedAssignment a : p.assignments()) {
            int grade = Integer.parseInt(a.className().substring(0, 1));
            weekly.merge(a.teacherLogin(), subjects.get(a.subjectCode()).periodsPerGrade().get(grade) / 35.0,
                    Double::sum);
            if (a.teacherLogin().startsWith("gv.toan")) {
                assertThat(a.subjectCode()).isEqualTo("TOAN");
            }
        }
        assertThat(weekly.values()).allSatisfy(periods -> assertThat(periods).isBetween(10.0, 23.0));
    }

    @Test
    void the_documented_demo_accounts_have_their_documented_roles() {
        DemoPlan p = DemoSchoolGenerator.plan(DemoOptions.thcs(), YEAR);
        Map<String, PlannedStaff> byLogin = p.staff().stream()
                .collect(Collectors.toMap(PlannedStaff::login, s -> s));
        assertThat(byLogin.get(DemoAccounts.ADMIN).roles()).containsExactly(Role.QUAN_TRI);
        assertThat(byLogin.get(DemoAccounts.PRINCIPAL).roles()).containsExactly(Role.HIEU_TRUONG);
        assertThat(byLogin.get(DemoAccounts.VICE_PRINCIPAL).roles()).containsExactly(Role.PHO_HIEU_TRUONG);
        assertThat(byLogin.get(DemoAccounts.OFFICE).roles()).containsExactly(Role.VAN_PHONG);
        assertThat(byLogin.get(DemoAccounts.SUBJECT_TEACHER).roles()).containsExactly(Role.GVBM);
        assertThat(byLogin.get(DemoAccounts.HOMEROOM_TEACHER).roles()).containsExactlyInAnyOrder(Role.GVCN, Role.GVBM);
        assertThat(byLogin).containsKeys(DemoAccounts.HEALTH, DemoAccounts.LIBRARY, DemoAccounts.EQUIPMENT,
                DemoAccounts.ACCOUNTANT);
        assertThat(p.classes()).noneMatch(c -> c.homeroomLogin().equals(DemoAccounts.SUBJECT_TEACHER));
        assertThat(p.assignments()).anyMatch(a -> a.teacherLogin().equals(DemoAccounts.SUBJECT_TEACHER)
                && a.subjectCode().equals("TOAN"));
        assertThat(p.classes()).anyMatch(c -> c.name().equals("6A")
                && c.homeroomLogin().equals(DemoAccounts.HOMEROOM_TEACHER));
        assertThat(p.staff().stream().filter(s -> s.roles().contains(Role.TO_TRUONG))).hasSize(6);
    }

    @Test
    void pupils_are_plausible_vietnamese_records_in_nfc() {
        DemoPlan p = DemoSchoolGenerator.plan(DemoOptions.thcs(), YEAR);
        assertThat(p.pupils().stream().map(DemoPupil::code).distinct()).hasSameSizeAs(p.pupils());
        long nguyen = p.pupils().stream().filter(x -> x.fullName().startsWith("Nguyễn ")).count();
        assertThat(nguyen * 100 / p.pupils().size()).isBetween(30L, 46L);
        long kinh = p.pupils().stream().filter(x -> x.ethnicity().equals("Kinh")).count();
        assertThat(kinh * 100 / p.pupils().size()).isBetween(88L, 98L);
        assertThat(p.pupils().stream().map(DemoPupil::gender).distinct()).containsExactlyInAnyOrder(Gender.NAM,
                Gender.NU);
        for (DemoPupil x : p.pupils()) {
            int expectedBirthYear = YEAR - (x.grade() + 5);
            assertThat(x.birthDate().getYear()).isBetween(expectedBirthYear - 1, expectedBirthYear);
            assertThat(x.phone().replace(" ", "")).matches("0(3[2-9]|5[68]|7[06-9]|8[1-689]|9[0-8])\\d{7}");
            assertThat(x.fatherName() != null || x.motherName() != null || x.guardianName() != null).isTrue();
            if (x.fatherName() != null) {
                assertThat(x.fatherName().split(" ")[0]).isEqualTo(x.fullName().split(" ")[0]);
            }
            assertThat(x.address()).contains("huyện Diễn Châu");
            for (String text : new String[] {x.fullName(), x.address(), x.fatherName(), x.motherName()}) {
                if (text != null) {
                    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(text).isTrue();
                }
            }
        }
        assertThat(p.staff()).allSatisfy(s -> assertThat(Normalizer.isNormalized(s.fullName() + s.position(),
                Normalizer.Form.NFC)).isTrue());
    }

    @Test
    void tieu_hoc_has_25_classes_homeroom_teachers_teaching_most_subjects_and_specialists() {
        DemoPlan p = DemoSchoolGenerator.plan(DemoOptions.tieuHoc(), YEAR);
        assertThat(p.school().level()).isEqualTo(SchoolLevel.TIEU_HOC);
        assertThat(p.classes()).hasSize(25);
        assertThat(p.pupils()).hasSizeBetween(775, 875);
        assertThat(p.assignments()).filteredOn(a -> a.className().equals("1A") && a.subjectCode().equals("TOAN"))
                .singleElement().extracting(PlannedAssignment::teacherLogin).isEqualTo("gvcn.1a");
        assertThat(p.assignments()).filteredOn(a -> a.className().equals("3A")
                        && a.subjectCode().equals("NGOAINGU1"))
                .singleElement().extracting(PlannedAssignment::teacherLogin).asString().startsWith("gv.anh");
        assertThat(p.classes()).noneMatch(c -> c.homeroomLogin().equals(DemoAccounts.SUBJECT_TEACHER_TIEU_HOC));
    }
}
