package vn.sotruong.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotruong.core.common.DomainException;

class ScoreTest {
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            7,5   | 7.5
            7.5   | 7.5
            10    | 10.0
            10,0  | 10.0
            0     | 0.0
            ' 8 ' | 8.0
            6,50  | 6.5
            """)
    void parsesValidScores(String text, BigDecimal expected) {
        Score s = Score.parse(text);
        assertThat(s.value()).isEqualTo(expected);
        assertThat(s.value().scale()).isEqualTo(1);
        assertThat(Score.problem(text)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            10,5   | score.outOfRange
            11     | score.outOfRange
            -1     | score.outOfRange
            10.05  | score.outOfRange
            7,55   | score.tooManyDecimals
            6,449  | score.tooManyDecimals
            abc    | score.notANumber
            ''     | score.notANumber
            7,     | score.notANumber
            ,5     | score.notANumber
            7,5,1  | score.notANumber
            1e1    | score.notANumber
            7 5    | score.notANumber
            Đ      | score.notANumber
            """)
    void refusesBadInputWithACode(String text, String code) {
        assertThatThrownBy(() -> Score.parse(text)).isInstanceOf(DomainException.class).extracting("code").isEqualTo(code);
        assertThat(Score.problem(text)).contains(code);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"6.45,6.5", "6.449999999999999999999,6.4", "6.44,6.4", "6.95,7.0", "9.95,10.0", "4.95,5.0",
            "3.45,3.5", "3.449,3.4", "7.05,7.1", "0.05,0.1"})
    void roundsHalfUpToOneDecimalExactly(BigDecimal value, BigDecimal expected) {
        assertThat(Rounding.oneDecimal(value, RoundingMode.HALF_UP)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource({"69.5,9,7.7", "48,7,6.9", "51.6,8,6.5", "51.4,8,6.4", "25.9,3,8.6", "26.9,3,9.0", "26.3,3,8.8"})
    void dividesExactlyAndRoundsOnce(BigDecimal num, BigDecimal den, BigDecimal expected) {
        assertThat(Rounding.divide(num, den, RoundingMode.HALF_UP)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({"Đ,DAT", "CĐ,CHUA_DAT", "Đạt,DAT", "Chưa đạt,CHUA_DAT", "chưa  đạt,CHUA_DAT", "đ,DAT"})
    void parsesCommentResults(String text, CommentResult expected) {
        assertThat(CommentResult.parse(text)).isEqualTo(expected);
        // decomposed (NFD) input, as some keyboards and files produce
        assertThat(CommentResult.parse(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"D", "CD", "Dat", "T", "7"})
    void refusesOtherCommentResults(String text) {
        assertThatThrownBy(() -> CommentResult.parse(text)).extracting("code").isEqualTo("comment.invalid");
    }
}
