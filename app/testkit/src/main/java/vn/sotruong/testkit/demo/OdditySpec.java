package vn.sotruong.testkit.demo;

import java.util.List;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.school.SchoolLevel;

/**
 * Where each level's demo plants its oddities (docs/demo-data.md): the teacher of {@code highSubject} in
 * {@code highClass} marks every class they teach it in about {@code boost} points above the subject's mean, every round of
 * {@code lateClass} is imported weeks late, the teacher of {@code editorSubject} in {@code editorClass} keeps
 * changing entered values, and the {@code gaps} are never entered.
 */
record OdditySpec(String highSubject, String highClass, double boost, String lateClass, String editorSubject,
                  String editorClass, List<Cell> gaps, Cell exemption) {

    /** A planted cell; the pupil is drawn from the class by the seed. */
    record Cell(String className, SheetRef sheet, String slot) {
    }

    static OdditySpec of(SchoolLevel level) {
        return level == SchoolLevel.TIEU_HOC ? tieuHoc() : thcs();
    }

    private static OdditySpec thcs() {
        return new OdditySpec("TOAN", "9C", 3.1, "8D", "NGUVAN", "6E", List.of(
                new Cell("6C", SheetRef.subject("GDCD"), "HK2.TX2"),
                new Cell("7E", SheetRef.subject("LSDL"), "HK1.GK"),
                new Cell("9A", SheetRef.subject("MITHUAT"), "HK2.CK"),
                new Cell("9G", SheetRef.subject("KHTN"), "HK1.TX3")),
                new Cell("7B", SheetRef.subject("GDTC"), "HK1.MG"));
    }

    private static OdditySpec tieuHoc() {
        return new OdditySpec("NGOAINGU1", "4A", 2.4, "3C", "TIENGVIET", "2B", List.of(
                new Cell("2D", SheetRef.subject("TOAN"), "CN.DIEM"),
                new Cell("5B", new SheetRef(Area.QUALITY, Area.NO_ITEM), "TRUNGTHUC.CN")),
                null);
    }
}
