package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.SheetRow;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;

/**
 * Sổ theo dõi và đánh giá học sinh (theo lớp học) of the demo school's class 7A with a year of marks, printed on A4
 * and A3 and read back: Vietnamese text intact, the data of the store on the pages, Liberation Serif embedded.
 */
class ClassBookPrintTest {
    @TempDir
    static Path dir;
    static DemoSchoolBooks books;
    static SchoolClass c7a;
    static Path a4;
    static Path a3;
    static PrintRecord a4Print;

    @BeforeAll
    static void printBothPapers() {
        books = DemoSchoolBooks.open();
        c7a = books.withMarks("7A");
        a4 = dir.resolve("7A-A4.pdf");
        a3 = dir.resolve("7A-A3.pdf");
        a4Print = books.registers.print(books.clerk, request(Paper.A4), a4);
        books.registers.print(books.clerk, request(Paper.A3), a3);
        Pdfs.renderForLooking(a4, 1, "class-book-A4-cover");
        Pdfs.renderForLooking(a4, 2, "class-book-A4-contents");
        Pdfs.renderForLooking(a4, 3, "class-book-A4-subject");
        Pdfs.renderForLooking(a4, a4Print.pages(), "class-book-A4-summary");
        Pdfs.renderForLooking(a3, 2, "class-book-A3-contents");
        Pdfs.renderForLooking(a3, 3, "class-book-A3-subjects");
        Pdfs.renderForLooking(a3, 10, "class-book-A3-summary");
    }

    @AfterAll
    static void close() {
        books.close();
    }

    private static PrintRequest request(Paper paper) {
        return new PrintRequest(RegisterName.SO_THEO_DOI_DANH_GIA, RegisterScope.ofClass("7A"), RegisterPeriod.YEAR,
                paper, null);
    }

    @Test
    void theBookShowsTheHeaderTheSubjectsAndThePupilsWithTheirAccents() {
        String text = Pdfs.text(a4);
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC SINH", "(THEO LỚP HỌC)", "LỚP 7A", "Năm học 2026-2027",
                "Môn: Ngữ văn", "Môn: Toán", "Môn: Khoa học tự nhiên", "ĐTBmcn", "ĐTB", "GIÁO VIÊN BỘ MÔN",
                "GIÁO VIÊN CHỦ NHIỆM", "HIỆU TRƯỞNG", "TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ HỌC SINH");
        List<String> names = books.s.gradebook().classBook(books.clerk, c7a.id()).roster().stream()
                .map(r -> r.pupil().fullName()).toList();
        assertThat(names).anyMatch(n -> n.startsWith("Nguyễn"));
        // every pupil's full name is on the pages exactly as stored (NFC, every mark in place)
        String oneLine = text.replaceAll("\\s+", " ");
        assertThat(names).allSatisfy(n -> assertThat(oneLine).contains(n));
    }

    @Test
    void theScoresOnThePagesAreTheStoredOnes() {
        SheetRow first = books.s.gradebook().sheet(books.clerk, c7a.id(), SheetRef.subject("TOAN")).rows().getFirst();
        String line = Pdfs.text(a4).lines().filter(l -> l.startsWith("1 " + first.pupil().pupil().fullName()))
                .findFirst().orElseThrow();
        String expected = String.join(" ", first.text("HK1.TX1"), first.text("HK1.TX2")).replace('.', ',');
        assertThat(line).contains(expected);
        assertThat(line).contains(first.result().year().average().toPlainString().replace('.', ','));
    }

    @Test
    void liberationSerifIsEmbeddedAndNothingFallsBackToAType3Font() {
        for (Path pdf : List.of(a4, a3)) {
            assertThat(Pdfs.fonts(pdf)).isNotEmpty().allSatisfy(f -> {
                assertThat(f.name()).contains("LiberationSerif");
                assertThat(f.embedded()).as(f.name()).isTrue();
                assertThat(f.type3()).as(f.name()).isFalse();
            });
        }
    }

    @Test
    void a4IsPortraitWithALandscapeSummaryAndA3IsLandscape() {
        List<String> sizes = Pdfs.pageSizes(a4);
        assertThat(sizes.getFirst()).isEqualTo("595x842");
        assertThat(sizes.getLast()).isEqualTo("842x595");
        assertThat(Pdfs.pageSizes(a3)).containsOnly("1191x842");
        assertThat(Pdfs.pageSizes(a3).size()).isLessThan(sizes.size());
    }

    @Test
    void thePagesAreNumberedOnThroughTheBookAndStampedWithTheLedgerNumber() {
        String text = Pdfs.text(a4);
        assertThat(text).contains("Trang 1", "Trang " + a4Print.pages());
        assertThat(text).contains("sổ in số " + a4Print.id(), "mã dữ liệu " + a4Print.fingerprint().substring(0, 12));
        assertThat(Pdfs.keywords(a4)).isEqualTo("sotruong-ledger:" + a4Print.id() + " sotruong-data:"
                + a4Print.fingerprint());
    }
}
