package vn.sotruong.core.registers;

import java.time.LocalDate;

/**
 * Một dòng của danh mục hồ sơ: a book the school keeps for the year (which book, for which class, teacher or
 * month) and how far it has come, from its latest print that covers it.
 *
 * @param what the class, teacher and subject, or month, in Vietnamese ("Lớp 6A", "Lớp 6A · tháng 09/2026")
 * @param print the latest print covering the book; null when not printed
 * @param outOfDate the data changed since that print (reprint and sign again)
 * @param signature the principal's signature of that print; null when unsigned
 * @param boundOn the day it was bound; null when not bound
 * @param archivedOn the day it was archived; null when not archived
 * @param bookFor the same as {@code what}, as data, for the desktop to word in the reader's language
 */
public record CatalogueEntry(RegisterName register, String what, RecordState state, PrintRecord print,
                             boolean outOfDate, BookSignature signature, LocalDate boundOn, LocalDate archivedOn,
                             BookFor bookFor) {
}
