package vn.sotruong.data.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pruning the previous-… stores a restore leaves: by the time they were written, never the one just made. */
class PreviousStoresTest {
    @TempDir
    Path data;

    private Path previous(String stamp, String writtenAt) throws Exception {
        Path d = Files.createDirectories(data.resolve("previous-" + stamp));
        Files.writeString(d.resolve("sotruong.mv.db"), "the data as it was");
        Files.setLastModifiedTime(d, FileTime.from(Instant.parse(writtenAt)));
        return d;
    }

    @Test
    void keepsTheJustMadeOneAndTheMostRecentlyWrittenOtherWhateverTheStampsSay() throws Exception {
        Path oldest = previous("20261001-080000", "2026-10-01T01:00:00Z");
        Path newer = previous("20261105-080000", "2026-11-05T01:00:00Z");
        // made when the PC's clock said 2024: its stamp is the smallest, but it was written after the others
        Path wrongClock = previous("20240101-080000", "2026-11-20T01:00:00Z");
        // the restore just now, on a clock set back even further: kept whatever its stamp and time
        Path justMade = previous("20230101-080000", "2023-01-01T01:00:00Z");
        Path unrelated = Files.createDirectories(data.resolve("backups"));
        Path aFile = Files.writeString(data.resolve("previous-notes.txt"), "not a store");

        List<Path> removed = PreviousStores.prune(data, justMade, 2);

        assertThat(removed).containsExactlyInAnyOrder(oldest, newer);
        assertThat(justMade).isDirectory();
        assertThat(wrongClock).isDirectory();
        assertThat(unrelated).isDirectory();
        assertThat(aFile).isRegularFile();
    }

    @Test
    void nothingIsRemovedWhileThereAreNoMoreThanKept() throws Exception {
        Path a = previous("20261001-080000", "2026-10-01T01:00:00Z");
        Path justMade = previous("20261105-080000", "2026-11-05T01:00:00Z");
        assertThat(PreviousStores.prune(data, justMade, 2)).isEmpty();
        assertThat(a).isDirectory();
        assertThat(PreviousStores.prune(data.resolve("missing"), justMade, 2)).isEmpty();
    }
}
