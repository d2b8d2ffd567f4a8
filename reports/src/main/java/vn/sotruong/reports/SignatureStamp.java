package vn.sotruong.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.sotruong.core.signature.SignatureLabel;

/**
 * Dấu chữ ký hiển thị: a box drawn in the signature block under its title (the label's anchor, e.g. "HIỆU
 * TRƯỞNG") — "Đã ký số", the signer's name and the time in Hà Nội — as the signature field's appearance, so it is
 * part of the signed revision. Nothing is drawn when the anchor is not on any page.
 */
final class SignatureStamp {
    static final float WIDTH = 150;
    static final float HEIGHT = 40;
    /** From the title's baseline down to the box's top: the "(Ký, ghi rõ họ tên)" line sits between. */
    static final float BELOW_TITLE = 22;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** Where the box goes: the page and its rectangle in PDF user space. */
    record Place(int page, PDRectangle rect) {
    }

    private SignatureStamp() {
    }

    /** The place under the last occurrence of {@code anchor}, if any page shows it. */
    static Optional<Place> find(PDDocument doc, String anchor) throws IOException {
        String wanted = squeeze(anchor);
        Place[] found = new Place[1];
        PDFTextStripper finder = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (int start = 0; start < positions.size(); start++) {
                    int end = match(positions, start, wanted);
                    if (end >= 0) {
                        TextPosition first = positions.get(start);
                        TextPosition last = positions.get(end);
                        float centre = (first.getXDirAdj() + last.getXDirAdj() + last.getWidthDirAdj()) / 2;
                        float pageHeight = getCurrentPage().getMediaBox().getHeight();
                        float top = pageHeight - first.getYDirAdj() - BELOW_TITLE;
                        found[0] = new Place(getCurrentPageNo() - 1,
                                new PDRectangle(centre - WIDTH / 2, top - HEIGHT, WIDTH, HEIGHT));
                    }
                }
            }
        };
        finder.setSortByPosition(true);
        finder.getText(doc);
        return Optional.ofNullable(found[0]);
    }

    /** The index of the last position of {@code wanted} starting at {@code start}, else -1 (spaces ignored). */
    private static int match(List<TextPosition> positions, int start, String wanted) {
        int at = 0;
        for (int i = start; i < positions.size(); i++) {
            String u = squeeze(positions.get(i).getUnicode());
            if (u.isEmpty()) {
                if (i == start) {
                    return -1;
                }
                continue;
            }
            if (!wanted.startsWith(u, at)) {
                return -1;
            }
            at += u.length();
            if (at == wanted.length()) {
                return i;
            }
        }
        return -1;
    }

    private static String squeeze(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s", "");
    }

    /** A one-page PDF whose signature field's appearance is the stamp, for PDFBox's visual signature option. */
    static InputStream template(PDDocument source, Place place, SignatureLabel label) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(source.getPage(place.page()).getMediaBox());
            doc.addPage(page);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().getFirst();
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(place.rect());
            PDFormXObject xobject = new PDFormXObject(new PDStream(doc));
            xobject.setResources(new PDResources());
            xobject.setFormType(1);
            xobject.setBBox(new PDRectangle(place.rect().getWidth(), place.rect().getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            try (PDPageContentStream cs = new PDPageContentStream(doc, stream);
                 InputStream regular = font("LiberationSerif-Regular.ttf");
                 InputStream bold = font("LiberationSerif-Bold.ttf")) {
                PDFont plain = PDType0Font.load(doc, regular, true);
                PDFont strong = PDType0Font.load(doc, bold, true);
                cs.setStrokingColor(0.05f, 0.35f, 0.6f);
                cs.setLineWidth(1f);
                cs.addRect(0.5f, 0.5f, WIDTH - 1, HEIGHT - 1);
                cs.stroke();
                line(cs, strong, 8.5f, 29, "Đã ký số (PAdES)");
                line(cs, strong, 9.5f, 16.5f, label.signerName());
                line(cs, plain, 8.5f, 5, TIME.format(label.at()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    private static void line(PDPageContentStream cs, PDFont font, float size, float y, String text) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        cs.beginText();
        cs.setNonStrokingColor(0.05f, 0.35f, 0.6f);
        cs.setFont(font, size);
        cs.newLineAtOffset(Math.max(2, (WIDTH - width) / 2), y);
        cs.showText(text);
        cs.endText();
    }

    private static InputStream font(String name) throws IOException {
        InputStream in = SignatureStamp.class.getResourceAsStream("/vn/sotruong/reports/fonts/" + name);
        if (in == null) {
            throw new IOException("font " + name + " missing");
        }
        return in;
    }
}
