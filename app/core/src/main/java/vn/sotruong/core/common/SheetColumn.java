package vn.sotruong.core.common;

import java.util.Arrays;
import java.util.Optional;

/** A column of an import sheet (INTERFACES.md): its header text exactly, and whether the sheet must have it. */
public interface SheetColumn {
    String header();

    boolean required();

    /** The column a header cell names; headers are compared NFC, ignoring surrounding spaces. */
    static <C extends Enum<C> & SheetColumn> Optional<C> ofHeader(Class<C> type, String text) {
        String t = VietnameseText.nfc(text == null ? "" : text);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.header().equals(t)).findFirst();
    }
}
