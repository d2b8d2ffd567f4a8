package vn.sotruong.core.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CSV of notices (RFC 4180, UTF-8 with a byte-order mark, CRLF): Mã học sinh, Học sinh, Phụ huynh, Điện thoại,
 * Nội dung — what an SMS gateway or a mail merge takes.
 */
final class NoticeCsv {
    static final List<String> HEADERS = List.of("Mã học sinh", "Học sinh", "Phụ huynh", "Điện thoại", "Nội dung");

    private NoticeCsv() {
    }

    static void write(List<ParentNotice> list, OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, HEADERS);
        for (ParentNotice n : list) {
            line(b, java.util.Arrays.asList(n.pupilCode(), n.pupilName(), n.parent(), n.phone(), n.message()));
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i) == null ? "" : cells.get(i);
            b.append(i == 0 ? "" : ",");
            // every cell quoted: messages hold commas, and a phone keeps its leading 0 as text
            b.append('"').append(v.replace("\"", "\"\"")).append('"');
        }
        b.append("\r\n");
    }
}
