package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.registers.BookOptions;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.core.registers.Verification;

/** The tiểu học books: học bạ tiểu học and the bảng tổng hợp at the four points, printed and read back. */
class PrimaryRegistersPrintTest {
    @TempDir
    static Path dir;
    static DemoSchoolBooks books;
    static SchoolClass c4a;

    @BeforeAll
    static void demoSchool() {
        books = DemoSchoolBooks.openPrimary();
        c4a = books.withPrimaryMarks("4A");
    }

    @AfterAll
    static void close() {
        books.close();
    }

    private static int count(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }

    @Test
    void thePrimarySchoolRecordShowsLevelsTestsQualitiesAndTheYearsEvaluation() {
        Path pdf = dir.resolve("hoc-ba-4A.pdf");
        PrintRecord print = books.registers.print(books.clerk, new PrintRequest(RegisterName.HOC_BA,
                RegisterScope.ofClass("4A"), RegisterPeriod.YEAR, Paper.A4, null), pdf);
        Pdfs.renderForLooking(pdf, 1, "hoc-ba-tieu-hoc-A4");
        String text = Pdfs.flatText(pdf);
        List<PupilResult> rows = books.s.results().classResults(books.clerk, c4a.id()).rows();
        assertThat(text).contains("HỌC BẠ TIỂU HỌC", "Năm học 2026-2027 · Lớp 4A", "Tiếng Việt", "Mức đạt được",
                "Điểm kiểm tra định kì", "Phẩm chất chủ yếu", "Yêu nước", "Năng lực chung: Tự chủ và tự học",
                "Đánh giá kết quả giáo dục (Cuối năm học)", "GIÁO VIÊN CHỦ NHIỆM", "HIỆU TRƯỞNG");
        assertThat(rows).allSatisfy(r -> {
            assertThat(text).contains("Họ và tên học sinh: " + r.pupil().pupil().fullName());
            assertThat(r.tt27().overall().complete()).isTrue();
        });
        assertThat(text).containsAnyOf("Hoàn thành tốt", "Hoàn thành xuất sắc", ": Hoàn thành ");
        assertThat(text).contains("Hoàn thành chương trình lớp học");
        assertThat(print.parts()).hasSameSizeAs(rows);
        assertThat(print.pages()).isEqualTo(rows.size());
        assertThat(Pdfs.fonts(pdf)).allSatisfy(f -> assertThat(f.embedded()).isTrue());
    }

    @Test
    void theClassSummaryPrintsAtEachOfTheFourPoints() {
        Path mid = dir.resolve("bang-tong-hop-GHK1.pdf");
        PrintRecord printed = books.registers.print(books.clerk, new PrintRequest(RegisterName.BANG_TONG_HOP,
                RegisterScope.ofClass("4A"), RegisterPeriod.HK1, Paper.A4, null, BookOptions.point("GHK1")), mid);
        Path end = dir.resolve("bang-tong-hop-CN.pdf");
        books.registers.print(books.clerk, new PrintRequest(RegisterName.BANG_TONG_HOP, RegisterScope.ofClass("4A"),
                RegisterPeriod.YEAR, Paper.A3, null), end);
        Pdfs.renderForLooking(mid, 1, "bang-tong-hop-A4");
        Pdfs.renderForLooking(end, 1, "bang-tong-hop-A3");
        String atMid = Pdfs.flatText(mid);
        String atEnd = Pdfs.flatText(end);
        List<PupilResult> rows = books.s.results().classResults(books.clerk, c4a.id()).rows();
        // the subject, quality and competence headers are printed turned (pdftotext breaks them up): not checked here
        assertThat(atMid).contains("BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ GIÁO DỤC CỦA LỚP 4A",
                "Giữa học kì I · Năm học 2026-2027", "Phẩm chất", "Năng lực cốt lõi", "GIÁO VIÊN CHỦ NHIỆM",
                "Tổng số học sinh: " + rows.size());
        // HTCT (completed the grade) is written only at the end of the year; otherwise only in the legend of each page
        assertThat(count(atMid, "HTCT")).isEqualTo(printed.pages());
        assertThat(atEnd).contains("Cuối năm học · Năm học 2026-2027");
        assertThat(count(atEnd, "HTCT")).isGreaterThan(Pdfs.pageSizes(end).size());
        assertThat(rows).allSatisfy(r -> assertThat(atEnd).contains(r.pupil().pupil().fullName()));
        assertThat(printed.request().ledgerScope()).isEqualTo("class:4A;dg=GHK1");
        assertThat(Pdfs.pageSizes(mid)).containsOnly("842x595");
        assertThat(Pdfs.pageSizes(end)).containsOnly("1191x842");
        assertThat(Pdfs.fonts(end)).allSatisfy(f -> assertThat(f.embedded()).isTrue());
        assertThat(books.registers.verify(books.clerk, mid).status()).isEqualTo(Verification.Status.MATCH);
    }
}
