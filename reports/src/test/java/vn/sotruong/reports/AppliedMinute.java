package vn.sotruong.reports;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.correction.CorrectionRequest;
import vn.sotruong.core.correction.MinuteSigningService;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Parent;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.school.School;
import vn.sotruong.core.school.SchoolInit;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.NewPerson;
import vn.sotruong.core.security.Role;
import vn.sotruong.testkit.TempStore;

/**
 * A small THCS school in a temporary store with one correction minute approved (Toán, HK1 TX1 of Lê Văn An from 5
 * to 7), its school authority created and a signing key for each of the three signers. {@link #apply()} applies
 * it. Close it to delete the store.
 */
final class AppliedMinute implements AutoCloseable {
    static final char[] KEY_PASSWORD = "KhoaKy#2026".toCharArray();
    private static final char[] PASSWORD = "MatKhau#2026".toCharArray();

    final TempStore temp = TempStore.open(Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC));
    final CoreServices s = temp.services();
    final Actor admin;
    final Actor principal;
    final Actor teacher;
    final Actor otherTeacher;
    final long minute;
    final MinuteSigningService signing = s.minuteSigning(new JasperMinutePrinter(), new PadesSigner());

    AppliedMinute() {
        s.setup().initialise(new SchoolInit(new School("Trường THCS Chu Văn An", "79000701", "TP. Hồ Chí Minh",
                "Quận 1", SchoolLevel.THCS, "Nguyễn Thị Hạnh", false), 2026, "quantri", "Trần Quốc Toản", PASSWORD));
        admin = signIn("quantri");
        principal = person("hieutruong", "Nguyễn Thị Hạnh", Role.HIEU_TRUONG);
        teacher = person("gv.toan", "Phạm Văn Toán", Role.GVBM, Role.GVCN);
        otherTeacher = person("gv.van", "Đỗ Thị Văn", Role.GVBM);
        long year = s.years().currentYear().orElseThrow().id();
        long c7a = s.organisation().addClass(admin, year, 7, "7A", teacher.staffId());
        long toan = s.years().subjects(year).stream().filter(x -> x.code().equals("TOAN")).findFirst().orElseThrow().id();
        s.organisation().assign(admin, year, c7a, toan, teacher.staffId());
        long an = s.pupils().admit(admin, c7a, new Pupil(0, "HS001", "Lê Văn An", LocalDate.of(2013, 4, 2), Gender.NAM,
                "Huế", "Kinh", "Phường An Cựu", false, new Parent("Lê Văn Cha", null, null), null, null, null, null, null),
                LocalDate.of(2026, 9, 5), null);
        s.gradebook().save(teacher, c7a, SheetRef.subject("TOAN"), List.of(CellEdit.of(an, "HK1.TX1", "5")), Via.GRID);
        minute = s.corrections().draft(teacher, c7a, "Nhập nhầm điểm kiểm tra thường xuyên của em An (7 thành 5)",
                List.of(new CorrectionRequest(an, SheetRef.subject("TOAN"), "HK1.TX1", "7")));
        s.corrections().addEvidence(teacher, minute, "so-diem-ca-nhan.png", png());
        s.corrections().submit(teacher, minute);
        s.corrections().approve(principal, minute, "Đồng ý sửa theo sổ điểm cá nhân");
        s.signatures().createAuthority(admin);
        for (Actor a : List.of(admin, principal, teacher, otherTeacher)) {
            s.signatures().issue(a, a.login(), KEY_PASSWORD);
        }
    }

    void apply() {
        s.corrections().apply(admin, minute);
    }

    private Actor signIn(String login) {
        return s.auth().login(login, PASSWORD, "test").actor();
    }

    private Actor person(String login, String name, Role... roles) {
        char[] first = "TamThoi#123".toCharArray();
        s.accounts().addPerson(admin, new NewPerson(name, login, Set.of(roles), null, null, first));
        return s.auth().changeOwnPassword(s.auth().login(login, first, "test").actor(), first, PASSWORD);
    }

    private static byte[] png() {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        img.setRGB(5, 5, 0xff0000);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        temp.close();
    }
}
