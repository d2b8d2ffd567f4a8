package vn.sotruong.core.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The data fingerprint of a book: the same data gives the same one, any printed value changes it. */
class DataFingerprintTest {
    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static RegisterDocument doc(Paper paper, String toanScore, boolean reversedFields) {
        Map<String, Object> toan = reversedFields ? row("tb1", toanScore, "name", "Nguyễn Văn An", "part", "7A · Toán")
                : row("part", "7A · Toán", "name", "Nguyễn Văn An", "tb1", toanScore);
        BookSection sheets = new BookSection("class-book/subjects", "7A · Các môn học", row("CLASS_NAME", "7A"),
                List.of(toan, row("part", "7A · Ngữ văn", "name", "Nguyễn Văn An", "tb1", "8,0")));
        BookSection cover = new BookSection("class-book/cover", "7A · Bìa", row("PUPILS", 38), List.of());
        return new RegisterDocument(new PrintRequest(RegisterName.SO_THEO_DOI_DANH_GIA, RegisterScope.ofClass("7a"),
                RegisterPeriod.YEAR, paper, 1L), "SỔ", List.of(cover, sheets));
    }

    @Test
    void theSameDataGivesTheSameFingerprintWhateverThePaperOrFieldOrder() {
        assertThat(doc(Paper.A4, "7,5", false).fingerprint()).hasSize(64)
                .isEqualTo(doc(Paper.A3, "7,5", true).fingerprint());
    }

    @Test
    void aChangedValueChangesTheBookAndOnlyItsPart() {
        RegisterDocument before = doc(Paper.A4, "7,5", false);
        RegisterDocument after = doc(Paper.A4, "7,6", false);
        assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
        assertThat(before.parts()).extracting(DataFingerprint.Part::label)
                .containsExactly("7A · Bìa", "7A · Toán", "7A · Ngữ văn");
        for (int i = 0; i < 3; i++) {
            boolean same = before.parts().get(i).fingerprint().equals(after.parts().get(i).fingerprint());
            assertThat(same).as(before.parts().get(i).label()).isEqualTo(i != 1);
        }
        assertThat(before.parts().get(1).section()).isEqualTo(1);
    }

    @Test
    void valuesAreTypedSoTextAndNumberDiffer() {
        BookSection text = new BookSection("t", "l", row("N", "38"), List.of());
        BookSection number = new BookSection("t", "l", row("N", 38), List.of());
        PrintRequest r = new PrintRequest(RegisterName.SO_DANG_BO, RegisterScope.school(), null, null, 1L);
        assertThat(new RegisterDocument(r, "x", List.of(text)).fingerprint())
                .isNotEqualTo(new RegisterDocument(r, "x", List.of(number)).fingerprint());
        assertThatThrownBy(() -> new RegisterDocument(r, "x", List.of(new BookSection("t", "l",
                row("N", 3.5), List.of()))).fingerprint()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scopesReadBackAsTheyAreStored() {
        for (RegisterScope s : List.of(RegisterScope.ofClass("7a"), RegisterScope.ofGrade(9), RegisterScope.school())) {
            assertThat(RegisterScope.parse(s.text())).isEqualTo(s);
        }
        assertThat(RegisterScope.ofClass(" 7a ").text()).isEqualTo("class:7A");
    }
}
