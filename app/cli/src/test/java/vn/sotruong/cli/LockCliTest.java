package vn.sotruong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lock set|open|list}, {@code audit verify}, {@code review anomalies}, {@code year rollover} on a real store. */
class LockCliTest {
    private static final String PASSWORD = "QuanTri#2026";
    private static final String NEW = "TamThoi#2026";

    @TempDir
    Path dir;

    private CliRun as(String user, Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", dir.resolve("store").toString(), "--user", user));
        all.addAll(List.of(args));
        return CliRun.of(env, all.toArray(String[]::new));
    }

    private CliRun asAdmin(String... args) {
        return as("quantri", Map.of("SOTRUONG_PASSWORD", PASSWORD), args);
    }

    @BeforeEach
    void schoolWithAPrincipal() {
        CliRun init = CliRun.of(Map.of("SOTRUONG_PASSWORD", PASSWORD), "--data", dir.resolve("store").toString(),
                "school", "init", "--name", "Trường THCS Chu Văn An", "--level", "thcs", "--year", "2026-2027",
                "--admin", "quantri");
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(asAdmin("class", "add", "--grade", "7", "--name", "7A").exit()).isZero();
        CliRun add = as("quantri", Map.of("SOTRUONG_PASSWORD", PASSWORD, "SOTRUONG_NEW_PASSWORD", NEW), "user", "add",
                "--login", "hieutruong", "--name", "Nguyễn Thị Hạnh", "--roles", "hieu-truong");
        assertThat(add.exit()).as(add.err()).isZero();
        CliRun passwd = as("hieutruong", Map.of("SOTRUONG_PASSWORD", NEW, "SOTRUONG_NEW_PASSWORD", PASSWORD), "user",
                "passwd");
        assertThat(passwd.exit()).as(passwd.err()).isZero();
    }

    @Test
    void theAdministratorLocksAndOpensOnlyWithThePrincipalsPassword() {
        CliRun set = asAdmin("lock", "set", "--class", "7a", "--columns", "GK:1", "--reason", "QĐ 12/QĐ-THCS");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.out()).contains("GK:1", "2026-2027");

        CliRun wrong = as("quantri", Map.of("SOTRUONG_PASSWORD", PASSWORD, "SOTRUONG_PRINCIPAL_PASSWORD", "sai"),
                "lock", "open", "--class", "7A", "--columns", "GK:1", "--reason", "x", "--principal", "hieutruong");
        assertThat(wrong.exit()).isEqualTo(3);
        CliRun notPrincipal = as("quantri", Map.of("SOTRUONG_PASSWORD", PASSWORD, "SOTRUONG_PRINCIPAL_PASSWORD",
                PASSWORD), "lock", "open", "--class", "7A", "--columns", "GK:1", "--reason", "x", "--principal", "quantri");
        assertThat(notPrincipal.exit()).isEqualTo(3);
        assertThat(notPrincipal.err()).contains("Hiệu trưởng");
        CliRun badDate = as("quantri", Map.of("SOTRUONG_PASSWORD", PASSWORD, "SOTRUONG_PRINCIPAL_PASSWORD", PASSWORD),
                "lock", "open", "--class", "7A", "--reason", "x", "--principal", "hieutruong", "--until", "31/02/2027");
        assertThat(badDate.exit()).isEqualTo(2);
        CliRun open = as("quantri", Map.of("SOTRUONG_PASSWORD", PASSWORD, "SOTRUONG_PRINCIPAL_PASSWORD", PASSWORD),
                "lock", "open", "--class", "7A", "--columns", "GK:1", "--reason", "Nhập bù", "--principal", "hieutruong",
                "--until", "31/12/2030");
        assertThat(open.exit()).as(open.err()).isZero();

        CliRun list = asAdmin("lock", "list");
        assertThat(list.out().lines().toList()).hasSize(2);
        assertThat(list.out()).contains("LOCK\tGK:1\t7A", "OPEN\tGK:1\t7A\t31/12/2030\thieutruong\tNhập bù");
        CliRun bad = asAdmin("lock", "set", "--columns", "GK:3", "--reason", "x");
        assertThat(bad.exit()).isEqualTo(3);
        assertThat(asAdmin("lock", "list").out().lines().toList()).hasSize(2);
    }

    @Test
    void auditVerifyAndARolloverThatWaitsForApprovedResults() {
        CliRun verify = asAdmin("audit", "verify");
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("toàn vẹn");
        CliRun review = as("hieutruong", Map.of("SOTRUONG_PASSWORD", PASSWORD), "review", "anomalies", "--term", "year");
        assertThat(review.exit()).as(review.err()).isZero();
        assertThat(asAdmin("review", "anomalies").exit()).isEqualTo(3);
        assertThat(as("hieutruong", Map.of("SOTRUONG_PASSWORD", PASSWORD), "review", "anomalies", "--term", "3").exit())
                .isEqualTo(2);
        CliRun plan = asAdmin("year", "rollover");
        assertThat(plan.exit()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("Lớp 8A (khối 8) ← 7A", "2027-2028");
        // no pupils yet: nothing to approve, the rollover goes through
        CliRun go = asAdmin("year", "rollover", "--execute");
        assertThat(go.exit()).as(go.err()).isZero();
        assertThat(go.out()).as("the automatic backup made first").contains("Đã sao lưu dữ liệu trước khi lên năm học mới:",
                "_truoc-len-nam");
        assertThat(asAdmin("year", "rollover", "--execute", "--year", "2026-2027").exit()).isEqualTo(3);
    }
}
