package vn.sotruong.data.backup;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code manifest.json} in and out. The manifest is small and flat, so a few lines of JSON are
 * enough and the data module carries no JSON library; any reader (a person, {@code jq}) can read it.
 */
final class ManifestJson {
    private ManifestJson() {
    }

    static String write(BackupManifest m) {
        StringBuilder b = new StringBuilder(1024).append("{\n");
        field(b, "format", m.format()).append(",\n");
        b.append("  \"school\": {");
        string(b.append("\"code\": "), m.schoolCode()).append(", ");
        string(b.append("\"name\": "), m.schoolName()).append("},\n");
        string(b.append("  \"appVersion\": "), m.appVersion()).append(",\n");
        string(b.append("  \"schemaVersion\": "), m.schemaVersion()).append(",\n");
        string(b.append("  \"h2Version\": "), m.h2Version()).append(",\n");
        string(b.append("  \"createdUtc\": "), m.createdUtc().toString()).append(",\n");
        b.append("  \"rowCounts\": {");
        String sep = "\n";
        for (var e : m.rowCounts().entrySet()) {
            string(b.append(sep).append("    "), e.getKey()).append(": ").append(e.getValue());
            sep = ",\n";
        }
        b.append("\n  },\n  \"sha256\": {");
        sep = "\n";
        for (var e : m.sha256().entrySet()) {
            string(b.append(sep).append("    "), e.getKey()).append(": ");
            string(b, e.getValue());
            sep = ",\n";
        }
        return b.append("\n  }\n}\n").toString();
    }

    /** Throws {@link IllegalArgumentException} for anything that is not a manifest this build understands. */
    static BackupManifest read(String json) {
        Map<String, Object> root = new Parser(json).document();
        Map<String, Object> school = object(root, "school");
        Map<String, Long> counts = new TreeMap<>();
        object(root, "rowCounts").forEach((k, v) -> counts.put(k, number(v, k)));
        Map<String, String> hashes = new TreeMap<>();
        object(root, "sha256").forEach((k, v) -> hashes.put(k, text(v, k)));
        try {
            return new BackupManifest(Math.toIntExact(number(root.get("format"), "format")),
                    text(school.get("code"), "school.code"), text(school.get("name"), "school.name"),
                    text(root.get("appVersion"), "appVersion"), text(root.get("schemaVersion"), "schemaVersion"),
                    text(root.get("h2Version"), "h2Version"), Instant.parse(text(root.get("createdUtc"), "createdUtc")),
                    counts, hashes);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("manifest: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof Map<?, ?> o)) {
            throw new IllegalArgumentException("manifest: no object " + key);
        }
        return (Map<String, Object>) o;
    }

    private static long number(Object v, String key) {
        if (!(v instanceof Long l)) {
            throw new IllegalArgumentException("manifest: " + key + " is not a whole number");
        }
        return l;
    }

    private static String text(Object v, String key) {
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("manifest: " + key + " is not a string");
        }
        return s;
    }

    private static StringBuilder field(StringBuilder b, String name, long value) {
        return string(b.append("  "), name).append(": ").append(value);
    }

    private static StringBuilder string(StringBuilder b, String s) {
        b.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }

    /** Objects, strings and whole numbers: what a manifest holds. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Map<String, Object> document() {
            Object v = value();
            skipSpace();
            if (i != s.length() || !(v instanceof Map<?, ?>)) {
                throw fail("a single object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) v;
            return m;
        }

        private Object value() {
            skipSpace();
            if (i >= s.length()) {
                throw fail("a value");
            }
            char c = s.charAt(i);
            if (c == '{') {
                return object();
            }
            if (c == '"') {
                return string();
            }
            if (c == '-' || Character.isDigit(c)) {
                int start = i++;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                try {
                    return Long.parseLong(s.substring(start, i));
                } catch (NumberFormatException e) {
                    throw fail("a whole number");
                }
            }
            throw fail("an object, a string or a number");
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            skipSpace();
            if (peek() == '}') {
                i++;
                return m;
            }
            while (true) {
                skipSpace();
                if (peek() != '"') {
                    throw fail("a name");
                }
                String key = string();
                skipSpace();
                expect(':');
                if (m.put(key, value()) != null) {
                    throw fail("names used once");
                }
                skipSpace();
                char c = next();
                if (c == '}') {
                    return m;
                }
                if (c != ',') {
                    throw fail("',' or '}'");
                }
            }
        }

        private String string() {
            i++;
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw fail("four hex digits");
                        }
                        try {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException x) {
                            throw fail("four hex digits");
                        }
                        i += 4;
                    }
                    default -> throw fail("an escape");
                }
            }
        }

        private void expect(char c) {
            if (next() != c) {
                throw fail("'" + c + "'");
            }
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        private char next() {
            if (i >= s.length()) {
                throw fail("more text");
            }
            return s.charAt(i++);
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private IllegalArgumentException fail(String expected) {
            return new IllegalArgumentException("manifest: expected " + expected + " at " + i);
        }
    }
}
