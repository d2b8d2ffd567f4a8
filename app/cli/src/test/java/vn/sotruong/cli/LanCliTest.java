package vn.sotruong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.server.client.OfficeAddress;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.client.WorkstationPairing;

/**
 * {@code serve} and {@code lan list|approve|revoke} on a real store, with a real workstation client over TLS; and
 * {@code lan schedule list|set|clear}.
 */
class LanCliTest {
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
    void serveAcceptsAPairingRequestThenTheAdministratorApprovesItByItsCode() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> serving = CompletableFuture.supplyAsync(() -> Cli.run(new String[] {"--data",
                dir.resolve("store").toString(), "serve", "--bind", "127.0.0.1", "--port", "0"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                ENV, new ByteArrayInputStream(new byte[0])));
        Matcher m = awaitLine(out, Pattern.compile("https://127\\.0\\.0\\.1:(\\d+)"));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Dấu vân tay chứng chỉ (SHA-256): ");

        WorkstationPairing ws = OfficeClient.requestPairing(new OfficeAddress("127.0.0.1", Integer.parseInt(m.group(1))),
                "Phòng máy 1", Locale.ROOT);
        assertThat(printed).contains(ws.fingerprint());
        OfficeClient workstation = OfficeClient.paired(ws, Locale.ROOT);
        assertThat(code(() -> workstation.login("quantri", PASSWORD.toCharArray()))).isEqualTo("lan.pairingPending");

        // while serve holds the store, the lan commands ask it over loopback
        CliRun list = admin("lan", "list");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("1\tchờ duyệt\t" + ws.code() + "\tPhòng máy 1\t127.0.0.1");
        String wrong = ws.code().equals("000000") ? "111111" : "000000";
        CliRun refused = admin("lan", "approve", wrong);
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).contains("Không có máy trạm nào đang chờ duyệt với mã " + wrong);
        CliRun wrongPassword = CliRun.of(Map.of("SOTRUONG_PASSWORD", "sai"), "--data", dir.resolve("store").toString(),
                "--user", "quantri", "lan", "approve", ws.code());
        assertThat(wrongPassword.exit()).isEqualTo(3);
        assertThat(admin("lan", "list").out()).contains("chờ duyệt");

        CliRun approve = admin("lan", "approve", ws.code());
        assertThat(approve.exit()).as(approve.err()).isZero();
        assertThat(approve.out()).contains("Đã duyệt máy trạm số 1 (Phòng máy 1, mã " + ws.code() + ")");
        assertThat(workstation.login("quantri", PASSWORD.toCharArray()).fullName()).isNotBlank();

        ServeCommand.STOP.get().countDown();
        assertThat(serving.get(30, TimeUnit.SECONDS)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã dừng phục vụ mạng nội bộ.");

        // the service stopped: the lan commands open the store themselves
        assertThat(admin("lan", "list").out()).contains("1\tđã ghép\t");
        assertThat(admin("lan", "revoke", "1").exit()).isZero();
        CliRun again = admin("lan", "revoke", "1");
        assertThat(again.exit()).isEqualTo(3);
        assertThat(again.err()).contains("đã bị thu hồi từ trước");
        assertThat(admin("lan", "approve").exit()).as("neither a code nor --id").isEqualTo(2);
    }

    private static String code(Runnable call) {
        try {
            call.run();
            return "ok";
        } catch (vn.sotruong.core.common.DomainException e) {
            return e.code();
        }
    }

    @Test
    void aBadPortIsRefusedBeforeAnythingStarts() {
        CliRun r = CliRun.of(ENV, "--data", dir.resolve("store").toString(), "serve", "--port", "70000");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("Cổng phải là số từ 1 đến 65535");
        assertThat(dir.resolve("store/lan")).doesNotExist();
    }

    private static Matcher awaitLine(ByteArrayOutputStream out, Pattern p) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            Matcher m = p.matcher(out.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                return m;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve printed no address: " + out.toString(StandardCharsets.UTF_8));
    }

    // lan schedule list|set|clear: set, read back, a bad line refused and nothing changed
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
