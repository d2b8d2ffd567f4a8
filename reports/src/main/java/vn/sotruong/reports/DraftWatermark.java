package vn.sotruong.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Bản nháp: writes "BẢN NHÁP – CHƯA ĐỦ DỮ LIỆU" large, light grey and diagonal across every page of a draft book,
 * after the book is laid out and exported (the layouts stay the same for drafts and final books). The words are
 * real text in the embedded Liberation Serif, so they can be found in the file; the page's own content shows
 * through them.
 */
final class DraftWatermark {
    /** The words on every page of a draft. */
    static final String TEXT = "BẢN NHÁP – CHƯA ĐỦ DỮ LIỆU";
    private static final String FONT = "/vn/sotruong/reports/fonts/LiberationSerif-Bold.ttf";
    /** How much of the page's diagonal the words span. */
    private static final float SPAN = 0.8f;

    private DraftWatermark() {
    }

    /** Copies the exported book {@code pdf} into {@code out} with the watermark on every page. */
    static void stamp(byte[] pdf, OutputStream out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); InputStream font = DraftWatermark.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IOException("font missing: " + FONT);
            }
            PDType0Font bold = PDType0Font.load(doc, font, true);
            PDExtendedGraphicsState light = new PDExtendedGraphicsState();
            light.setNonStrokingAlphaConstant(0.35f);
            float unitWidth = bold.getStringWidth(TEXT) / 1000f;
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                float w = box.getWidth();
                float h = box.getHeight();
                double diagonal = Math.hypot(w, h);
                float size = (float) (diagonal * SPAN / unitWidth);
                double angle = Math.atan2(h, w);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs.setGraphicsStateParameters(light);
                    cs.setNonStrokingColor(0.6f, 0.6f, 0.6f);
                    cs.beginText();
                    cs.setFont(bold, size);
                    // centre of the page, turned along its diagonal; the words centred on it, their middle at it
                    Matrix m = Matrix.getTranslateInstance(box.getLowerLeftX() + w / 2, box.getLowerLeftY() + h / 2);
                    m.rotate(angle);
                    m.translate(-unitWidth * size / 2, -size * 0.35f);
                    cs.setTextMatrix(m);
                    cs.showText(TEXT);
                    cs.endText();
                }
            }
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(pdf.length + 65536);
            doc.save(buffer);
            buffer.writeTo(out);
        }
    }
}
