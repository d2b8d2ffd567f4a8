package vn.sotruong.data.backup;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the rows each table gets from an H2 {@code SCRIPT}, statement by statement, without
 * running it: tables from {@code CREATE TABLE}, rows from the value lists of {@code INSERT}.
 * The writer uses it to fill the manifest, the verifier to check the manifest against the SQL.
 */
final class SqlRowCounter {
    // possessive quantifiers: a damaged file can hold a megabyte without a closing quote, and a
    // backtracking alternation recurses once per character (StackOverflowError instead of "damaged")
    private static final Pattern CREATE = Pattern.compile(
            "^\\s*CREATE\\s+(?:(?:MEMORY|CACHED|CACHED\\s+GLOBAL\\s+TEMPORARY)\\s+)?TABLE\\s+\"PUBLIC\"\\.\"((?:[^\"]++|\"\")++)\"");
    private static final Pattern INSERT = Pattern.compile(
            "^\\s*INSERT\\s+INTO\\s+\"PUBLIC\"\\.\"((?:[^\"]++|\"\")++)\"");

    private final Map<String, Long> counts = new TreeMap<>();
    private long total;

    void statement(String sql) {
        Matcher create = CREATE.matcher(sql);
        if (create.find()) {
            counts.putIfAbsent(name(create), 0L);
            return;
        }
        Matcher insert = INSERT.matcher(sql);
        if (insert.find()) {
            long rows = rows(sql, insert.end());
            counts.merge(name(insert), rows, Long::sum);
            total += rows;
        }
    }

    /** Rows counted so far in all tables. */
    long total() {
        return total;
    }

    Map<String, Long> counts() {
        return new TreeMap<>(counts);
    }

    private static String name(Matcher m) {
        return m.group(1).replace("\"\"", "\"");
    }

    /**
     * The value lists after the table name: parentheses opened at depth 0, outside quotes. A column
     * list right after the name (not written by H2 today) is skipped.
     */
    static long rows(String sql, int from) {
        int i = from;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        boolean columnList = i < sql.length() && sql.charAt(i) == '(';
        long groups = 0;
        int depth = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                // jump to the closing quote ('' and "" inside a quoted text leave and re-enter: same count);
                // indexOf runs on the processor's vector instructions: a quoted text is skipped in one step
                int close = sql.indexOf(c, i + 1);
                if (close < 0) {
                    break;
                }
                i = close + 1;
                continue;
            }
            if (c == '(') {
                if (depth++ == 0) {
                    groups++;
                }
            } else if (c == ')') {
                depth--;
            }
            i++;
        }
        return columnList ? groups - 1 : groups;
    }
}
