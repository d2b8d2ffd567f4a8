package vn.sotruong.data.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlRowCounterTest {

    @Test
    void countsRowsOfMultiRowInsertsWithQuotesAndParentheses() {
        SqlRowCounter c = new SqlRowCounter();
        c.statement("CREATE CACHED TABLE \"PUBLIC\".\"PUPIL\"(\"ID\" BIGINT)");
        c.statement("INSERT INTO \"PUBLIC\".\"PUPIL\" VALUES (1, 'Nguyễn (An)'), (2, 'O''Brien'), (3, U&'L\\00ea')");
        c.statement("CREATE CACHED TABLE \"PUBLIC\".\"EMPTY\"(\"ID\" INT)");
        assertThat(c.counts()).containsEntry("PUPIL", 3L).containsEntry("EMPTY", 0L);
    }

    @Test
    void aHugeDamagedStatementWithoutAClosingQuoteIsNotAStackOverflow() {
        SqlRowCounter c = new SqlRowCounter();
        String garbage = "INSERT INTO \"PUBLIC\".\"" + "x".repeat(2_000_000);
        c.statement(garbage);
        c.statement("CREATE CACHED TABLE \"PUBLIC\".\"" + "y".repeat(2_000_000));
        assertThat(c.counts()).isEmpty();
    }

    /** The quote-skipping count (ADR 0032) gives what the character-by-character one of ADR 0010 gave. */
    @ParameterizedTest
    @ValueSource(strings = {
        " VALUES (1, 'a'), (2, 'b')",
        " VALUES (1, 'O''Brien (x)'), (2, '('), (3, ')')",
        " VALUES (1, \"id (q)\"), (2, ''''''), (3, '')",
        " (\"A\", \"B\") VALUES (1, 2), (3, 4)",
        " VALUES (1, ARRAY[(1), (2)]), (2, ROW((1, 2)))",
        " VALUES (1, 'never closed), (2, 'x')",
        " VALUES (1, \"never closed), (2, 3)",
        " VALUES ((1)), (2), (",
        " VALUES",
        "",
        " VALUES (1, U&'L\\00ea (\\0027)'), (2, '\\')"})
    void theQuoteSkippingCountEqualsTheCharacterByCharacterOne(String values) {
        assertThat(SqlRowCounter.rows(values, 0)).isEqualTo(characterByCharacter(values));
    }

    private static long characterByCharacter(String sql) {
        int i = 0;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        boolean columnList = i < sql.length() && sql.charAt(i) == '(';
        long groups = 0;
        int depth = 0;
        char quote = 0;
        for (; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                if (depth++ == 0) {
                    groups++;
                }
            } else if (c == ')') {
                depth--;
            }
        }
        return columnList ? groups - 1 : groups;
    }
}
