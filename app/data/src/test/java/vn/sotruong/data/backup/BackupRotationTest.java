package vn.sotruong.data.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which generations rotation lets go, as a table: each row is the creation days of the backups in
 * the order they were written (the last one is the backup just made), how many to keep, and which
 * must be removed. Day numbers stand for the manifest's time; the writing order is what a clock
 * cannot change.
 */
class BackupRotationTest {
    private static final Instant DAY0 = Instant.parse("2026-11-01T01:00:00Z");

    static Stream<Arguments> cases() {
        return Stream.of(
                // a correct clock: the oldest beyond keep go
                Arguments.of("correct clock", List.of(1, 2, 3, 4, 5, 6, 7), 5, List.of(1, 2)),
                Arguments.of("fewer than keep", List.of(1, 2, 3), 5, List.of()),
                Arguments.of("keep one keeps the newest only", List.of(1, 2, 3), 1, List.of(1, 2)),
                Arguments.of("keep 0 is read as 1", List.of(1, 2, 3), 0, List.of(1, 2)),
                // the clock set back a year after day 5: the new backups look oldest, yet nothing recent goes
                Arguments.of("clock set earlier, first backup", List.of(1, 2, 3, 4, 5, -360), 5, List.of()),
                Arguments.of("clock set earlier, three backups", List.of(1, 2, 3, 4, 5, -360, -359, -358), 5, List.of()),
                Arguments.of("clock set earlier, many backups", List.of(1, 2, 3, 4, 5, -360, -359, -358, -357, -356, -355),
                        5, List.of(-360)),
                // the clock set a year ahead: the genuinely oldest goes, the future-dated one never
                Arguments.of("clock set later", List.of(1, 2, 3, 4, 5, 370), 5, List.of(1)),
                Arguments.of("clock set later, then corrected", List.of(1, 2, 3, 4, 5, 370, 6), 5, List.of(1, 2)),
                Arguments.of("clock set later, corrected, many", List.of(1, 2, 3, 4, 5, 370, 6, 7, 8, 9, 10), 5,
                        List.of(1, 2, 3, 4, 5)),
                // two backups in one minute: the same time, told apart by the writing order
                Arguments.of("same minute", List.of(1, 1, 1), 2, List.of(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rotation_removes_only_old_generations(String name, List<Integer> days, int keep, List<Integer> removed) {
        List<LedgerEntry> all = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            all.add(entry(i + 1, days.get(i)));
        }
        LedgerEntry made = all.removeLast();
        BackupRotation.Plan plan = BackupRotation.plan(all, made, keep, made.created());
        List<Integer> removedDays = plan.remove().stream()
                .map(e -> (int) Duration.between(DAY0, e.created()).toDays()).sorted().toList();
        assertThat(removedDays).isEqualTo(removed.stream().sorted().toList());
        // whatever the clock did: never the newest by time, never the one just written, never one dated later
        LedgerEntry newestByTime = Stream.concat(all.stream(), Stream.of(made))
                .max(java.util.Comparator.comparing(LedgerEntry::created).thenComparingLong(LedgerEntry::seq))
                .orElseThrow();
        assertThat(plan.remove()).doesNotContain(newestByTime, made);
        assertThat(plan.remove()).noneMatch(e -> e.created().isAfter(made.created()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void backups_dated_after_the_new_one_are_counted_for_the_clock_warning(String name, List<Integer> days, int keep,
                                                                           List<Integer> removed) {
        List<LedgerEntry> all = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            all.add(entry(i + 1, days.get(i)));
        }
        LedgerEntry made = all.removeLast();
        long later = all.stream().filter(e -> e.created().isAfter(made.created())).count();
        assertThat(BackupRotation.plan(all, made, keep, made.created()).datedLater()).isEqualTo((int) later);
    }

    private static LedgerEntry entry(long seq, int day) {
        Instant created = DAY0.plus(Duration.ofDays(day));
        return new LedgerEntry(seq, "SoTruong_x_" + seq + BackupFileName.SUFFIX, 100, created,
                new SchoolIdentity("79000701", "Trường THCS Chu Văn An"), BackupKind.MANUAL, created);
    }
}
