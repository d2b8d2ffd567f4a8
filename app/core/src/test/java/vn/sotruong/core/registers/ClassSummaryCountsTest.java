package vn.sotruong.core.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counts at the foot of the bảng tổng hợp, on lines with known levels. */
class ClassSummaryCountsTest {
    private static Map<String, Object> line(String m1, String m2, String q1, String q15, String overall, String award,
                                            String completion) {
        Map<String, Object> row = new HashMap<>();
        row.put("m1", m1);
        row.put("m2", m2);
        row.put("q1", q1);
        row.put("q15", q15);
        row.put("overall", overall);
        row.put("award", award);
        row.put("completion", completion);
        return row;
    }

    private static List<Map<String, Object>> fivePupils() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(line("T", "T", "T", "Đ", "Hoàn thành xuất sắc", "HS Xuất sắc", "HTCT"));
        rows.add(line("T", "H", "T", "T", "Hoàn thành tốt", null, "HTCT"));
        rows.add(line("H", "H", "Đ", "T", "Hoàn thành", null, "HTCT"));
        rows.add(line("C", null, "C", "C", "Chưa hoàn thành", null, null));
        rows.add(line("H", "T", "Đ", null, "Hoàn thành", null, "HTCT"));
        return rows;
    }

    @Test
    void levelsAreCountedPerSubjectQualityAndOverall() {
        Map<String, Object> n = ClassSummaryBoardBuilder.counts(fivePupils(), 2, true);

        assertThat(List.of(n.get("NT1"), n.get("NH1"), n.get("NC1"))).containsExactly(2, 2, 1);
        assertThat(List.of(n.get("NT2"), n.get("NH2"), n.get("NC2"))).containsExactly(2, 2, 0);
        assertThat(n.get("NT3")).as("no third subject").isNull();
        assertThat(List.of(n.get("QT1"), n.get("QD1"), n.get("QC1"))).containsExactly(2, 2, 1);
        assertThat(List.of(n.get("QT15"), n.get("QD15"), n.get("QC15"))).containsExactly(2, 1, 1);
        assertThat(List.of(n.get("QT2"), n.get("QD2"), n.get("QC2"))).containsExactly(0, 0, 0);
        assertThat(List.of(n.get("N_HTXS"), n.get("N_HTT"), n.get("N_HT"), n.get("N_CHT")))
                .containsExactly(1, 1, 2, 1);
        assertThat(n.get("N_AWARD")).isEqualTo(1);
        assertThat(n.get("N_HTCT")).isEqualTo(4);
        assertThat(n.get("N_PUPILS")).isEqualTo(5);
    }

    @Test
    void beforeTheEndOfTheYearThereIsNoOverallCount() {
        Map<String, Object> n = ClassSummaryBoardBuilder.counts(fivePupils(), 2, false);

        assertThat(n.get("NT1")).isEqualTo(2);
        assertThat(n).containsEntry("N_HTXS", null).containsEntry("N_AWARD", null).containsEntry("N_HTCT", null);
        assertThat(n.get("N_PUPILS")).isEqualTo(5);
    }
}
