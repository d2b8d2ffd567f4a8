package vn.sotruong.core.registers;

/** Tình trạng sổ đã in: whether a printed book still shows the data as it is now. */
public enum PrintStanding {
    /** Còn đúng: the data printed is the data now. */
    CURRENT,
    /** Đã lỗi thời: the data changed since it was printed; the parts named must be reprinted and re-signed. */
    SUPERSEDED,
    /** Không kiểm được: the book cannot be gathered again now (e.g. its class was removed, or the rights changed). */
    UNCHECKED
}
