package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.ClassMonth;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.organisation.TeachingAssignment;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.registers.BookOptions;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.core.registers.Verification;
import vn.sotruong.testkit.demo.DemoAccounts;

/** The THCS books of the registers' second increment: sổ cá nhân, sổ gọi tên, học bạ THCS; printed and read back. */
class MoreRegistersPrintTest {
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

    private static void allFontsEmbedded(Path pdf) {
        assertThat(Pdfs.fonts(pdf)).isNotEmpty().allSatisfy(f -> {
            assertThat(f.embedded()).isTrue();
            assertThat(f.name()).contains("LiberationSerif");
        });
    }

    @Test
    void theTeachersBookIsPrintedEmptyAtTheStartOfTheTermAndAgainFilled() {
        long teacher = books.registers.teacher(books.clerk, DemoAccounts.SUBJECT_TEACHER);
        List<TeachingAssignment> theirs = books.s.organisation().assignments(books.clerk, books.yearId()).stream()
                .filter(a -> a.staffId() == teacher).toList();
        SchoolClass first = books.s.organisation().classes(books.clerk, books.yearId()).stream()
                .filter(c -> theirs.stream().anyMatch(a -> a.classId() == c.id())).findFirst().orElseThrow();
        books.withMarks(first.name());
        Path blank = dir.resolve("so-ca-nhan-trong.pdf");
        books.registers.print(books.clerk, new PrintRequest(RegisterName.SO_CA_NHAN, RegisterScope.school(),
                RegisterPeriod.HK1, Paper.A4, null, BookOptions.teacherBook(teacher, "TOAN", true)), blank);
        Path filled = dir.resolve("so-ca-nhan.pdf");
        PrintRecord print = books.registers.print(books.clerk, new PrintRequest(RegisterName.SO_CA_NHAN,
                RegisterScope.school(), RegisterPeriod.YEAR, Paper.A4, null,
                BookOptions.teacherBook(teacher, "TOAN", false)), filled);
        Pdfs.renderForLooking(filled, 2, "teacher-book-A4");
        Pdfs.renderForLooking(blank, 1, "teacher-book-cover-A4");

        String empty = Pdfs.flatText(blank);
        String full = Pdfs.flatText(filled);
        String name = books.s.organisation().staff(books.clerk).stream().filter(m -> m.id() == teacher).findFirst()
                .orElseThrow().fullName();
        assertThat(empty).contains("SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC SINH", "(Dùng cho giáo viên bộ môn)",
                "Giáo viên: " + name, "Môn học: Toán", "HK1 TX1", "HK1 GK", "HK1 CK", "HK1 ĐTB", "GIÁO VIÊN BỘ MÔN",
                "Sổ in đầu học kì");
        assertThat(empty).doesNotContain("HK2 TX1").doesNotContainPattern("\\d,\\d");
        assertThat(full).contains("HK2 TX1", "CN ĐTB", "Đánh giá lại");
        List<PupilResult> rows = books.s.results().classResults(books.clerk, first.id()).rows();
        assertThat(rows).allSatisfy(r -> {
            assertThat(full).contains(r.pupil().pupil().fullName());
            r.tt22().subject("TOAN").ifPresent(s -> assertThat(full).contains(s.year().display().replace('.', ',')));
        });
        assertThat(print.parts()).hasSize(theirs.stream().map(TeachingAssignment::classId)
                .filter(id -> books.s.gradebook().classBook(books.clerk, id).subject("TOAN")
                        .filter(s -> theirs.stream().anyMatch(a -> a.classId() == id && a.subjectId() == s.id()))
                        .isPresent()).distinct().toList().size());
        assertThat(Pdfs.pageSizes(filled)).containsOnly("595x842");
        allFontsEmbedded(filled);
        assertThat(books.registers.verify(books.clerk, filled).status()).isEqualTo(Verification.Status.MATCH);
    }

    @Test
    void theMonthlyAttendanceSheetHasADayColumnPerDayTheMarksAndTheTotals() {
        SchoolClass c6a = books.classNamed("6A");
        YearMonth november = YearMonth.of(2026, 11);
        Path pdf = dir.resolve("so-goi-ten-6A.pdf");
        PrintRecord print = books.registers.print(books.clerk, new PrintRequest(RegisterName.SO_GOI_TEN,
                RegisterScope.ofClass("6A"), null, Paper.A4, null, BookOptions.month(november)), pdf);
        Pdfs.renderForLooking(pdf, 1, "attendance-month-A4");
        String text = Pdfs.flatText(pdf);
        ClassMonth month = books.s.attendance().month(books.clerk, c6a.id(), november);
        assertThat(text).contains("SỔ GỌI TÊN VÀ GHI ĐIỂM DANH", "Lớp 6A · Tháng 11 năm 2026", "GIÁO VIÊN CHỦ NHIỆM",
                "nghỉ có phép " + month.classTally().excused(), "nghỉ không phép " + month.classTally().unexcused(),
                "Số ngày học trong tháng: " + month.days().size(), "30 T2");
        assertThat(month.pupils()).allSatisfy(p -> assertThat(text).contains(p.fullName()));
        assertThat(month.marks()).isNotEmpty();
        assertThat(print.request().ledgerScope()).isEqualTo("class:6A;thang=11/2026");
        assertThat(Pdfs.pageSizes(pdf)).containsOnly("842x595");
        allFontsEmbedded(pdf);

        // a mark entered later makes the printed sheet stale, naming the class's month
        Verification before = books.registers.verify(books.clerk, pdf);
        assertThat(before.status()).isEqualTo(Verification.Status.MATCH);
        LocalDate day = month.days().getFirst();
        Pupil pupil = month.pupils().getFirst();
        AttendanceCode was = month.code(pupil.id(), day, DaySession.SANG).orElse(null);
        books.s.attendance().enterDay(books.clerk, c6a.id(), day, DaySession.SANG,
                Map.of(pupil.id(), was == AttendanceCode.UNEXCUSED ? AttendanceCode.LATE : AttendanceCode.UNEXCUSED));
        Verification after = books.registers.verify(books.clerk, pdf);
        assertThat(after.status()).isEqualTo(Verification.Status.STALE);
        assertThat(after.changed()).containsExactly("6A · 11/2026");
    }

    @Test
    void theThcsSchoolRecordGivesEveryPupilTheirOwnPageForTheYear() {
        Path pdf = dir.resolve("hoc-ba-9A.pdf");
        PrintRecord print = books.registers.print(books.clerk, new PrintRequest(RegisterName.HOC_BA,
                RegisterScope.ofClass("9A"), RegisterPeriod.YEAR, Paper.A4, null), pdf);
        Pdfs.renderForLooking(pdf, 3, "hoc-ba-thcs-A4");
        Pdfs.renderForLooking(pdf, 1, "hoc-ba-thcs-bia-A4");
        String text = Pdfs.flatText(pdf);
        List<PupilResult> rows = books.s.results().classResults(books.clerk, c9a.id()).rows();
        assertThat(text).contains("HỌC BẠ TRUNG HỌC CƠ SỞ", "Năm học 2026-2027 · Lớp 9A", "Kết quả rèn luyện",
                "Kết quả học tập", "Ngữ văn", "Khoa học tự nhiên", "Nhận xét của giáo viên chủ nhiệm", "HIỆU TRƯỞNG",
                "Tổng số buổi nghỉ học cả năm học");
        assertThat(rows).allSatisfy(r -> assertThat(text).contains("Họ và tên học sinh: " + r.pupil().pupil().fullName()));
        // per pupil the front page (cover and particulars, 2 pages) and the year's page; no earlier year in the demo
        assertThat(print.parts()).hasSize(2 * rows.size());
        assertThat(print.parts()).extracting(p -> p.pages()).containsOnly(2, 1);
        assertThat(print.parts().stream().map(p -> p.firstPage()).distinct()).hasSize(2 * rows.size());
        assertThat(print.pages()).isEqualTo(3 * rows.size());
        assertThat(text).contains("Họ và tên học sinh: " + rows.getFirst().pupil().pupil().fullName(),
                "BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRUNG HỌC CƠ SỞ", "Ngày, tháng, năm sinh:", "Chỗ ở hiện tại:");
        allFontsEmbedded(pdf);
    }

    @Test
    void badRequestsAreRefusedWithAClearMessageAndPrintNothing() {
        int printed = books.registers.prints(books.clerk, books.yearId()).size();
        Path out = dir.resolve("refused.pdf");
        assertThatThrownBy(() -> books.registers.print(books.clerk, new PrintRequest(RegisterName.SO_CA_NHAN,
                RegisterScope.school(), null, Paper.A4, null), out))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code",
                        "registers.teacherAndSubjectRequired");
        long teacher = books.registers.teacher(books.clerk, DemoAccounts.SUBJECT_TEACHER);
        assertThatThrownBy(() -> books.registers.print(books.clerk, new PrintRequest(RegisterName.SO_CA_NHAN,
                RegisterScope.school(), null, Paper.A4, null, BookOptions.teacherBook(teacher, "AMNHAC", false)), out))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "registers.teacherTeachesNone");
        assertThatThrownBy(() -> books.registers.teacher(books.clerk, "khong.co.ai"))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "registers.teacherNotFound");
        assertThatThrownBy(() -> books.registers.print(books.clerk, new PrintRequest(RegisterName.SO_GOI_TEN,
                RegisterScope.ofClass("6A"), null, Paper.A4, null, BookOptions.month(YearMonth.of(2026, 7))), out))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "registers.monthOutsideYear");
        assertThatThrownBy(() -> books.registers.print(books.clerk, new PrintRequest(RegisterName.SO_GOI_TEN,
                RegisterScope.ofClass("6A"), null, Paper.A4, null), out))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "registers.monthRequired");
        assertThatThrownBy(() -> books.registers.print(books.clerk, new PrintRequest(RegisterName.BANG_TONG_HOP,
                RegisterScope.ofClass("6A"), null, Paper.A4, null), out))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "registers.primaryOnly");
        assertThatThrownBy(() -> books.registers.print(books.clerk, new PrintRequest(RegisterName.HOC_BA,
                RegisterScope.ofClass("6A"), null, Paper.A3, null), out))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "registers.paperNotAvailable");
        assertThatThrownBy(() -> books.registers.print(books.clerk, new PrintRequest(RegisterName.SO_CA_NHAN,
                RegisterScope.ofClass("LOP-CO-TEN-RAT-DAI-20"), null, Paper.A4, null,
                BookOptions.teacherBook(teacher, "MON-CO-MA-RAT-DAI-20", true)), out))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "registers.scopeTooLong");
        assertThat(books.registers.prints(books.clerk, books.yearId())).hasSize(printed);
        assertThat(Files.exists(out)).isFalse();
    }
}
