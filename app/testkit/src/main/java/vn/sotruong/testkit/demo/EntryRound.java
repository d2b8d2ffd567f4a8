package vn.sotruong.testkit.demo;

import java.util.ArrayList;
import java.util.List;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.SheetRef;

/**
 * Một đợt nhập điểm: the columns a school enters together and the teaching week they are due by. THCS follows
 * the school plan's deadlines (regular scores by weeks 8, 17, 26, 34; the mid-term test in week 9/27 entered by
 * week 10/28; end-of-term scores and conduct by the term's last week 18/35); tiểu học enters each of Circular
 * 27's four points (giữa HK I, cuối HK I, giữa HK II, cuối năm) by weeks 9, 18, 27 and 35.
 */
record EntryRound(String label, int dueWeek, Selector selector) {
    /** Whether a column of a sheet belongs to the round; {@code regular} is the sheet's number of ĐĐGtx a term. */
    @FunctionalInterface
    interface Selector {
        boolean takes(SheetRef sheet, Column column, int regular);
    }

    boolean takes(SheetRef sheet, Column column, int regular) {
        return selector.takes(sheet, column, regular);
    }

    static List<EntryRound> thcs() {
        List<EntryRound> rounds = new ArrayList<>();
        for (int term = 1; term <= 2; term++) {
            int t = term;
            int shift = term == 1 ? 0 : 18;
            String hk = "HK" + term;
            rounds.add(new EntryRound(hk + " ĐĐGtx (nửa đầu)", 8 + shift, (s, c, n) -> s.area() == Area.SUBJECT
                    && c.term() == t && (regularIndex(c) > 0 && regularIndex(c) <= firstHalf(n)
                    || c.slot().equals(ColumnLayout.exemption(t)))));
            rounds.add(new EntryRound(hk + " giữa kì", 10 + shift, (s, c, n) -> s.area() == Area.SUBJECT
                    && c.slot().equals(ColumnLayout.midterm(t))));
            rounds.add(new EntryRound(hk + " ĐĐGtx (nửa sau)", (term == 1 ? 17 : 34), (s, c, n) ->
                    s.area() == Area.SUBJECT && c.term() == t && regularIndex(c) > firstHalf(n)));
            rounds.add(new EntryRound(hk + " cuối kì, nhận xét, rèn luyện", 18 + (term == 1 ? 0 : 17), (s, c, n) ->
                    c.term() == t && (s.area() == Area.CONDUCT || c.slot().equals(ColumnLayout.endOfTerm(t))
                            || c.slot().equals(ColumnLayout.remark(t)))));
        }
        return List.copyOf(rounds);
    }

    static List<EntryRound> tieuHoc() {
        int[] due = {9, 18, 27, 35};
        List<EntryRound> rounds = new ArrayList<>();
        for (int i = 0; i < ColumnLayout.POINTS.size(); i++) {
            String p = ColumnLayout.POINTS.get(i);
            rounds.add(new EntryRound(p, due[i], (s, c, n) -> s.area() == Area.SUBJECT ? c.slot().startsWith(p + ".")
                    : c.slot().endsWith("." + p)));
        }
        return List.copyOf(rounds);
    }

    /** The round that enters a column of a sheet, if any (summer and supplementary columns have none). */
    static java.util.Optional<EntryRound> of(List<EntryRound> rounds, SheetRef sheet, Column column, int regular) {
        return rounds.stream().filter(r -> r.takes(sheet, column, regular)).findFirst();
    }

    /** The i of a {@code HKt.TXi} column, 0 for any other column. */
    static int regularIndex(Column c) {
        int at = c.slot().indexOf(".TX");
        return at < 0 ? 0 : Integer.parseInt(c.slot().substring(at + 3));
    }

    private static int firstHalf(int regular) {
        return (regular + 1) / 2;
    }
}
