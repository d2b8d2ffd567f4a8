package vn.sotruong.core.gradebook;

/** Which sheet of a class's book: a subject (by code), the conduct sheet, or the qualities sheet. */
public record SheetRef(Area area, String item) {
    public static SheetRef subject(String code) {
        return new SheetRef(Area.SUBJECT, code);
    }

    public static SheetRef conduct() {
        return new SheetRef(Area.CONDUCT, Area.NO_ITEM);
    }

    public static SheetRef qualities() {
        return new SheetRef(Area.QUALITY, Area.NO_ITEM);
    }

    /** Audit target and history name, e.g. {@code MON/TOAN}. */
    public String label() {
        return area == Area.SUBJECT ? area.code() + "/" + item : area.code();
    }
}
