package vn.sotruong.core.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sotruong.core.common.DomainException;

/** A book's options are written after the scope in the print ledger and read back as they were. */
class BookOptionsTest {
    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of(RegisterName.SO_THEO_DOI_DANH_GIA, RegisterScope.ofClass("7A"), BookOptions.NONE,
                        "class:7A"),
                Arguments.of(RegisterName.SO_CA_NHAN, RegisterScope.school(),
                        BookOptions.teacherBook(12, "toan", true), "school;gv=12;mon=TOAN;trong"),
                Arguments.of(RegisterName.SO_CA_NHAN, RegisterScope.ofClass("6a"),
                        BookOptions.teacherBook(7, "NGOAINGU1", false), "class:6A;gv=7;mon=NGOAINGU1"),
                Arguments.of(RegisterName.SO_GOI_TEN, RegisterScope.ofGrade(6),
                        BookOptions.month(YearMonth.of(2026, 11)), "grade:6;thang=11/2026"),
                Arguments.of(RegisterName.BANG_TONG_HOP, RegisterScope.ofClass("4A"), BookOptions.point("ghk1"),
                        "class:4A;dg=GHK1"));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void theLedgerScopeReadsBackAsTheSameRequest(RegisterName book, RegisterScope scope, BookOptions options,
                                                 String ledger) {
        PrintRequest asked = new PrintRequest(book, scope, RegisterPeriod.HK1, Paper.A4, 3L, options);
        assertThat(asked.ledgerScope()).isEqualTo(ledger);
        assertThat(PrintRequest.fromLedger(book, ledger, RegisterPeriod.HK1, Paper.A4, 3L)).isEqualTo(asked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            class:7A;xyz=1     | registers.scopeInvalid
            school;gv=abc      | registers.scopeInvalid
            class:7A;thang=13/2026 | registers.monthInvalid
            class:4A;dg=GHK3   | registers.pointInvalid
            """)
    void aDamagedLedgerScopeIsRefused(String ledger, String code) {
        assertThatThrownBy(() -> PrintRequest.fromLedger(RegisterName.SO_GOI_TEN, ledger, RegisterPeriod.YEAR,
                Paper.A4, 1L)).isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", code);
    }

    @ParameterizedTest
    @CsvSource({"11/2026, 2026-11", "01/2027, 2027-01", "' 5/2027', ''", "2026-11, ''", "'', ''"})
    void monthsAreTypedMmYyyy(String typed, String month) {
        if (month.isEmpty()) {
            assertThatThrownBy(() -> BookOptions.parseMonth(typed)).isInstanceOf(DomainException.class)
                    .hasFieldOrPropertyWithValue("code", "registers.monthInvalid");
        } else {
            assertThat(BookOptions.parseMonth(typed)).isEqualTo(YearMonth.parse(month));
        }
    }
}
