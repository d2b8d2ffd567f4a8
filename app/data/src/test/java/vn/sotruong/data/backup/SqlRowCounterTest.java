package vn.sotruong.data.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
