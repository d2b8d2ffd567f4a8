package vn.sotruong.core.attendance;

import vn.sotruong.core.common.SheetColumn;

/**
 * The columns of sheet {@code DIEMDANH} (INTERFACES.md): header text exactly, and whether it is
 * required. {@code Buổi} may be left out by a school that keeps the morning session only.
 */
public enum AttendanceColumn implements SheetColumn {
    DATE("Ngày", true),
    SESSION("Buổi", false),
    PUPIL_CODE("Mã học sinh", true),
    KIND("Loại", true);

    /** The sheet's name in the workbook. */
    public static final String SHEET = "DIEMDANH";

    private final String header;
    private final boolean required;

    AttendanceColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public boolean required() {
        return required;
    }
}
