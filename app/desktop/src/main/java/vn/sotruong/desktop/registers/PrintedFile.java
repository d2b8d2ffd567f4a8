package vn.sotruong.desktop.registers;

import java.nio.file.Path;
import vn.sotruong.core.registers.Paper;

/**
 * Bản in: a book in the print ledger and the PDF it was written to, for "Xem trước" and "In ra máy in…".
 *
 * @param title how the page names it ("Sổ theo dõi và đánh giá học sinh · Lớp 7A")
 * @param twoSided laid out for both sides of the sheet: the paper print offers "In hai mặt" ticked
 */
public record PrintedFile(long ledgerId, Path pdf, int pages, Paper paper, String title,
                          boolean twoSided) {
}
