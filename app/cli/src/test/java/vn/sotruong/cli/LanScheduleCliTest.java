package vn.sotruong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lan schedule list|set|clear} on a real store: set, read back, a bad line refused and nothing changed. */
class LanScheduleCliTest {
    private static final String PASSWORD = "QuanTri#2026";
    private static final Map<String, String> ENV = Map.of("SOTRUONG_PASSWORD", PASSWORD);

    @TempDir
    Path dir;

    private CliRun admin(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", dir.resolve("store").toString(), "--user", "quantri"));
        all.addAll(List.of(args));
        return CliRun.of(ENV, all.toArray(String[]::new));
    }

    @BeforeEach
    void school() {
        CliRun init = CliRun.of(ENV, "--data", dir.resolve("store").toString(), "school", "init", "--name",
                "Trường THCS Chu Văn An", "--level", "thcs", "--year", "2026-2027", "--admin", "quantri");
        assertThat(init.exit()).as(init.err()).isZero();
    }

    @Test
    void theAdministratorSetsListsAndClearsTheSchedule() {
        assertThat(admin("lan", "schedule", "list").out()).contains("bất cứ lúc nào");
        CliRun set = admin("lan", "schedule", "set", "--weekly", "T2 07:00-11:00", "--weekly", "WED 13:30-16:30",
                "--closed", "2026-11-20", "--open", "2026-11-28 07:00-11:00");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(admin("lan", "schedule", "list").out()).contains("Hằng tuần\tMON 07:00-11:00",
                "Hằng tuần\tWED 13:30-16:30", "Ngày\t2026-11-20 closed", "Ngày\t2026-11-28 07:00-11:00");
        assertThat(admin("lan", "schedule", "clear").exit()).isZero();
        assertThat(admin("lan", "schedule", "list").out()).contains("bất cứ lúc nào");
    }

    @Test
    void aBadLineIsRefusedWithItsReasonAndChangesNothing() {
        assertThat(admin("lan", "schedule", "set", "--weekly", "MON 07:00-11:00").exit()).isZero();
        CliRun bad = admin("lan", "schedule", "set", "--weekly", "MON 07:00-11:00", "--weekly", "MON 10:00-12:00");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("chồng nhau").contains("MON 10:00-12:00");
        CliRun reversed = admin("lan", "schedule", "set", "--weekly", "TUE 11:00-07:00");
        assertThat(reversed.err()).contains("giờ mở phải trước giờ đóng");
        assertThat(admin("lan", "schedule", "list").out()).contains("MON 07:00-11:00").doesNotContain("TUE");
    }
}
