package vn.sotruong.core.registers;

/** A part of a printed book (a class's cover, its Toán sheet, …), the fingerprint of its data and its pages. */
public record PrintedPart(String label, String fingerprint, int firstPage, int pages) {
}
