package vn.sotruong.core.correction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import vn.sotruong.core.common.DomainException;

/**
 * Evidence must be a readable image (JPEG, PNG) or a PDF: an image must decode, a PDF must start with its header
 * and end with its end-of-file marker. Anything else is refused ({@code correction.evidenceUnreadable}).
 */
final class EvidenceCheck {
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private EvidenceCheck() {
    }

    /** The media type of readable evidence, or refused. */
    static String mediaType(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException("correction.evidenceUnreadable", fileName);
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException("correction.evidenceTooLarge", fileName, MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(content, "%PDF-")) {
            String tail = new String(content, Math.max(0, content.length - 1024), Math.min(1024, content.length),
                    StandardCharsets.ISO_8859_1);
            if (tail.contains("%%EOF")) {
                return "application/pdf";
            }
            throw new DomainException("correction.evidenceUnreadable", fileName);
        }
        boolean png = content.length > 8 && (content[0] & 0xff) == 0x89 && startsWith(content, "\u0089PNG");
        boolean jpeg = content.length > 3 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xD8;
        if (png || jpeg) {
            try {
                if (ImageIO.read(new ByteArrayInputStream(content)) != null) {
                    return png ? "image/png" : "image/jpeg";
                }
            } catch (IOException | RuntimeException e) {
                // a damaged image is as unreadable as none
            }
        }
        throw new DomainException("correction.evidenceUnreadable", fileName);
    }

    private static boolean startsWith(byte[] b, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (b[i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}
