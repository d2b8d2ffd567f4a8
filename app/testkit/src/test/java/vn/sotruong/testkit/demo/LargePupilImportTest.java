package vn.sotruong.testkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.pupil.PupilImportResult;
import vn.sotruong.core.school.School;
import vn.sotruong.core.school.SchoolInit;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.pupil.PupilSheet;
import vn.sotruong.data.pupil.PupilXlsxImporter;
import vn.sotruong.testkit.TempStore;

/** The office imports a whole school's pupils (the demo school's 1,482 + 18 more) from one xlsx. */
class LargePupilImportTest {
    @TempDir
    Path dir;

    @Test
    void fifteen_hundred_pupils_import_from_one_file() {
        List<DemoPupil> pupils = new java.util.ArrayList<>(DemoSchoolGenerator.pupils(DemoOptions.thcs(), 2026));
        pupils.addAll(DemoSchoolGenerator.pupils(DemoOptions.thcs().withSeed(7), 2026).stream()
                .map(p -> new DemoPupil("X" + p.code(), p.fullName(), p.gender(), p.birthDate().minusDays(400),
                        p.ethnicity(), p.birthPlace(), p.address(), p.policyFamily(), p.fatherName(),
                        p.fatherOccupation(), p.motherName(), p.motherOccupation(), p.guardianName(), p.phone(),
                        p.grade(), p.className())).limit(18).toList());
        Path file = DemoPupilWorkbook.write(pupils, dir.resolve("toan-truong.xlsx"));
        try (TempStore t = TempStore.open()) {
            var s = t.services();
            s.setup().initialise(new SchoolInit(new School("Trường THCS Kim Liên", null, "Nghệ An", "Nam Đàn",
                    SchoolLevel.THCS, null, false), 2026, "quantri", "Quản trị", "MatKhau#2026".toCharArray()));
            Actor admin = s.auth().login("quantri", "MatKhau#2026".toCharArray(), "test").actor();
            long year = s.years().currentYear().orElseThrow().id();
            long klass = s.organisation().addClass(admin, year, 6, "6A", null);

            PupilSheet sheet = new PupilXlsxImporter().read(file);
            PupilImportResult r = s.pupils().importPupils(admin, klass, sheet.rows(), LocalDate.of(2026, 9, 5));

            assertThat(sheet.issues()).isEmpty();
            assertThat(r.issues()).as(r.issues().stream().limit(5).toList().toString()).isEmpty();
            assertThat(r.imported()).isEqualTo(1500);
            assertThat(s.pupils().count()).isEqualTo(1500);
            assertThat(s.pupils().classList(admin, klass)).hasSize(1500);
            assertThat(s.pupils().register(admin).entries().getLast().registerNo()).isEqualTo(1500);
        }
    }
}
