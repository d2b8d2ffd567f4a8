package vn.sotruong.data.attendance;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

/**
 * The small school with two classes for attendance: 6A (homeroom Vũ Thị Lan, four pupils, one of whom
 * transfers out on 01/10/2026) and 6B (homeroom Đỗ Minh Toàn, one pupil); a subject teacher of 6A, the
 * office and the principal. Year 2026-2027 starts on Monday 07/09/2026.
 */
abstract class AttendanceFixture extends SchoolStoreFixture {
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 7);
    /** Monday. */
    static final LocalDate OCT_5 = LocalDate.of(2026, 10, 5);
    static final LocalDate LEFT_ON = LocalDate.of(2026, 10, 1);

    long year;
    long c6a;
    long c6b;
    Actor homeroom6a;
    Actor homeroom6b;
    Actor subjectTeacher;
    Actor office;
    Actor principal;
    /** 6A: Lê Văn An (HS001), Nguyễn Thị Bình (HS002), Trần Minh Châu (HS003); Phạm Văn Dũng (HS004) left 01/10. */
    long an;
    long binh;
    long chau;
    long dung;
    /** 6B: Hoàng Thị Em (HS005). */
    long em;

    @BeforeEach
    void attendanceSchool() {
        year = s.years().currentYear().orElseThrow().id();
        homeroom6a = Schools.person(s, "gvcn.6a", "Vũ Thị Lan", Role.GVCN, Role.GVBM);
        homeroom6b = Schools.person(s, "gvcn.6b", "Đỗ Minh Toàn", Role.GVCN);
        subjectTeacher = Schools.person(s, "gv.toan", "Lý Thị Toán", Role.GVBM);
        office = Schools.person(s, "vanphong", "Lê Thu Hà", Role.VAN_PHONG);
        principal = Schools.person(s, "hieutruong", "Phạm Thị Hạnh", Role.HIEU_TRUONG);
        c6a = s.organisation().addClass(admin, year, 6, "6A", homeroom6a.staffId());
        c6b = s.organisation().addClass(admin, year, 6, "6B", homeroom6b.staffId());
        long toan = s.years().subjects(year).stream().filter(x -> x.code().equals("TOAN")).findFirst()
                .map(Subject::id).orElseThrow();
        s.organisation().assign(admin, year, c6a, toan, subjectTeacher.staffId());
        an = admit(c6a, "HS001", "Lê Văn An");
        binh = admit(c6a, "HS002", "Nguyễn Thị Bình");
        chau = admit(c6a, "HS003", "Trần Minh Châu");
        dung = admit(c6a, "HS004", "Phạm Văn Dũng");
        em = admit(c6b, "HS005", "Hoàng Thị Em");
        s.movements().transferOut(admin, dung, LEFT_ON, "Trường THCS Lê Lợi, Huế", "Gia đình chuyển nhà");
    }

    long admit(long classId, String code, String name) {
        return s.pupils().admit(admin, classId, new Pupil(0, code, name, LocalDate.of(2014, 3, 12), Gender.NU,
                null, "Kinh", null, false, null, null, null, null, null, null), FIRST_DAY, null);
    }

    List<AuditEntry> attendanceEvents() {
        return s.audit().latest(admin, 1000).stream().filter(e -> e.kind() == AuditKind.ATTENDANCE_CHANGED).toList();
    }
}
