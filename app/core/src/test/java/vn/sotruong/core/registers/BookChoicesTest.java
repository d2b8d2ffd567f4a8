package vn.sotruong.core.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Each book says what a print screen may offer for it; the screens list exactly the books this version prints. */
class BookChoicesTest {
    @ParameterizedTest
    @EnumSource(RegisterName.class)
    void everyBookOffersAtLeastOneScopePeriodAndPaperWithTheUsualFirst(RegisterName book) {
        BookChoices o = BookChoices.of(book);
        assertThat(o.scopes()).isNotEmpty();
        assertThat(o.periods()).isNotEmpty().doesNotHaveDuplicates();
        assertThat(o.papers()).isNotEmpty().doesNotHaveDuplicates().first().isEqualTo(Paper.A4);
    }

    @Test
    void theYearEndListsAreNotOfferedAfterTermOneNorTheEnrolmentRegisterPerTerm() {
        // the builders refuse these (registers.yearOnly) or ignore the period: the screen must not offer them
        assertThat(BookChoices.of(RegisterName.DANH_SACH_CUOI_NAM).periods()).doesNotContain(RegisterPeriod.HK1);
        assertThat(BookChoices.of(RegisterName.DANH_SACH_CUOI_NAM).papers()).containsExactly(Paper.A4);
        assertThat(BookChoices.of(RegisterName.SO_DANG_BO).periods()).containsExactly(RegisterPeriod.YEAR);
    }

    @Test
    void printableIsTheAvailableBooksInTheirOrder() {
        assertThat(BookChoices.printable()).containsExactlyElementsOf(
                Arrays.stream(RegisterName.values()).filter(RegisterName::available).toList());
        assertThat(BookChoices.printable()).startsWith(RegisterName.SO_THEO_DOI_DANH_GIA);
    }
}
