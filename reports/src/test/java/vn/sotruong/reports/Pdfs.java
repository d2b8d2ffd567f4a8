package vn.sotruong.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a printed PDF holds, read with PDFBox: its text, its fonts, its page sizes; and PNGs of pages to look at. */
final class Pdfs {
    /** A font used in the PDF: its name, whether it is embedded, whether it is a Type 3 (drawn) font. */
    record FontUse(String name, boolean embedded, boolean type3) {
    }

    private Pdfs() {
    }

    static String text(Path pdf) {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text on one line, runs of white space (line breaks in cells and headers) as one space. */
    static String flatText(Path pdf) {
        return text(pdf).replaceAll("\\s+", " ");
    }

    static Set<FontUse> fonts(Path pdf) {
        Set<FontUse> fonts = new LinkedHashSet<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : d.getPages()) {
                PDResources r = page.getResources();
                for (COSName name : r.getFontNames()) {
                    PDFont f = r.getFont(name);
                    fonts.add(new FontUse(f.getName(), f.isEmbedded(), f instanceof PDType3Font));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    /** Width × height of every page in points as it is shown (its /Rotate applied), e.g. "595x842". */
    static List<String> pageSizes(Path pdf) {
        List<String> sizes = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : d.getPages()) {
                long w = Math.round(page.getMediaBox().getWidth());
                long h = Math.round(page.getMediaBox().getHeight());
                sizes.add(page.getRotation() % 180 == 0 ? w + "x" + h : h + "x" + w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }

    static String keywords(Path pdf) {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getDocumentInformation().getKeywords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders page {@code page} (1-based) to {@code target/pages/<name>.png} at 60 dpi with poppler's pdftoppm, for a
     * person to look at; does nothing where poppler-utils is not installed.
     */
    static void renderForLooking(Path pdf, int page, String name) {
        Path dir = Path.of("target", "pages");
        try {
            Files.createDirectories(dir);
            Process p = new ProcessBuilder("pdftoppm", "-r", "60", "-png", "-singlefile", "-f", Integer.toString(page),
                    "-l", Integer.toString(page), pdf.toString(), dir.resolve(name).toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no poppler here: nothing to look at, nothing to fail
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Checks with poppler's pdfsig where it is installed: how many signatures it finds valid. */
    static void pdfsig(Path pdf, int signatures, boolean valid) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "pdfsig (poppler-utils) is not installed: the signatures were checked with PDFBox only");
            return;
        }
        String report = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        List<String> lines = report.lines().toList();
        if (valid) {
            org.assertj.core.api.Assertions.assertThat(lines.stream().filter(l -> l.contains("Signature Validation: Signature is Valid."))).hasSize(signatures);
            org.assertj.core.api.Assertions.assertThat(lines.stream().filter(l -> l.contains("Signature Type: ETSI.CAdES.detached"))).hasSize(signatures);
            org.assertj.core.api.Assertions.assertThat(report).contains("Signing Hash Algorithm: SHA-256");
        } else {
            org.assertj.core.api.Assertions.assertThat(lines.stream().filter(l -> l.contains("Signature Validation: Signature is Valid."))).hasSizeLessThan(signatures);
        }
    }

    static int indexOf(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= haystack.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError(needle + " not in the PDF");
    }
}
