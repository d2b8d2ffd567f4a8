package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.registers.TransferDossier;
import vn.sotruong.data.pupil.DossierXlsxWriter;

/** Hồ sơ chuyển trường of a 9A pupil of the demo school with a year of marks: PDF read back, fonts, photo, xlsx. */
class TransferDossierPrintTest {
    @TempDir
    static Path dir;
    static DemoSchoolBooks books;
    static Pupil pupil;
    static List<Path> files;
    static TransferDossier dossier;

    @BeforeAll
    static void aPupilOf9AWithAPhotoTransfersOut() throws IOException {
        books = DemoSchoolBooks.open();
        SchoolClass c9a = books.withMarks("9A");
        pupil = books.s.pupils().classList(books.clerk, c9a.id()).getFirst();
        books.s.pupils().recordConsent(books.clerk, pupil.id(), LocalDate.of(2026, 9, 10));
        books.s.photos().setPhoto(books.clerk, pupil.id(), photo());
        books.s.movements().transferOut(books.clerk, pupil.id(), LocalDate.of(2027, 5, 24),
                "Trường THCS Nguyễn Du, Hà Tĩnh", "Gia đình chuyển nơi ở");
        dossier = books.s.dossiers().dossier(books.clerk, pupil.id());
        files = books.s.dossiers().export(books.clerk, pupil.id(), dir,
                List.of(new JasperDossierWriter(), new DossierXlsxWriter()));
        Pdfs.renderForLooking(files.getFirst(), 1, "transfer-dossier-A4");
        Pdfs.renderForLooking(files.getFirst(), 2, "transfer-dossier-A4-p2");
    }

    @AfterAll
    static void close() {
        books.close();
    }

    static byte[] photo() {
        return vn.sotruong.testkit.SamplePhoto.png(90, 120);
    }

    @Test
    void bothFilesAreWrittenUnderThePupilsCode() {
        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly(
                "ho-so-chuyen-truong-" + pupil.code() + ".pdf", "ho-so-chuyen-truong-" + pupil.code() + ".xlsx");
        assertThat(files).allSatisfy(f -> assertThat(Files.size(f)).isPositive());
    }

    @Test
    void thePdfHasTheHeaderTheRecordTheMovementsAndEveryTermResultWithAccentsIntact() {
        String text = Pdfs.text(files.getFirst()).replaceAll("\\s+", " ");
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "HỒ SƠ CHUYỂN TRƯỜNG", pupil.fullName(), pupil.code(), "Trường THCS Nguyễn Du, Hà Tĩnh",
                "24/05/2027", "Gia đình chuyển nơi ở", "QUÁ TRÌNH HỌC TẬP", "Nhập học", "Chuyển đi",
                "KẾT QUẢ NĂM HỌC 2026-2027 · LỚP 9A", "Kết quả học tập", "Kết quả rèn luyện", "Số buổi nghỉ",
                "HIỆU TRƯỞNG");
        TransferDossier.YearRecord year = dossier.years().getFirst();
        TransferDossier.SubjectLine toan = year.subjects().stream().filter(s -> s.subject().equals("Toán"))
                .findFirst().orElseThrow();
        assertThat(toan.hk1()).isNotNull();
        assertThat(toan.hk2()).isNotNull();
        assertThat(toan.year()).isNotNull();
        assertThat(text).contains("Toán " + toan.hk1() + " " + toan.hk2() + " " + toan.year());
        assertThat(year.learningYear()).isNotNull();
    }

    @Test
    void theFontsAreTheEmbeddedLiberationSerifAndThePhotoIsOnThePage() throws IOException {
        assertThat(Pdfs.fonts(files.getFirst())).isNotEmpty().allSatisfy(f -> {
            assertThat(f.embedded()).isTrue();
            assertThat(f.name()).contains("LiberationSerif");
        });
        assertThat(Pdfs.pageSizes(files.getFirst())).containsOnly("595x842");
        try (var d = org.apache.pdfbox.Loader.loadPDF(files.getFirst().toFile())) {
            var resources = d.getPage(0).getResources();
            long images = 0;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    images++;
                }
            }
            assertThat(images).isEqualTo(1);
        }
    }

    @Test
    void noticeSlipsOfTheClassArePrintedFourToAPageAndRecordedInTheHistory() {
        SchoolClass c9a = books.classNamed("9A");
        Path pdf = dir.resolve("phieu-9A.pdf");
        var period = vn.sotruong.core.notice.NoticePeriod.month(java.time.YearMonth.of(2027, 5));

        var batch = books.s.parentNotices().issueTo(books.clerk, c9a.id(), period,
                vn.sotruong.core.notice.NoticeBatch.Form.SLIPS, new JasperNoticeSlips(), pdf);

        Pdfs.renderForLooking(pdf, 1, "notice-slips-A4");
        String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
        var issued = books.s.parentNotices().notices(books.clerk, batch);
        assertThat(issued).hasSize(batch.count()).isNotEmpty();
        // the whole year's marks were typed in May: a message names eight and counts the rest
        assertThat(issued.getFirst().message()).contains("Điểm mới: ", " điểm khác.");
        assertThat(text).contains("PHIẾU THÔNG BÁO GỬI CHA MẸ HỌC SINH", "Kì thông báo: tháng 05/2027", "Lớp 9A",
                "GIÁO VIÊN CHỦ NHIỆM");
        assertThat(issued).allSatisfy(n -> assertThat(text).contains(n.pupilName()));
        assertThat(Pdfs.pageSizes(pdf)).hasSize((issued.size() + 3) / 4);
        assertThat(Pdfs.fonts(pdf)).allSatisfy(f -> assertThat(f.embedded()).isTrue());
        assertThat(books.s.parentNotices().history(books.clerk, books.yearId())).extracting(b -> b.id())
                .contains(batch.id());
    }
}
