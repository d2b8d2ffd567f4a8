package vn.sotruong.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.Area;

/** Số lượng theo mức on known levels: counts, shares of those entered, not entered, and "no data" never NaN. */
class LevelCountsTest {
    @ParameterizedTest(name = "{0} of {1} pupils")
    @CsvSource(delimiter = '|', textBlock = """
            T,T,H,C,T      | 6 | T=3 H=1 C=1 | 1 | 60.0 | 20.0
            T,H            | 2 | T=1 H=1 C=0 | 0 | 50.0 | 0.0
            H,H,H          | 3 | T=0 H=3 C=0 | 0 | 0.0  | 0.0
            T,X,T          | 3 | T=2 H=0 C=0 | 1 | 100.0| 0.0
            ''             | 4 | T=0 H=0 C=0 | 4 |      |
            """)
    void tiểuHọcLevels(String marks, int expected, String counts, int notEntered, String shareT, String shareC) {
        List<String> m = marks.isEmpty() ? List.of() : Arrays.asList(marks.split(","));
        LevelCounts c = LevelCounts.of(List.of("T", "H", "C"), m, expected);
        assertThat(String.join(" ", c.counts().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()))
                .isEqualTo(counts);
        assertThat(c.notEntered()).isEqualTo(notEntered);
        assertThat(c.total()).isEqualTo(expected);
        if (shareT == null) {
            // no data: no share at all, never NaN or a division by zero
            assertThat(c.empty()).isTrue();
            assertThat(c.share("T")).isNull();
            assertThat(c.share("C")).isNull();
        } else {
            assertThat(c.share("T")).isEqualByComparingTo(shareT);
            assertThat(c.share("C")).isEqualByComparingTo(shareC);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SUBJECT | TOAN   | cn.muc      | T,H,C  | CN Mức
            SUBJECT | AMNHAC | HK1.GK      | Đ,CĐ   | HK1 GK
            SUBJECT | GDTC   | HK2.TX1     | Đ,CĐ   | HK2 TX1
            QUALITY | -      | YEUNUOC.CN  | T,Đ,C  | YEUNUOC CN
            QUALITY | -      | TUCHU.GHK1  | T,Đ,C  | TUCHU GHK1
            """)
    void aLevelColumnKnowsItsScale(Area area, String item, String slot, String levels, String header) {
        LevelColumn c = new LevelColumn(area, item, slot);
        assertThat(String.join(",", c.levels())).isEqualTo(levels);
        assertThat(c.header()).isEqualTo(header);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SUBJECT | TOAN   | HK1.TB
            SUBJECT | TOAN   | CN.DIEM
            SUBJECT | ''     | CN.MUC
            QUALITY | -      | YEUNUOC.HK1
            QUALITY | -      | BOGUS.CN
            QUALITY | TOAN   | YEUNUOC.CN
            CONDUCT | -      | HK1
            """)
    void aColumnWithoutLevelsIsRefused(Area area, String item, String slot) {
        assertThatThrownBy(() -> new LevelColumn(area, item, slot)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("review.levelColumnInvalid");
    }

    @Test
    void theLevelsAreNamedByTheirRule() {
        assertThat(LevelColumn.subject("TOAN", "CN.MUC").levelKey("T")).isEqualTo("tt27.subjectLevel.t");
        assertThat(LevelColumn.quality("YEUNUOC", "CN").levelKey("Đ")).isEqualTo("tt27.qualityLevel.d");
        assertThat(LevelColumn.subject("AMNHAC", "HK1.GK").levelKey("CĐ")).isEqualTo("comment.chuaDat");
    }
}
