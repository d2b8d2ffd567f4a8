package vn.sotruong.core.pupil;

import java.util.Optional;
import vn.sotruong.core.common.SheetColumn;

/** The columns of sheet {@code HOCSINH} (INTERFACES.md): header text exactly, and whether it is required. */
public enum PupilColumn implements SheetColumn {
    CODE("Mã học sinh", true),
    FULL_NAME("Họ và tên", true),
    BIRTH_DATE("Ngày sinh", true),
    GENDER("Giới tính", true),
    ETHNICITY("Dân tộc", false),
    BIRTH_PLACE("Nơi sinh", false),
    ADDRESS("Địa chỉ thường trú", false),
    POLICY_FAMILY("Con gia đình chính sách", false),
    FATHER("Họ tên cha", false),
    MOTHER("Họ tên mẹ", false),
    GUARDIAN("Người giám hộ", false),
    PHONE("Điện thoại", false);

    /** The sheet's name in the workbook. */
    public static final String SHEET = "HOCSINH";

    private final String header;
    private final boolean required;

    PupilColumn(String header, boolean required) {
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

    /** The column a header cell names; headers are compared NFC, ignoring surrounding spaces. */
    public static Optional<PupilColumn> ofHeader(String text) {
        return SheetColumn.ofHeader(PupilColumn.class, text);
    }
}
