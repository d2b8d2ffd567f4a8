package vn.sotruong.testkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.organisation.TeachingAssignment;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.security.Actor;
import vn.sotruong.testkit.TempStore;

/** The tiểu học variant, through {@link TempStore} as other modules' tests will use it. */
class TieuHocDemoSchoolTest {
    @Test
    void tieu_hoc_demo_school_has_25_classes_with_homeroom_teachers_teaching_most_subjects() {
        try (TempStore t = TempStore.open()) {
            DemoSchool demo = DemoSchoolGenerator.generate(t.services(), DemoOptions.tieuHoc(), LocalDate.of(2027, 3, 2));
            assertThat(demo.yearLabel()).isEqualTo("2026-2027");
            assertThat(t.services().setup().school().level()).isEqualTo(SchoolLevel.TIEU_HOC);
            Actor gvcn = t.services().auth().login(DemoAccounts.HOMEROOM_TEACHER_TIEU_HOC,
                    DemoAccounts.PASSWORD.toCharArray(), "test").actor();
            List<SchoolClass> mine = t.services().organisation().classes(gvcn, demo.yearId());
            assertThat(mine).extracting(SchoolClass::name).containsExactly("1A");
            List<TeachingAssignment> teaches = t.services().organisation().assignments(gvcn, demo.yearId());
            assertThat(teaches).hasSizeGreaterThanOrEqualTo(5);
            Actor admin = t.services().auth().login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD.toCharArray(), "test")
                    .actor();
            assertThat(t.services().organisation().classes(admin, demo.yearId())).hasSize(25)
                    .allSatisfy(c -> assertThat(c.homeroomStaffId()).isNotNull());
            assertThat(demo.staff()).isBetween(40, 50);
            assertThat(demo.pupilCount()).isBetween(775, 875);
            assertThat(t.services().pupils().count()).isEqualTo(demo.pupilCount()).isEqualTo(836);
            assertThat(t.services().pupils().classList(gvcn, mine.getFirst().id())).isNotEmpty();
        }
    }

    @Test
    void temp_store_deletes_its_folder_on_close() {
        java.nio.file.Path dir;
        try (TempStore t = TempStore.open()) {
            dir = t.dir();
            assertThat(t.services().setup().isEmpty()).isTrue();
            assertThat(dir).isDirectory();
        }
        assertThat(dir).doesNotExist();
    }
}
