package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.core.security.Actor;
import vn.sotruong.testkit.demo.DemoAccounts;

/** The vice-principal's monthly notes print as the last section of the class book; a class without notes has none. */
class ClassBookNotesTest {
    @TempDir
    static Path dir;
    static DemoSchoolBooks books;

    @BeforeAll
    static void notesFor7B() {
        books = DemoSchoolBooks.open();
        Actor vp = books.signIn(DemoAccounts.VICE_PRINCIPAL);
        long c7b = books.classNamed("7B").id();
        books.s.notes().write(vp, c7b, YearMonth.of(2026, 10), "Sổ ghi đầy đủ đầu điểm thường xuyên; nhắc nhập điểm giữa kì đúng hạn.");
        books.s.notes().write(vp, c7b, YearMonth.of(2026, 11), "Đã nhập đủ điểm giữa kì. Lớp cần chú ý môn Toán.");
    }

    @AfterAll
    static void close() {
        books.close();
    }

    private static PrintRecord print(String className, Paper paper, Path out) {
        return books.registers.print(books.clerk, new PrintRequest(RegisterName.SO_THEO_DOI_DANH_GIA,
                RegisterScope.ofClass(className), RegisterPeriod.YEAR, paper, null), out);
    }

    @Test
    void theNotesAreTheLastPagesWithMonthDateAndName() {
        Path a4 = dir.resolve("7B-A4.pdf");
        PrintRecord r = print("7B", Paper.A4, a4);
        Pdfs.renderForLooking(a4, r.pages(), "class-book-A4-notes");
        String text = Pdfs.text(a4);
        int notes = text.indexOf("NHẬN XÉT HẰNG THÁNG CỦA BAN GIÁM HIỆU");
        assertThat(notes).isGreaterThan(text.indexOf("TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ HỌC SINH")).isPositive();
        String last = text.substring(notes).replaceAll("\\s+", " ");
        assertThat(last).contains("Lớp 7B", "10/2026", "11/2026", "nhắc nhập điểm giữa kì đúng hạn",
                "Lớp cần chú ý môn Toán", "30/05/2027");
        Path a3 = dir.resolve("7B-A3.pdf");
        print("7B", Paper.A3, a3);
        assertThat(Pdfs.text(a3)).contains("NHẬN XÉT HẰNG THÁNG CỦA BAN GIÁM HIỆU", "Lớp cần chú ý môn Toán");
        assertThat(Pdfs.fonts(a4)).allMatch(f -> f.embedded() && !f.type3());
    }

    @Test
    void aClassWithoutNotesHasNoNotesSection() {
        Path a4 = dir.resolve("7C-A4.pdf");
        print("7C", Paper.A4, a4);
        assertThat(Pdfs.text(a4)).contains("TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ HỌC SINH")
                .doesNotContain("NHẬN XÉT HẰNG THÁNG");
    }
}
