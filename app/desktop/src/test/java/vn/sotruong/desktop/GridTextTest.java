package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.desktop.common.Marks;
import vn.sotruong.desktop.gradebook.PasteBlock;
import vn.sotruong.desktop.i18n.UiText;

/** What the clipboard holds after a copy in Excel, and how stored values and typed shorthand read in the grid. */
class GridTextTest {
    @Test
    void anExcelBlockIsLinesOfTabSeparatedCellsWithoutItsTrailingNewline() {
        assertThat(PasteBlock.parse("7\t8\t9\r\n6,5\t7\t8,5\r\n"))
                .isEqualTo(List.of(List.of("7", "8", "9"), List.of("6,5", "7", "8,5")));
        assertThat(PasteBlock.parse("8")).isEqualTo(List.of(List.of("8")));
        // an empty cell in the middle of a line stays a cell (it clears), a line's end is not one more
        assertThat(PasteBlock.parse("7\t\t9\n")).isEqualTo(List.of(List.of("7", "", "9")));
        assertThat(PasteBlock.parse("a\nb\n\n")).isEqualTo(List.of(List.of("a"), List.of("b"), List.of("")));
        assertThat(PasteBlock.parse("")).isEmpty();
        assertThat(PasteBlock.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"SCORE|7.5|7,5", "SCORE|10.0|10,0", "TEST|9.0|9,0", "CONDUCT|T|Tốt",
        "CONDUCT|CĐ|Chưa đạt", "EXEMPTION|MIEN|Miễn", "EXEMPTION|TH|Miễn TH", "COMMENT|CĐ|CĐ", "QUALITY|Đ|Đ"})
    void storedValuesShowAsTheRegistersWriteThem(ColumnKind kind, String stored, String shown) {
        assertThat(Marks.shown(kind, stored, UiText.vietnamese())).isEqualTo(shown);
    }

    @Test
    void englishKeepsTheDecimalPointAndTheRegistersWords() {
        UiText en = new UiText(UiText.ENGLISH);
        assertThat(Marks.shown(ColumnKind.SCORE, "7.5", en)).isEqualTo("7.5");
        assertThat(Marks.shown(ColumnKind.CONDUCT, "K", en)).isEqualTo("Khá");
    }

    @ParameterizedTest
    @CsvSource({"T, Tốt", "k, Khá", "Đ, Đạt", "cđ, Chưa đạt", "Tốt, Tốt", "Giỏi, Giỏi"})
    void conductMayBeTypedAsTheRegistersAbbreviation(String typed, String sent) {
        assertThat(Marks.typed(ColumnKind.CONDUCT, typed)).isEqualTo(sent);
    }

    @Test
    void otherColumnsAreSentAsTyped() {
        assertThat(Marks.typed(ColumnKind.COMMENT, "Đ")).isEqualTo("Đ");
        assertThat(Marks.typed(ColumnKind.SCORE, "T")).isEqualTo("T");
    }
}
