package vn.sotruong.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    @Test
    void sortsByGivenNameThenMiddleThenFamilyName() {
        // Vietnamese alphabet: a < ă < â, so An < Anh < Ân; đ after d
        List<String> names = List.of("Trần Văn Bình", "Nguyễn Thị Anh", "Lê Văn An", "Đỗ Minh Ân", "Nguyễn Văn Bình",
                "Phạm Thị Đào", "Hoàng Thị Dung");
        assertThat(names.stream().sorted(VietnameseText.personNameOrder()).toList()).containsExactly(
                "Lê Văn An", "Nguyễn Thị Anh", "Đỗ Minh Ân", "Nguyễn Văn Bình", "Trần Văn Bình", "Hoàng Thị Dung",
                "Phạm Thị Đào");
    }

    @ParameterizedTest
    @CsvSource({"Nguyễn Thị Ánh,nguyen thi anh", "ĐẶNG VĂN ĐỨC,dang van duc", "  Lý  ,ly"})
    void searchKeysIgnoreMarksAndCase(String name, String key) {
        assertThat(VietnameseText.searchKey(name)).isEqualTo(key);
    }

    @Test
    void storesNfc() {
        String decomposed = "Nguye\u0302\u0303n";
        assertThat(VietnameseText.nfc(decomposed)).isEqualTo("Nguyễn").hasSize(6);
    }
}
