package vn.sotruong.desktop.registers;

import vn.sotruong.core.registers.PrintRequest;

/**
 * One line of the print ledger table, translated: what was printed, for whom, by whom and when, and whether it is
 * still right ("Còn đúng") or out of date ("Đã lỗi thời") and why.
 *
 * @param outOfDate the data changed since the print
 * @param toReprint out of date and not printed again since: "In lại" applies
 * @param parts the book's parts with their pages, in binding order ("7A · Bìa: tr. 1")
 * @param signature who signed it digitally and when ("Đã ký số: hieutruong, 23/11/2026 10:00"), empty when unsigned
 */
public record LedgerRow(long id, String book, String scope, String period, String paper, String printedBy,
                        String printedAt, int pages, String fingerprint, String status, String reason,
                        boolean outOfDate, boolean toReprint, String parts, PrintRequest request,
                        String signature) {
    /** Whether the principal signed this print digitally. */
    public boolean signed() {
        return !signature.isEmpty();
    }
}
