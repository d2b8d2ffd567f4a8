package vn.sotruong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.store.Store;

/** {@code sotruong pupils dossier --pupil CODE --out DIR} against a real store: written, refused, usage errors. */
class PupilsDossierCliTest {
    private static final String PASSWORD = "QuanTri#2026";

    @TempDir
    Path dir;

    private CliRun asAdmin(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", dir.resolve("store").toString(), "--user", "quantri"));
        all.addAll(List.of(args));
        return CliRun.of(Map.of("SOTRUONG_PASSWORD", PASSWORD), all.toArray(String[]::new));
    }

    @BeforeEach
    void twoPupilsOneOfWhomTransfersOut() throws IOException {
        CliRun init = CliRun.of(Map.of("SOTRUONG_PASSWORD", PASSWORD), "--data", dir.resolve("store").toString(),
                "school", "init", "--name", "Trường THCS Chu Văn An", "--level", "thcs", "--year", "2026-2027",
                "--admin", "quantri");
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(asAdmin("class", "add", "--grade", "7", "--name", "7A").exit()).isZero();
        Path f = TextWorkbooks.write(dir.resolve("7a.xlsx"), "HOCSINH", List.of(
                List.of("Mã học sinh", "Họ và tên", "Ngày sinh", "Giới tính"),
                List.of("HS001", "Nguyễn Thị Ánh", "12/03/2013", "Nữ"), List.of("HS002", "Lê Văn Bảo", "01/12/2013", "Nam")));
        assertThat(asAdmin("pupils", "import", "--class", "7A", "--file", f.toString()).exit()).isZero();
        try (Store s = Store.open(dir.resolve("store"))) {
            Actor admin = s.services().auth().login("quantri", PASSWORD.toCharArray(), "test").actor();
            long anh = s.services().stores().pupils().findByCode("HS001").orElseThrow().id();
            LocalDate from = s.services().stores().enrolments().enrolmentsOf(anh).getFirst().from();
            s.services().movements().transferOut(admin, anh, from.plusDays(7), "Trường THCS Lê Lợi", "Chuyển nhà");
        }
        Files.createDirectories(dir.resolve("out"));
    }

    @Test
    void theDossierOfATransferredPupilIsWrittenAsPdfAndXlsx() {
        CliRun r = asAdmin("pupils", "dossier", "--pupil", "HS001", "--out", dir.resolve("out").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Đã ghi hồ sơ chuyển trường", "ho-so-chuyen-truong-HS001.pdf",
                "ho-so-chuyen-truong-HS001.xlsx");
        assertThat(dir.resolve("out/ho-so-chuyen-truong-HS001.pdf")).isNotEmptyFile();
        assertThat(dir.resolve("out/ho-so-chuyen-truong-HS001.xlsx")).isNotEmptyFile();
    }

    @Test
    void aPupilStillAtTheSchoolIsRefusedWithExit3AndNothingWritten() throws IOException {
        CliRun r = asAdmin("pupils", "dossier", "--pupil", "HS002", "--out", dir.resolve("out").toString());
        CliRun unknown = asAdmin("pupils", "dossier", "--pupil", "HS999", "--out", dir.resolve("out").toString());
        CliRun noFolder = asAdmin("pupils", "dossier", "--pupil", "HS001", "--out", dir.resolve("nowhere").toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("Học sinh HS002 chưa chuyển đi");
        assertThat(unknown.exit()).isEqualTo(3);
        assertThat(unknown.err()).contains("HS999");
        assertThat(noFolder.exit()).isEqualTo(2);
        assertThat(noFolder.err()).contains("Không có thư mục");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files).isEmpty();
        }
    }
}
