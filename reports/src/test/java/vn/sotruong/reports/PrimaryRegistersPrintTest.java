package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.assessment.tt27.Overall;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.gradebook.SheetRef;
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
        Pdfs.renderForLooking(pdf, 3, "hoc-ba-tieu-hoc-A4");
        Pdfs.renderForLooking(pdf, 2, "hoc-ba-tieu-hoc-so-yeu-A4");
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
        assertThat(print.parts()).hasSize(2 * rows.size());
        assertThat(print.pages()).isEqualTo(3 * rows.size());
        assertThat(text).contains("TIỂU HỌC", "Dân tộc:", "Năm vào trường:");
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

    @Test
    void theClassSummaryCountsEachLevelAtItsFoot() {
        Path pdf = dir.resolve("bang-tong-hop-CN-A4.pdf");
        books.registers.print(books.clerk, new PrintRequest(RegisterName.BANG_TONG_HOP, RegisterScope.ofClass("4A"),
                RegisterPeriod.YEAR, Paper.A4, null), pdf);
        Pdfs.renderForLooking(pdf, Pdfs.pageSizes(pdf).size(), "bang-tong-hop-counts-A4");
        String text = Pdfs.flatText(pdf);
        // the numbers, worked out from the entered sheets and the results, not from the book
        var book = books.s.gradebook().classBook(books.clerk, c4a.id());
        List<PupilResult> current = books.s.results().classResults(books.clerk, c4a.id()).rows().stream()
                .filter(r -> r.pupil().current()).toList();
        StringBuilder good = new StringBuilder("Số HS: Hoàn thành tốt (T) / Tốt (T)");
        for (var subject : book.subjects()) {
            var sheet = books.s.gradebook().sheet(books.clerk, c4a.id(), SheetRef.subject(subject.code()));
            long t = sheet.rows().stream().filter(r -> r.pupil().current() && "T".equals(r.text("CN.MUC"))).count();
            good.append(' ').append(t);
        }
        assertThat(text).contains(good.toString());
        long htxs = current.stream().filter(r -> r.tt27().overall().level() == Overall.HOAN_THANH_XUAT_SAC).count();
        long htt = current.stream().filter(r -> r.tt27().overall().level() == Overall.HOAN_THANH_TOT).count();
        long ht = current.stream().filter(r -> r.tt27().overall().level() == Overall.HOAN_THANH).count();
        long cht = current.stream().filter(r -> r.tt27().overall().level() == Overall.CHUA_HOAN_THANH).count();
        assertThat(htxs + htt + ht + cht).isEqualTo(current.size());
        assertThat(text).contains("Đánh giá kết quả giáo dục: Hoàn thành xuất sắc " + htxs + " · Hoàn thành tốt " + htt
                + " · Hoàn thành " + ht + " · Chưa hoàn thành " + cht);
        assertThat(text).contains("Số HS: Hoàn thành (H) / Đạt (Đ)", "Số HS: Chưa hoàn thành (C) / Cần cố gắng (C)");
    }
}
