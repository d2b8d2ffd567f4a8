package vn.sotruong.data.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sotruong.core.attendance.AttendanceCode.EXCUSED;
import static vn.sotruong.core.attendance.AttendanceCode.UNEXCUSED;
import static vn.sotruong.core.attendance.DaySession.SANG;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.registers.TransferDossier;
import vn.sotruong.data.gradebook.GradebookFixture;

/** Hồ sơ chuyển trường: gathered from the books as they are, written as xlsx, refused before a transfer out. */
class TransferDossierTest extends GradebookFixture {
    static final LocalDate LEFT_ON = LocalDate.of(2026, 11, 16);

    @TempDir
    Path out;

    private void anHasATermAndLeaves() {
        save(toanTeacher, "TOAN", term(an, 1, "8;7;9;6,5", "7", "8"));
        s.attendance().enterDay(homeroom, c7a, LocalDate.of(2026, 10, 5), SANG, Map.of(an, EXCUSED));
        s.attendance().enterDay(homeroom, c7a, LocalDate.of(2026, 10, 6), SANG, Map.of(an, UNEXCUSED));
        s.movements().transferOut(admin, an, LEFT_ON, "Trường THCS Lê Lợi, Huế", "Gia đình chuyển nhà");
    }

    @Test
    void theDossierHasTheRecordTheMovementsTheEntriesTheTermResultsAndTheAbsences() {
        anHasATermAndLeaves();

        TransferDossier d = s.dossiers().dossier(homeroom, an);

        assertThat(d.pupil().fullName()).isEqualTo("Lê Văn An");
        assertThat(d.fromClass()).isEqualTo("7A");
        assertThat(d.transfer().otherSchool()).isEqualTo("Trường THCS Lê Lợi, Huế");
        assertThat(d.history()).extracting(TransferDossier.HistoryLine::kind).containsExactly("Nhập học", "Chuyển đi");
        assertThat(d.years()).hasSize(1);
        TransferDossier.YearRecord y = d.years().getFirst();
        assertThat(y.className()).isEqualTo("7A");
        TransferDossier.SubjectLine toan = y.subjects().stream().filter(l -> l.subject().equals("Toán")).findFirst()
                .orElseThrow();
        // (8 + 7 + 9 + 6,5 + 2·7 + 3·8) / 9 = 7.61 → 7,6
        assertThat(toan.hk1()).isEqualTo("7,6");
        assertThat(toan.entries()).containsEntry("HK1 TX1", "8,0").containsEntry("HK1 TX4", "6,5").containsEntry("HK1 GK", "7,0")
                .containsEntry("HK1 CK", "8,0");
        assertThat(y.absences().excused()).isEqualTo(1);
        assertThat(y.absences().unexcused()).isEqualTo(1);
        assertThat(d.fileStem()).isEqualTo("ho-so-chuyen-truong-HS001");
    }

    @Test
    void theXlsxCarriesEverySheetAndTheExportIsAudited() throws IOException {
        anHasATermAndLeaves();

        List<Path> files = s.dossiers().export(admin, an, out, List.of(new DossierXlsxWriter()));

        assertThat(files).containsExactly(out.resolve("ho-so-chuyen-truong-HS001.xlsx"));
        try (InputStream in = Files.newInputStream(files.getFirst()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(texts(wb.getSheet("HOSO"))).contains("Lê Văn An", "HS001", "Trường THCS Lê Lợi, Huế",
                    "16/11/2026", "Gia đình chuyển nhà", "7A");
            assertThat(texts(wb.getSheet("BIENDONG"))).contains("Nhập học", "Chuyển đi", "05/09/2026");
            assertThat(texts(wb.getSheet("MONHOC"))).contains("Toán", "7,6");
            assertThat(texts(wb.getSheet("DIEM"))).contains("HK1 TX1", "HK1 CK");
            Row summary = wb.getSheet("KETQUA").getRow(1);
            assertThat(summary.getCell(8).getNumericCellValue()).isEqualTo(1.0);
            assertThat(summary.getCell(9).getNumericCellValue()).isEqualTo(1.0);
            assertThat(summary.getCell(11).getNumericCellValue()).isEqualTo(2.0);
        }
        assertThat(s.audit().latest(admin, 50)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(AuditKind.PUPIL_DOSSIER_ISSUED);
            assertThat(e.target()).isEqualTo("pupil:HS001");
        });
    }

    @Test
    void aPupilWhoHasNotTransferredOutHasNoDossierAndNoFileIsWritten() throws IOException {
        anHasATermAndLeaves();
        long events = s.audit().latest(admin, 500).size();

        assertThat(code(() -> s.dossiers().export(admin, binh, out, List.of(new DossierXlsxWriter()))))
                .isEqualTo("dossier.notTransferred");
        s.movements().dropOut(admin, chi, LEFT_ON, "Hoàn cảnh gia đình");
        assertThat(code(() -> s.dossiers().dossier(admin, chi))).isEqualTo("dossier.notTransferred");

        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
        assertThat(s.audit().latest(admin, 500)).hasSize((int) events + 1); // the dropout only
    }

    @Test
    void aTeacherWhoDoesNotKeepTheClassRecordsCannotIssueIt() {
        anHasATermAndLeaves();

        assertThat(code(() -> s.dossiers().dossier(toanTeacher, an))).isIn("auth.denied",
                "scope.notYourClassOrSubject");
        assertThat(code(() -> s.dossiers().export(admin, an, out.resolve("missing"), List.of(new DossierXlsxWriter()))))
                .isEqualTo("dossier.outNotWritable");
    }

    static List<String> texts(Sheet sheet) {
        List<String> t = new ArrayList<>();
        for (Row r : sheet) {
            r.forEach(c -> t.add(c.toString()));
        }
        return t;
    }
}
