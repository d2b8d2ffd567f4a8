package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import vn.sotruong.core.registers.Verification;

/**
 * Đóng sổ (ADR 0045): a class book has its contents page (Mục lục) right after its cover, listing every section with
 * the page it really starts on; a grade's books have one per class; the pages stay numbered on through the book, the
 * ledger's parts start where they do, the book still verifies, and every page carries the giáp lai strip.
 */
class BookBindingTest {
    private static final Pattern LINE = Pattern.compile("^(.+?) (\\d+)$");
    /** What is printed on the first page of each section a contents page lists. */
    private static final Map<String, String> MARK = Map.of("Bìa", "(THEO LỚP HỌC)", "Mục lục", "MỤC LỤC",
            "Các môn học", "Môn: ", "Tổng hợp kết quả", "TỔNG HỢP KẾT QUẢ",
            "Nhận xét hằng tháng", "NHẬN XÉT HẰNG THÁNG CỦA BAN GIÁM HIỆU");
    @TempDir
    static Path dir;
    static DemoSchoolBooks books;
    static PrintRecord classBook;
    static PrintRecord grade;
    static PrintRecord gradeTwoSided;

    @BeforeAll
    static void print() {
        books = DemoSchoolBooks.open();
        books.withMarks("7A");
        books.s.notes().write(books.signIn(vn.sotruong.testkit.demo.DemoAccounts.VICE_PRINCIPAL),
                books.classNamed("7A").id(), java.time.YearMonth.of(2026, 10), "Sổ ghi đủ đầu điểm thường xuyên.");
        classBook = books.registers.print(books.clerk, request(RegisterScope.ofClass("7A")), dir.resolve("7A.pdf"));
        // only 7A has every mark: the grade is printed as a draft (ADR 0044), which is bound the same way
        PrintRequest grade7 = request(RegisterScope.ofGrade(7)).withDraft(true);
        grade = books.registers.print(books.clerk, grade7, dir.resolve("khoi-7.pdf"));
        gradeTwoSided = books.registers.print(books.clerk, grade7.withTwoSided(true), dir.resolve("khoi-7-hai-mat.pdf"));
        Pdfs.renderForLooking(dir.resolve("7A.pdf"), 2, "binding-contents");
        Pdfs.renderForLooking(dir.resolve("khoi-7-hai-mat.pdf"), 4, "binding-two-sided-back");
    }

    @AfterAll
    static void close() {
        books.close();
    }

    private static PrintRequest request(RegisterScope scope) {
        return new PrintRequest(RegisterName.SO_THEO_DOI_DANH_GIA, scope, RegisterPeriod.YEAR, Paper.A4, null);
    }

    @Test
    void theClassBookListsEverySectionOnThePageItStarts() throws IOException {
        List<String> pages = pageTexts(dir.resolve("7A.pdf"));
        assertThat(pages.get(0)).contains("(THEO LỚP HỌC)");
        Map<String, Integer> contents = contents(pages.get(1));
        assertThat(contents.keySet()).containsExactly("Bìa", "Mục lục", "Các môn học", "Tổng hợp kết quả",
                "Nhận xét hằng tháng");
        assertThat(contents.get("Bìa")).isEqualTo(1);
        assertThat(contents.get("Mục lục")).isEqualTo(2);
        assertThat(contents.get("Các môn học")).isEqualTo(3);
        assertStartsWhereListed(pages, contents);
        // the contents page is counted in the cover's part; the sections after it start where the ledger says
        PrintedPart cover = classBook.parts().getFirst();
        assertThat(cover.label()).isEqualTo("7A · Bìa");
        assertThat(cover.firstPage()).isEqualTo(1);
        assertThat(cover.pages()).isEqualTo(2);
        assertThat(part(classBook, "7A · Toán").firstPage()).isEqualTo(contents.get("Các môn học"));
        assertThat(part(classBook, "7A · Nhận xét hằng tháng").firstPage())
                .isEqualTo(contents.get("Nhận xét hằng tháng"));
    }

    @Test
    void eachClassOfAGradeHasItsOwnContentsAfterItsCover() throws IOException {
        for (PrintRecord print : List.of(grade, gradeTwoSided)) {
            String file = print == grade ? "khoi-7.pdf" : "khoi-7-hai-mat.pdf";
            List<String> pages = pageTexts(dir.resolve(file));
            List<String> classes = new ArrayList<>();
            for (PrintedPart p : print.parts()) {
                if (p.label().endsWith(" · Bìa")) {
                    String unit = p.label().substring(0, p.label().indexOf(" · "));
                    classes.add(unit);
                    String contentsPage = pages.get(p.firstPage());
                    assertThat(contentsPage).as(file + " " + unit).contains("MỤC LỤC", "Lớp " + unit);
                    Map<String, Integer> contents = contents(contentsPage);
                    assertThat(contents.get("Bìa")).isEqualTo(p.firstPage());
                    assertThat(contents.get("Mục lục")).isEqualTo(p.firstPage() + 1);
                    assertStartsWhereListed(pages, contents);
                }
            }
            assertThat(classes).as(file).hasSizeGreaterThan(1);
            assertThat(pages.stream().filter(t -> t.contains("MỤC LỤC")).count()).isEqualTo(classes.size());
        }
        assertThat(gradeTwoSided.parts().stream().filter(p -> p.label().endsWith(" · Bìa")))
                .allMatch(p -> p.firstPage() % 2 == 1);
    }

    @Test
    void pagesAreNumberedOnEachCarriesTheStripAndTheBookStillVerifies() throws IOException {
        for (var print : Map.of("7A.pdf", classBook, "khoi-7.pdf", grade, "khoi-7-hai-mat.pdf", gradeTwoSided)
                .entrySet()) {
            List<String> pages = pageTexts(dir.resolve(print.getKey()));
            List<String> sideways = sidewaysTexts(dir.resolve(print.getKey()));
            assertThat(pages).hasSize(print.getValue().pages());
            for (int n = 1; n <= pages.size(); n++) {
                assertThat(pages.get(n - 1)).as(print.getKey() + " page " + n)
                        .contains("Trang " + n, "sổ in số " + print.getValue().id());
                assertThat(sideways.get(n - 1)).as(print.getKey() + " page " + n).contains("Giáplai");
            }
            Verification v = books.registers.verify(books.clerk, dir.resolve(print.getKey()));
            assertThat(v.status()).isEqualTo(Verification.Status.MATCH);
        }
    }

    private static void assertStartsWhereListed(List<String> pages, Map<String, Integer> contents) {
        contents.forEach((title, page) -> {
            assertThat(MARK).containsKey(title);
            assertThat(pages.get(page - 1)).as(title + " on page " + page).contains(MARK.get(title));
            if (page > 1) {
                assertThat(pages.get(page - 2)).as(title + " not yet on page " + (page - 1))
                        .doesNotContain(MARK.get(title));
            }
        });
    }

    private static PrintedPart part(PrintRecord print, String label) {
        return print.parts().stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow();
    }

    /** The lines of a contents page: section → page number, in order. */
    private static Map<String, Integer> contents(String page) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        boolean inList = false;
        for (String line : page.lines().map(String::strip).toList()) {
            if (line.equals("Phần Trang")) {
                inList = true;
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (inList && m.matches() && MARK.containsKey(m.group(1))) {
                lines.put(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        return lines;
    }

    private static List<String> pageTexts(Path file) throws IOException {
        return pageTexts(file, false);
    }

    /** The letters standing sideways on each page (the giáp lai label, vertical headers), without spaces. */
    private static List<String> sidewaysTexts(Path file) throws IOException {
        return pageTexts(file, true);
    }

    private static List<String> pageTexts(Path file, boolean sideways) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                StringBuilder letters = new StringBuilder();
                PDFTextStripper s = !sideways ? new PDFTextStripper() : new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> glyphs) {
                        glyphs.stream().filter(g -> g.getDir() != 0 && !g.getUnicode().isBlank())
                                .forEach(g -> letters.append(g.getUnicode()));
                    }
                };
                s.setStartPage(i);
                s.setEndPage(i);
                String text = s.getText(pdf);
                texts.add(sideways ? java.text.Normalizer.normalize(letters, java.text.Normalizer.Form.NFC) : text);
            }
        }
        return texts;
    }
}
