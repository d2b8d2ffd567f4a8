package vn.sotruong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.signature.Certificates;
import vn.sotruong.core.signature.SigningCredential;
import vn.sotruong.core.signature.TrustListService;
import vn.sotruong.data.signature.FakeVietnameseCa;

/**
 * {@code sign trust add|list|remove}, {@code sign register-cert} and {@code sign confirm-cert} on a real store with a
 * made-up national root → VNPT-CA chain: the fingerprint shown before anything is added, refusals that change
 * nothing, the teacher's registration waiting for the administrator.
 */
class SignTrustCliTest {
    @TempDir
    Path dir;

    @Test
    void theAdministratorImportsARootAndConfirmsATeachersCertificate() throws Exception {
        CliSchool school = CliSchool.init(dir, "thcs").person("gv.toan", "Phạm Văn Toán", "gvbm");
        FakeVietnameseCa vnpt = new FakeVietnameseCa(Instant.now());
        Path root = Files.write(dir.resolve("root-ca.crt"), FakeVietnameseCa.pem(vnpt.root.certificate()));
        String fp = TrustListService.fingerprint(vnpt.root.certificate());

        // shown, not added, without --yes
        CliRun shown = school.asAdmin("sign", "trust", "add", root.toString());
        assertThat(shown.exit()).isEqualTo(3);
        assertThat(shown.out()).contains("Root CA Thử nghiệm", fp.substring(0, 2) + ":" + fp.substring(2, 4));
        assertThat(shown.err()).contains("--yes");
        assertThat(school.asAdmin("sign", "trust", "list").out()).contains("Chứng thư gốc tin cậy (ngoài CA của trường): 0");

        // refused: a teacher, a file that is no certificate, a personal certificate
        CliRun teacher = school.as("gv.toan", CliSchool.PASSWORD, "sign", "trust", "add", root.toString(), "--yes");
        assertThat(teacher.exit()).isEqualTo(3);
        Path junk = Files.writeString(dir.resolve("rac.cer"), "không phải chứng thư");
        CliRun bad = school.asAdmin("sign", "trust", "add", junk.toString(), "--yes");
        assertThat(bad.exit()).isEqualTo(3);
        assertThat(bad.err()).contains("không phải chứng thư số X.509");
        SigningCredential toan = vnpt.person("Phạm Văn Toán");
        Path personal = Files.write(dir.resolve("toan.cer"), Certificates.der(toan.certificate()));
        CliRun notCa = school.asAdmin("sign", "trust", "add", personal.toString(), "--yes");
        assertThat(notCa.exit()).isEqualTo(3);
        assertThat(notCa.err()).contains("không phải chứng thư của một tổ chức cấp chứng thư");
        assertThat(school.asAdmin("sign", "trust", "list").out()).contains("(ngoài CA của trường): 0");

        CliRun added = school.asAdmin("sign", "trust", "add", root.toString(), "--yes");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("Đã thêm vào danh sách tin cậy.");

        // the teacher registers, the administrator confirms
        CliRun registered = school.as("gv.toan", CliSchool.PASSWORD, "sign", "register-cert", personal.toString());
        assertThat(registered.exit()).as(registered.err()).isZero();
        assertThat(registered.out()).contains("chờ quản trị xác nhận");
        assertThat(school.asAdmin("sign", "trust", "list").out()).contains("gv.toan", "chờ quản trị xác nhận");
        String toanFp = TrustListService.fingerprint(toan.certificate());
        CliRun selfConfirm = school.as("gv.toan", CliSchool.PASSWORD, "sign", "confirm-cert", "gv.toan", toanFp);
        assertThat(selfConfirm.exit()).isEqualTo(3);
        CliRun confirmed = school.asAdmin("sign", "confirm-cert", "gv.toan", toanFp);
        assertThat(confirmed.exit()).as(confirmed.err()).isZero();
        CliRun mine = school.as("gv.toan", CliSchool.PASSWORD, "sign", "trust", "list");
        assertThat(mine.out()).contains("Chứng thư gốc tin cậy (ngoài CA của trường): 1", "đã xác nhận");

        CliRun unknown = school.asAdmin("sign", "trust", "remove", "ABCD");
        assertThat(unknown.exit()).isEqualTo(3);
        assertThat(unknown.err()).contains("Không có chứng thư gốc nào có vân tay “ABCD”");
        CliRun removed = school.asAdmin("sign", "trust", "remove", fp);
        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(school.asAdmin("sign", "trust", "list").out()).contains("(ngoài CA của trường): 0");
    }

    @Test
    void schoolInitCreatesTheCaForTheFirstAdministrator() {
        String data = dir.resolve("store").toString();
        CliRun init = CliRun.of(java.util.Map.of("SOTRUONG_PASSWORD", CliSchool.ADMIN_PASSWORD), "--data", data,
                "school", "init", "--name", "Trường THCS Lê Lợi", "--level", "thcs", "--year", "2026-2027", "--admin",
                CliSchool.ADMIN);
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(init.out()).contains("Đã tạo tổ chức cấp chứng thư số “Trường THCS Lê Lợi — Certification Authority”");
        assertThat(dir.resolve("store").resolve("school-ca.key")).exists();
        CliRun again = CliRun.of(java.util.Map.of("SOTRUONG_PASSWORD", CliSchool.ADMIN_PASSWORD), "--data", data,
                "--user", CliSchool.ADMIN, "sign", "ca", "init");
        assertThat(again.exit()).isEqualTo(3);
        assertThat(again.err()).contains("Trường đã có tổ chức cấp chứng thư số");
    }
}
