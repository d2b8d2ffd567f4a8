package vn.sotruong.core.registers;

/**
 * Lệnh in ra giấy: which printer, on which paper, on both sides or one, how many copies.
 *
 * @param printer the printer's name as the operating system lists it
 * @param paper the book's paper (A4 or A3, as it was laid out)
 * @param duplex in hai mặt: the book's odd and even pages on the two sides of a sheet
 * @param copies how many copies, 1–{@value #MAX_COPIES}
 */
public record PaperJob(String printer, Paper paper, boolean duplex, int copies) {
    public static final int MAX_COPIES = 20;
}
