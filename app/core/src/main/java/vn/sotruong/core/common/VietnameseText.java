package vn.sotruong.core.common;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/** Vietnamese text rules: NFC storage, accent-insensitive matching, and how schools sort names. */
public final class VietnameseText {
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private VietnameseText() {
    }

    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    /** Lower case without tone or vowel marks; đ becomes d. For search keys only. */
    public static String searchKey(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).strip();
    }

    /**
     * Orders full names as class lists do: by given name (the last word), then middle names,
     * then family name, with Vietnamese collation.
     */
    public static Comparator<String> personNameOrder() {
        Collator collator = Collator.getInstance(VI);
        collator.setStrength(Collator.TERTIARY);
        return Comparator.<String, String>comparing(VietnameseText::givenName, collator)
                .thenComparing(VietnameseText::familyAndMiddle, collator);
    }

    static String givenName(String fullName) {
        String n = fullName.strip();
        int i = n.lastIndexOf(' ');
        return i < 0 ? n : n.substring(i + 1);
    }

    static String familyAndMiddle(String fullName) {
        String n = fullName.strip();
        int i = n.lastIndexOf(' ');
        return i < 0 ? "" : n.substring(0, i);
    }
}
