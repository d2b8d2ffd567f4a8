package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.PrintedPart;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;

/**
 * Dàn trang hai mặt (ADR 0043): a grade's class book laid out for both sides of the sheet has the binding margin on
 * the left of odd pages and on the right of even ones, each class starts on an odd page (a numbered, stamped blank
 * page before it when needed), the data fingerprint is the one-sided book's, and the ledger keeps the choice.
 */
class TwoSidedPrintTest {
    private static final float CM = 72f / 2.54f;
    @TempDir
    static Path dir;
    static DemoSchoolBooks books;
    static PrintRecord oneSided;
    static PrintRecord twoSided;

    @BeforeAll
    static void printBoth() {
        books = DemoSchoolBooks.open();
        // the vice-principal's note adds a page to 6A's book, so 6A ends on the front of a sheet
        books.s.notes().write(books.signIn(vn.sotruong.testkit.demo.DemoAccounts.VICE_PRINCIPAL),
                books.classNamed("6A").id(), java.time.YearMonth.of(2026, 10), "Sổ ghi đủ đầu điểm thường xuyên.");
        PrintRequest grade6 = new PrintRequest(RegisterName.SO_THEO_DOI_DANH_GIA, RegisterScope.ofGrade(6),
                RegisterPeriod.HK1, Paper.A4, null);
        oneSided = books.registers.print(books.clerk, grade6, dir.resolve("mot-mat.pdf"));
        twoSided = books.registers.print(books.clerk, grade6.withTwoSided(true), dir.resolve("hai-mat.pdf"));
    }

    @AfterAll
    static void close() {
        books.close();
    }

    /** The first page of each class, by class. */
    private static Map<String, Integer> classStarts(PrintRecord print) {
        Map<String, Integer> starts = new LinkedHashMap<>();
        for (PrintedPart p : print.parts()) {
            starts.putIfAbsent(p.label().substring(0, p.label().indexOf(" · ")), p.firstPage());
        }
        return starts;
    }

    @Test
    void eachClassStartsOnTheFrontOfASheetWithBlankPagesOnlyWhereNeeded() throws IOException {
        Map<String, Integer> one = classStarts(oneSided);
        Map<String, Integer> two = classStarts(twoSided);
        assertThat(two.keySet()).containsExactlyElementsOf(one.keySet()).hasSizeGreaterThan(2);
        assertThat(two.values()).allMatch(page -> page % 2 == 1);

        // a blank page goes in wherever the class before ended on a front page
        List<String> classes = new ArrayList<>(one.keySet());
        int blanks = 0;
        int expectedStart = 1;
        for (int i = 0; i < classes.size(); i++) {
            assertThat(two.get(classes.get(i))).as(classes.get(i)).isEqualTo(expectedStart);
            int length = (i + 1 < classes.size() ? one.get(classes.get(i + 1)) : oneSided.pages() + 1)
                    - one.get(classes.get(i));
            expectedStart += length;
            if (i + 1 < classes.size() && expectedStart % 2 == 0) {
                expectedStart++;
                blanks++;
            }
        }
        assertThat(twoSided.pages()).isEqualTo(oneSided.pages() + blanks);
        String text = Pdfs.text(dir.resolve("hai-mat.pdf"));
        assertThat(count(text, "(Trang này để trắng)")).isEqualTo(blanks);
        assertThat(Pdfs.text(dir.resolve("mot-mat.pdf"))).doesNotContain("Trang này để trắng");
        assertThat(blanks).as("6A ends on a front page").isPositive();
        // the blank page is numbered and stamped like every page
        int blankPage = two.get(classes.get(firstAfterBlank(one, classes))) - 1;
        String page = pageText(dir.resolve("hai-mat.pdf"), blankPage);
        assertThat(page).contains("(Trang này để trắng)", "sổ in số " + twoSided.id(), "Trang " + blankPage);
    }

    private static int firstAfterBlank(Map<String, Integer> one, List<String> classes) {
        int start = 1;
        for (int i = 0; i + 1 < classes.size(); i++) {
            start += one.get(classes.get(i + 1)) - one.get(classes.get(i));
            if (start % 2 == 0) {
                return i + 1;
            }
        }
        throw new AssertionError("no blank page in this book");
    }

    @Test
    void theBindingMarginIsOnTheSpineOnBothSides() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("hai-mat.pdf").toFile());
             PDDocument plain = Loader.loadPDF(dir.resolve("mot-mat.pdf").toFile())) {
            List<Float> left = leftmostText(pdf);
            int portraitOdd = 0;
            int portraitEven = 0;
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                if (landscape(pdf, i) || left.get(i) == null) {
                    continue; // landscape pages have their binding margin at the top: not moved
                }
                int number = i + 1;
                if (number % 2 == 1) {
                    assertThat(left.get(i)).as("page %d, front", number).isBetween(2f * CM - 1, 2f * CM + 8);
                    portraitOdd++;
                } else {
                    assertThat(left.get(i)).as("page %d, back", number).isBetween(1f * CM - 1, 1f * CM + 8);
                    portraitEven++;
                }
            }
            assertThat(portraitOdd).isPositive();
            assertThat(portraitEven).isPositive();
            // one-sided, every portrait page keeps the binding margin on the left
            List<Float> plainLeft = leftmostText(plain);
            for (int i = 0; i < plain.getNumberOfPages(); i++) {
                if (!landscape(plain, i) && plainLeft.get(i) != null) {
                    assertThat(plainLeft.get(i)).as("one-sided page %d", i + 1).isGreaterThan(2f * CM - 1);
                }
            }
        }
        Pdfs.renderForLooking(dir.resolve("hai-mat.pdf"), 2, "two-sided-page-2");
        Pdfs.renderForLooking(dir.resolve("hai-mat.pdf"), 3, "two-sided-page-3");
    }

    @Test
    void theLayoutIsNotDataTheLedgerKeepsIt() {
        assertThat(twoSided.fingerprint()).isEqualTo(oneSided.fingerprint());
        assertThat(twoSided.request().twoSided()).isTrue();
        List<PrintRecord> ledger = books.registers.prints(books.clerk, books.yearId());
        PrintRecord kept = ledger.stream().filter(p -> p.id() == twoSided.id()).findFirst().orElseThrow();
        assertThat(kept.request().twoSided()).isTrue();
        assertThat(kept.request().withTwoSided(false)).isEqualTo(
                ledger.stream().filter(p -> p.id() == oneSided.id()).findFirst().orElseThrow().request());
    }

    /** A page turned on its side (written as a portrait page rotated a quarter turn, or wider than high). */
    private static boolean landscape(PDDocument pdf, int index) {
        PDRectangle box = pdf.getPage(index).getMediaBox();
        return box.getWidth() > box.getHeight() || pdf.getPage(index).getRotation() % 180 != 0;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    private static String pageText(Path file, int page) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            return s.getText(pdf);
        }
    }

    /** The x of the leftmost upright glyph of each page, null for a page without text. */
    private static List<Float> leftmostText(PDDocument pdf) throws IOException {
        List<Float> left = new ArrayList<>();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            float[] min = {Float.MAX_VALUE};
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> glyphs) {
                    for (TextPosition g : glyphs) {
                        // upright text only: the giáp lai label stands sideways in the outer margin (ADR 0045)
                        if (!g.getUnicode().isBlank() && g.getDir() == 0) {
                            min[0] = Math.min(min[0], g.getXDirAdj());
                        }
                    }
                }
            };
            s.setStartPage(i);
            s.setEndPage(i);
            s.getText(pdf);
            left.add(min[0] == Float.MAX_VALUE ? null : min[0]);
        }
        return left;
    }
}
