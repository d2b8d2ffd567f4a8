package vn.sotruong.core.registers;

/** Bước lưu giữ sổ: what the clerk records after a book is printed (and signed). */
public enum KeepingStep {
    /** Đã đóng quyển: the pages are bound in the Ministry's order. */
    BOUND,
    /** Đã lưu trữ: the book is handed to the school's archive. */
    ARCHIVED
}
