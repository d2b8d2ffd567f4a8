package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.registers.PreviewViewModel;
import vn.sotruong.reports.PdfBoxPageImages;

/**
 * Xem trước of a long book (626 A3 pages, the size of a whole school's year book): it opens at once and draws only
 * the pages looked at; paging stops at both ends; a file that is not a PDF is said.
 */
class PreviewViewModelTest {
    @TempDir
    Path dir;

    private Path longBook(int pages) throws Exception {
        Path pdf = dir.resolve("so-toan-truong.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth()));
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(font, 24);
                    s.newLineAtOffset(60, 700);
                    s.showText("Trang " + i);
                    s.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    @Test
    void aLongBookOpensAtOnceAndDrawsOnlyThePagesLookedAt() throws Exception {
        Path pdf = longBook(626);
        PreviewViewModel vm = new PreviewViewModel(Background.direct(), new PdfBoxPageImages(), UiText.vietnamese());
        long start = System.nanoTime();
        vm.open(pdf, "Sổ toàn trường");
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.pageCountProperty().get()).isEqualTo(626);
        assertThat(vm.pageLabelProperty().get()).isEqualTo("Trang 1 / 626");
        assertThat(vm.drawnPages()).isEqualTo(1);
        // generous for a loaded 2-core machine; measured ≈ 0.1–0.3 s
        assertThat(seconds).isLessThan(5);
        // A3 landscape, fit to the 800-pixel view
        assertThat(vm.imageProperty().get().width()).isEqualTo(800);
        assertThat(vm.imageProperty().get().height()).isBetween(563, 567);

        vm.previous();
        assertThat(vm.pageProperty().get()).isZero();
        vm.next();
        assertThat(vm.pageLabelProperty().get()).isEqualTo("Trang 2 / 626");
        vm.show(625);
        assertThat(vm.pageLabelProperty().get()).isEqualTo("Trang 626 / 626");
        vm.next();
        assertThat(vm.pageProperty().get()).isEqualTo(625);
        assertThat(vm.drawnPages()).isEqualTo(3);

        vm.zoomIn();
        assertThat(vm.imageProperty().get().width()).isEqualTo(1000);
        vm.fitWidth();
        assertThat(vm.imageProperty().get().width()).isEqualTo(800);
        vm.close();
        assertThat(vm.imageProperty().get()).isNull();
    }

    @Test
    void aFileThatIsNotAPdfIsSaid() throws Exception {
        Path notPdf = java.nio.file.Files.writeString(dir.resolve("so.pdf"), "không phải PDF");
        PreviewViewModel vm = new PreviewViewModel(Background.direct(), new PdfBoxPageImages(), UiText.vietnamese());
        vm.open(notPdf, "Sổ");
        assertThat(vm.errorProperty().get()).startsWith("Không mở được tệp " + notPdf + " để xem trước");
        assertThat(vm.drawnPages()).isZero();
    }
}
