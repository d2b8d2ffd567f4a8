package vn.sotruong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.correction.CorrectionRequest;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.locks.LockService;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Parent;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.store.Store;

/**
 * {@code sign ca init}, {@code sign key issue|export|import}, {@code correction sign|print|archive}, {@code pdf
 * verify} and {@code audit verify|checkpoint} on a real store whose minute was applied on 20/09/2026.
 */
class SignCliTest {
    private static final String KEY = "KhoaKy#2026";

    @TempDir
    Path dir;
    private CliSchool school;

    @BeforeEach
    void anAppliedMinute() throws Exception {
        school = CliSchool.init(dir, "thcs").person("hieutruong", "Nguyễn Thị Hạnh", "hieu-truong")
                .person("gv.toan", "Phạm Văn Toán", "gvbm,gvcn").person("gv.van", "Đỗ Thị Văn", "gvbm");
        assertThat(school.asAdmin("class", "add", "--grade", "7", "--name", "7A", "--homeroom", "gv.toan").exit()).isZero();
        try (Store store = Store.open(Path.of(school.data()), Clock.fixed(Instant.parse("2026-09-20T02:00:00Z"),
                ZoneOffset.UTC))) {
            CoreServices s = store.services();
            s.stores().settings().put(LockService.AUTOMATIC, "false");
            Actor admin = signIn(s, CliSchool.ADMIN, CliSchool.ADMIN_PASSWORD);
            Actor teacher = signIn(s, "gv.toan", CliSchool.PASSWORD);
            long year = s.years().currentYear().orElseThrow().id();
            long c7a = s.organisation().classes(admin, year).getFirst().id();
            long toan = s.years().subjects(year).stream().filter(x -> x.code().equals("TOAN")).findFirst().orElseThrow().id();
            s.organisation().assign(admin, year, c7a, toan, teacher.staffId());
            long an = s.pupils().admit(admin, c7a, new Pupil(0, "HS001", "Lê Văn An", LocalDate.of(2013, 4, 2),
                    Gender.NAM, "Huế", "Kinh", "Phường An Cựu", false, new Parent("Lê Văn Cha", null, null), null, null,
                    null, null, null), LocalDate.of(2026, 9, 5), null);
            s.gradebook().save(teacher, c7a, SheetRef.subject("TOAN"), List.of(CellEdit.of(an, "HK1.TX1", "5")), Via.GRID);
            long m = s.corrections().draft(teacher, c7a, "Nhập nhầm điểm của em An",
                    List.of(new CorrectionRequest(an, SheetRef.subject("TOAN"), "HK1.TX1", "7")));
            BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(img, "png", png);
            s.corrections().addEvidence(teacher, m, "so-diem.png", png.toByteArray());
            s.corrections().submit(teacher, m);
            s.corrections().approve(signIn(s, "hieutruong", CliSchool.PASSWORD), m, null);
            s.corrections().apply(admin, m);
        }
    }

    private static Actor signIn(CoreServices s, String login, String password) {
        return s.auth().login(login, password.toCharArray(), "test").actor();
    }

    private CliRun as(String login, String... args) {
        String pw = login.equals(CliSchool.ADMIN) ? CliSchool.ADMIN_PASSWORD : CliSchool.PASSWORD;
        return school.asIn(Map.of("SOTRUONG_KEY_PASSWORD", KEY), login, pw, args);
    }

    @Test
    void theThreeSignersSignFromTheCommandLineAndTheFileVerifies() throws Exception {
        CliRun early = as("gv.toan", "correction", "sign", "--minute", "1");
        assertThat(early.exit()).isEqualTo(3);
        assertThat(early.err()).contains("chưa tạo tổ chức cấp chứng thư số");

        CliRun ca = as(CliSchool.ADMIN, "sign", "ca", "init");
        assertThat(ca.exit()).as(ca.err()).isZero();
        assertThat(ca.out()).contains("Trường THCS Chu Văn An");
        for (String who : List.of(CliSchool.ADMIN, "hieutruong", "gv.toan", "gv.van")) {
            CliRun issued = as(who, "sign", "key", "issue");
            assertThat(issued.exit()).as(issued.err()).isZero();
        }
        CliRun wrongKey = school.asIn(Map.of("SOTRUONG_KEY_PASSWORD", "SaiMatKhau1"), "gv.toan", CliSchool.PASSWORD,
                "correction", "sign", "--minute", "1");
        assertThat(wrongKey.exit()).isEqualTo(3);
        assertThat(wrongKey.err()).contains("Sai mật khẩu khóa ký");
        CliRun stranger = as("gv.van", "correction", "sign", "--minute", "1");
        assertThat(stranger.exit()).isEqualTo(3);

        CliRun t = as("gv.toan", "correction", "sign", "--minute", "1");
        assertThat(t.exit()).as(t.err()).isZero();
        assertThat(t.out()).contains("Giáo viên", "Còn chờ chữ ký của: Hiệu trưởng, Quản trị hệ thống");
        assertThat(as("hieutruong", "correction", "sign", "--minute", "1").exit()).isZero();
        CliRun last = as(CliSchool.ADMIN, "correction", "sign", "--minute", "1");
        assertThat(last.exit()).as(last.err()).isZero();
        assertThat(last.out()).contains("đã đủ ba chữ ký");

        Path pdf = dir.resolve("bien-ban-1.pdf");
        CliRun print = as("gv.toan", "correction", "print", "--minute", "1", "--out", pdf.toString());
        assertThat(print.exit()).as(print.err()).isZero();
        assertThat(print.out()).contains("3 chữ ký");
        CliRun ok = as("gv.van", "pdf", "verify", pdf.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Chữ ký 1: Phạm Văn Toán", "Chữ ký 3: Quản trị hệ thống", "Hợp lệ: 3 chữ ký",
                "Chuỗi chứng thư: Phạm Văn Toán ← Trường THCS Chu Văn An — Certification Authority (CA của trường)");

        byte[] bytes = Files.readAllBytes(pdf);
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Title") + 2;
        bytes[at] ^= 0x01;
        Path bad = Files.write(dir.resolve("sua.pdf"), bytes);
        CliRun changed = as("gv.van", "pdf", "verify", bad.toString());
        assertThat(changed.exit()).isEqualTo(3);
        assertThat(changed.out()).contains("KHÔNG khớp");
        assertThat(changed.err()).contains("đã bị thay đổi sau khi ký");
        assertThat(as("gv.van", "pdf", "verify", dir.resolve("khong-co.pdf").toString()).exit()).isEqualTo(2);

        Path p12 = dir.resolve("hieutruong.p12");
        assertThat(as(CliSchool.ADMIN, "sign", "key", "export", "--for", "hieutruong", "--out", p12.toString()).exit())
                .isZero();
        CliRun imported = as("hieutruong", "sign", "key", "import", "--file", p12.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();

        assertThat(as(CliSchool.ADMIN, "correction", "archive", "--minute", "1").exit()).isZero();
        CliRun audit = as(CliSchool.ADMIN, "audit", "verify");
        assertThat(audit.exit()).as(audit.err()).isZero();
        assertThat(audit.out()).contains("điểm mốc");
    }

    @Test
    void auditVerifyNamesADeletedTail() throws Exception {
        assertThat(as(CliSchool.ADMIN, "sign", "ca", "init").exit()).isZero();
        CliRun cp = as(CliSchool.ADMIN, "audit", "checkpoint");
        assertThat(cp.exit()).as(cp.err()).isZero();
        long reached = Long.parseLong(cp.out().replaceAll("(?s).*sự kiện #(\\d+).*", "$1"));
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + Path.of(school.data()).resolve("sotruong"), "sa", "");
             var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM audit_event WHERE id > " + (reached - 3));
        }
        CliRun verify = as(CliSchool.ADMIN, "audit", "verify");
        assertThat(verify.exit()).isEqualTo(3);
        assertThat(verify.err()).contains("chuỗi dừng ở sự kiện #" + (reached - 3), "đã đến sự kiện #" + reached + ";");
    }

    @Test
    void auditVerifyNamesADeletedTailEvenWhenTheCheckpointsInTheDatabaseWentToo() throws Exception {
        assertThat(as(CliSchool.ADMIN, "sign", "ca", "init").exit()).isZero();
        CliRun cp = as(CliSchool.ADMIN, "audit", "checkpoint");
        assertThat(cp.exit()).as(cp.err()).isZero();
        long reached = Long.parseLong(cp.out().replaceAll("(?s).*sự kiện #(\\d+).*", "$1"));
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + Path.of(school.data()).resolve("sotruong"), "sa", "");
             var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM audit_event WHERE id > " + (reached - 3));
            st.executeUpdate("DELETE FROM audit_checkpoint");
        }
        // the signed copy in <data>/audit-checkpoints/ still says how far the chain reached
        CliRun verify = as(CliSchool.ADMIN, "audit", "verify");
        assertThat(verify.exit()).isEqualTo(3);
        assertThat(verify.err()).contains("chuỗi dừng ở sự kiện #" + (reached - 3), "đã đến sự kiện #" + reached + ";");
    }
}
