package vn.sotruong.core.registers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mã dữ liệu: the SHA-256 of the data that fills a book, written canonically (sections in order, fields sorted
 * by name, every value with its type), so the same data always gives the same fingerprint and any change of a
 * printed value gives another. The paper is not part of it: the same data on A4 or A3 is the same book.
 */
public final class DataFingerprint {
    private DataFingerprint() {
    }

    /** A part of a book (a class's subject sheet, its cover, …) and the fingerprint of its data. */
    public record Part(String label, int section, String fingerprint) {
    }

    public static String of(RegisterDocument d) {
        StringBuilder b = new StringBuilder();
        b.append(d.request().register().code()).append('\n').append(d.request().ledgerScope()).append('\n')
                .append(d.request().period().code()).append('\n').append(d.title()).append('\n');
        for (BookSection s : d.sections()) {
            section(b, s, s.rows());
        }
        return sha256(b);
    }

    /** The parts in book order: one per section, or one per {@link BookSection#PART} value of its rows. */
    public static List<Part> parts(RegisterDocument d) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < d.sections().size(); i++) {
            BookSection s = d.sections().get(i);
            Map<String, List<Map<String, Object>>> byPart = new LinkedHashMap<>();
            for (Map<String, Object> row : s.rows()) {
                Object part = row.get(BookSection.PART);
                byPart.computeIfAbsent(part == null ? s.label() : part.toString(), k -> new ArrayList<>()).add(row);
            }
            if (byPart.isEmpty()) {
                byPart.put(s.label(), List.of());
            }
            for (Map.Entry<String, List<Map<String, Object>>> e : byPart.entrySet()) {
                StringBuilder b = new StringBuilder();
                section(b, s, e.getValue());
                parts.add(new Part(e.getKey(), i, sha256(b)));
            }
        }
        return List.copyOf(parts);
    }

    private static void section(StringBuilder b, BookSection s, List<Map<String, Object>> rows) {
        b.append("section ").append(s.template()).append(' ').append(s.label()).append('\n');
        map(b, s.parameters());
        for (Map<String, Object> row : rows) {
            b.append("row ");
            map(b, row);
        }
    }

    private static void map(StringBuilder b, Map<String, Object> values) {
        for (Map.Entry<String, Object> e : new TreeMap<>(values).entrySet()) {
            b.append(e.getKey()).append('=');
            value(b, e.getValue());
            b.append(';');
        }
        b.append('\n');
    }

    private static void value(StringBuilder b, Object v) {
        switch (v) {
            case null -> b.append("null");
            case String s -> b.append('s').append(s.length()).append(':').append(s);
            case Integer n -> b.append('i').append(n);
            case Boolean t -> b.append('b').append(t);
            case byte[] bytes -> b.append('x').append(bytes.length).append(':').append(RegisterService.sha256Hex(bytes));
            default -> throw new IllegalArgumentException("a book holds text, whole numbers, yes/no and images, not "
                    + v.getClass().getName());
        }
    }

    static String sha256(CharSequence text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
