package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.assessment.tt22.Outcome;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.RegisterEntry;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;

/** Sổ đăng bộ and the year-end lists of the demo school, printed and read back. */
class OtherRegistersPrintTest {
    @TempDir
    static Path dir;
    static DemoSchoolBooks books;
    static SchoolClass c9a;

    @BeforeAll
    static void demoSchool() {
        books = DemoSchoolBooks.open();
        c9a = books.withMarks("9A");
    }

    @AfterAll
    static void close() {
        books.close();
    }

    @Test
    void theEnrolmentRegisterListsEveryPupilByNumberWithAccentsIntact() {
        Path pdf = dir.resolve("so-dang-bo.pdf");
        PrintRecord print = books.registers.print(books.clerk, new PrintRequest(RegisterName.SO_DANG_BO,
                RegisterScope.school(), null, Paper.A4, null), pdf);
        Pdfs.renderForLooking(pdf, 1, "enrolment-register-A4");
        String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
        List<RegisterEntry> entries = books.s.pupils().register(books.clerk).entries();
        assertThat(text).contains("SỔ ĐĂNG BỘ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số đăng bộ",
                "Cha, mẹ hoặc người giám hộ", "Dân tộc", "Kinh");
        assertThat(entries).hasSizeGreaterThan(1400);
        assertThat(entries).allSatisfy(e -> assertThat(text).contains(e.fullName()));
        assertThat(print.parts()).hasSameSizeAs(entries);
        assertThat(Pdfs.pageSizes(pdf)).containsOnly("842x595");
        assertThat(Pdfs.fonts(pdf)).allSatisfy(f -> assertThat(f.embedded()).isTrue());
    }

    @Test
    void theEnrolmentRegisterOfAClassHasOnlyItsPupilsAndPrintsOnA3() {
        Path pdf = dir.resolve("so-dang-bo-9A.pdf");
        books.registers.print(books.clerk, new PrintRequest(RegisterName.SO_DANG_BO, RegisterScope.ofClass("9A"),
                null, Paper.A3, null), pdf);
        Pdfs.renderForLooking(pdf, 1, "enrolment-register-A3");
        String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
        List<String> pupils9a = books.s.pupils().classList(books.clerk, c9a.id()).stream().map(p -> p.fullName())
                .toList();
        assertThat(pupils9a).allSatisfy(n -> assertThat(text).contains(n));
        assertThat(text).contains("Lớp 9A", "9A");
        assertThat(Pdfs.pageSizes(pdf)).containsOnly("1191x842");
    }

    @Test
    void theYearEndListsGroupThePupilsByOutcomeWithTheirAwards() {
        Path pdf = dir.resolve("danh-sach-9A.pdf");
        books.registers.print(books.clerk, new PrintRequest(RegisterName.DANH_SACH_CUOI_NAM,
                RegisterScope.ofClass("9A"), RegisterPeriod.YEAR, Paper.A4, null), pdf);
        Pdfs.renderForLooking(pdf, 1, "year-end-lists-A4");
        String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
        List<PupilResult> results = books.s.results().classResults(books.clerk, c9a.id()).rows();
        long promoted = results.stream().filter(r -> r.tt22().promotion().outcome() == Outcome.PROMOTED).count();
        assertThat(promoted).isPositive();
        assertThat(text).contains("DANH SÁCH HỌC SINH CUỐI NĂM HỌC", "HOÀN THÀNH CHƯƠNG TRÌNH THCS",
                "Hoàn thành chương trình THCS", "Tổng số: " + promoted + " học sinh.", "HIỆU TRƯỞNG");
        results.stream().filter(r -> r.tt22().promotion().outcome() == Outcome.REASSESSMENT).findFirst()
                .ifPresent(r -> assertThat(text).contains("KIỂM TRA, ĐÁNH GIÁ LẠI", r.pupil().pupil().fullName()));
        assertThat(results).allSatisfy(r -> assertThat(text).contains(r.pupil().pupil().fullName()));
    }
}
