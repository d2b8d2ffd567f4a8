package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintProgress;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;

/**
 * A grade's class book printed as one job: progress class by class (done / total, the class now) in grade order,
 * and a job cancelled half-way leaves no PDF, no partial file and no ledger line.
 */
class PrintProgressTest {
    @TempDir
    static Path dir;
    static DemoSchoolBooks books;
    static List<String> grade6;

    @BeforeAll
    static void demoSchool() {
        books = DemoSchoolBooks.open();
        grade6 = books.s.organisation().classes(books.clerk, books.yearId()).stream().filter(c -> c.grade() == 6)
                .map(SchoolClass::name).sorted().toList();
    }

    @AfterAll
    static void close() {
        books.close();
    }

    /** Records every update; cancels once {@code cancelAfter} classes are done. */
    static final class Recorder implements PrintProgress {
        final List<String> updates = new ArrayList<>();
        final int cancelAfter;
        int gathering;
        int done;

        Recorder(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void gathering() {
            gathering++;
        }

        @Override
        public void update(int done, int total, String current) {
            this.done = done;
            updates.add(done + "/" + total + " " + current);
        }

        @Override
        public boolean cancelled() {
            return done >= cancelAfter;
        }
    }

    private static PrintRequest grade6Book() {
        return new PrintRequest(RegisterName.SO_THEO_DOI_DANH_GIA, RegisterScope.ofGrade(6), RegisterPeriod.HK1,
                Paper.A4, null);
    }

    @Test
    void aGradesBookReportsEachClassInOrderAndTheEnd() {
        Recorder progress = new Recorder(Integer.MAX_VALUE);
        Path pdf = dir.resolve("khoi-6.pdf");
        PrintRecord print = books.registers.print(books.clerk, grade6Book(), pdf, progress);

        int n = grade6.size();
        assertThat(n).isGreaterThan(2);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            expected.add(i + "/" + n + " " + grade6.get(i));
        }
        expected.add(n + "/" + n + " ");
        assertThat(progress.updates).containsExactlyElementsOf(expected);
        assertThat(progress.gathering).isEqualTo(1);
        assertThat(pdf).exists();
        assertThat(print.pages()).isPositive();
    }

    @Test
    void aCancelledJobLeavesNoFileAndNoLedgerLine() throws Exception {
        int before = books.registers.prints(books.clerk, books.yearId()).size();
        Recorder progress = new Recorder(2);
        Path pdf = dir.resolve("cancelled").resolve("khoi-6.pdf");
        Files.createDirectories(pdf.getParent());

        DomainException e = catchThrowableOfType(DomainException.class,
                () -> books.registers.print(books.clerk, grade6Book(), pdf, progress));

        assertThat(e.code()).isEqualTo("registers.cancelled");
        assertThat(progress.updates).containsExactly("0/" + grade6.size() + " " + grade6.get(0),
                "1/" + grade6.size() + " " + grade6.get(1), "2/" + grade6.size() + " " + grade6.get(2));
        try (Stream<Path> left = Files.list(pdf.getParent())) {
            assertThat(left).isEmpty();
        }
        assertThat(books.registers.prints(books.clerk, books.yearId())).hasSize(before);
    }
}
