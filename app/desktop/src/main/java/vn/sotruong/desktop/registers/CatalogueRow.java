package vn.sotruong.desktop.registers;

/**
 * One book of the records catalogue (danh mục hồ sơ), translated: its name, for what, its state and where it came
 * from (print number and day, signature, binding, archiving).
 *
 * @param ledgerId the latest print covering the book; 0 when not printed
 */
public record CatalogueRow(int no, String book, String what, String state, long ledgerId, String printedOn,
                           String signed, String bound, String archived, String note, boolean outOfDate) {
}
