package vn.sotruong.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phổ điểm statistics on known data (worked by hand in the table). */
class DistributionTest {

    private static List<BigDecimal> scores(String list) {
        return Arrays.stream(list.split(";")).map(String::strip).map(BigDecimal::new).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            4.0;5.0;6.0;8.0;10.0 | 5 | 6.60 | 6.00 | 2.15 | 0.0  | 20.0 | 40.0 | 40.0 | 20.0
            3.4;3.5;7.0;9.0      | 4 | 5.73 | 5.25 | 2.38 | 25.0 | 50.0 | 50.0 | 25.0 | 25.0
            7.5                  | 1 | 7.50 | 7.50 | 0.00 | 0.0  | 0.0  | 100.0| 0.0  | 0.0
            0.0;10.0             | 2 | 5.00 | 5.00 | 5.00 | 50.0 | 50.0 | 50.0 | 50.0 | 50.0
            """)
    void statistics(String values, int n, String mean, String median, String sd, String below35, String below5,
                    String ge65, String ge8, String ge9) {
        Distribution d = Distribution.of(scores(values));
        assertThat(d.count()).isEqualTo(n);
        assertThat(d.mean()).isEqualByComparingTo(mean);
        assertThat(d.median()).isEqualByComparingTo(median);
        assertThat(d.standardDeviation()).isEqualByComparingTo(sd);
        assertThat(d.shares().below35()).isEqualByComparingTo(below35);
        assertThat(d.shares().below5()).isEqualByComparingTo(below5);
        assertThat(d.shares().atLeast65()).isEqualByComparingTo(ge65);
        assertThat(d.shares().atLeast8()).isEqualByComparingTo(ge8);
        assertThat(d.shares().atLeast9()).isEqualByComparingTo(ge9);
        assertThat(d.bins1().stream().mapToInt(Integer::intValue).sum()).isEqualTo(n);
        assertThat(d.bins05().stream().mapToInt(Integer::intValue).sum()).isEqualTo(n);
    }

    @Test
    void binsOfOneAndOfHalfAPointPutTenInItsOwnBin() {
        Distribution d = Distribution.of(scores("3.4;3.5;7.0;9.0;9.9;10.0"));
        assertThat(d.bins1()).containsExactly(0, 0, 0, 2, 0, 0, 0, 1, 0, 2, 1);
        assertThat(d.bins05().get(6)).isEqualTo(1);
        assertThat(d.bins05().get(7)).isEqualTo(1);
        assertThat(d.bins05().get(14)).isEqualTo(1);
        assertThat(d.bins05().get(19)).isEqualTo(1);
        assertThat(d.bins05().get(20)).isEqualTo(1);
    }

    @Test
    void anEmptySelectionIsNoDataNotNaN() {
        Distribution d = Distribution.of(List.of());
        assertThat(d.empty()).isTrue();
        assertThat(d.mean()).isNull();
        assertThat(d.median()).isNull();
        assertThat(d.shares().below5()).isNull();
        assertThat(d.bins1()).hasSize(11).containsOnly(0);
    }

    @Test
    void aGroupFarFromTheOthersHasALargeRobustScore() {
        Map<String, BigDecimal> classes = new LinkedHashMap<>();
        classes.put("7A", new BigDecimal("6.0"));
        classes.put("7B", new BigDecimal("6.2"));
        classes.put("7C", new BigDecimal("6.4"));
        classes.put("7D", new BigDecimal("6.1"));
        classes.put("7E", new BigDecimal("8.5"));
        Map<String, BigDecimal> z = RobustOutliers.scores(classes, new BigDecimal("0.25"));
        // median 6.2, MAD 0.2 → spread 1.4826 × 0.2 = 0.29652
        assertThat(z.get("7E")).isEqualByComparingTo("7.8");
        assertThat(z.get("7A")).isEqualByComparingTo("-0.7");
        assertThat(z.get("7B")).isEqualByComparingTo("0.0");
        assertThat(RobustOutliers.center(classes.values())).isEqualByComparingTo("6.20");
    }

    @Test
    void aUniformSchoolUsesTheSpreadFloorAndTwoGroupsAreNotCompared() {
        Map<String, BigDecimal> same = Map.of("a", new BigDecimal("7.0"), "b", new BigDecimal("7.0"),
                "c", new BigDecimal("7.5"));
        // MAD 0 → the floor 0.25: 7.5 is (7.5 − 7.0) / 0.25 = 2.0 away
        assertThat(RobustOutliers.scores(same, new BigDecimal("0.25")).get("c")).isEqualByComparingTo("2.0");
        assertThat(RobustOutliers.scores(Map.of("a", BigDecimal.ONE, "b", BigDecimal.TEN), BigDecimal.ONE)).isEmpty();
    }
}
