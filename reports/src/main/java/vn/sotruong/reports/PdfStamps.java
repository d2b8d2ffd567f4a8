package vn.sotruong.reports;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sotruong.core.registers.PrintStamp;

/**
 * The stamp in a printed book's PDF metadata: the keywords {@code sotruong-ledger:42 sotruong-data:<sha-256>}
 * (Jasper writes the standard Info entries only; the page footers repeat both in small print).
 */
final class PdfStamps {
    static final String LEDGER = "sotruong-ledger:";
    static final String DATA = "sotruong-data:";
    private static final Pattern KEYWORDS = Pattern.compile(LEDGER + "(\\d{1,18})\\s+" + DATA + "([0-9a-f]{64})");

    private PdfStamps() {
    }

    static String keywords(PrintStamp stamp) {
        return LEDGER + stamp.ledgerId() + " " + DATA + stamp.fingerprint();
    }

    static Optional<PrintStamp> read(Path pdf) throws IOException {
        if (!Files.isRegularFile(pdf)) {
            throw new IOException("not a file: " + pdf);
        }
        byte[] head = new byte[5];
        try (var in = Files.newInputStream(pdf)) {
            if (in.readNBytes(head, 0, 5) < 5 || !new String(head, java.nio.charset.StandardCharsets.US_ASCII)
                    .equals("%PDF-")) {
                return Optional.empty();
            }
        }
        PdfReader reader;
        try {
            reader = new PdfReader(pdf.toString());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        try {
            Map<String, String> info = reader.getInfo();
            String keywords = info.get("Keywords");
            Matcher m = keywords == null ? null : KEYWORDS.matcher(keywords);
            if (m == null || !m.find()) {
                return Optional.empty();
            }
            return Optional.of(new PrintStamp(Long.parseLong(m.group(1)), m.group(2), null));
        } finally {
            reader.close();
        }
    }
}
