package vn.sotruong.core.registers;

/** Khổ giấy: the paper a book is printed on. */
public enum Paper {
    A4,
    A3
}
