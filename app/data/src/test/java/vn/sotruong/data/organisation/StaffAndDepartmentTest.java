package vn.sotruong.data.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.organisation.Department;
import vn.sotruong.core.organisation.StaffMember;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.core.security.StaffAccount;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

/** Editing staff records and departments through the services, against a real store. */
class StaffAndDepartmentTest extends SchoolStoreFixture {

    private StaffMember staffOf(Actor a) {
        return s.organisation().staff(admin).stream().filter(m -> m.id() == a.staffId()).findFirst().orElseThrow();
    }

    @Test
    void theAdministratorChangesPositionDepartmentAndPhoneAndItIsAudited() {
        Actor gv = Schools.person(s, "gv.hoa", "Đinh Thị Hoa", Role.GVBM);
        long khtn = s.organisation().addDepartment(admin, "Tổ Khoa học tự nhiên");
        StaffMember before = staffOf(gv);
        s.organisation().updateStaff(admin, new StaffMember(before.id(), before.fullName(), before.gender(),
                before.birthDate(), "0903 123.456", " Giáo viên Hóa ", khtn, true));
        StaffMember after = staffOf(gv);
        assertThat(after.position()).isEqualTo("Giáo viên Hóa");
        assertThat(after.departmentId()).isEqualTo(khtn);
        assertThat(after.phone()).isEqualTo("0903123456");
        assertThat(s.audit().latest(admin, 1)).extracting(AuditEntry::kind).containsExactly(AuditKind.STAFF_CHANGED);
    }

    @Test
    void badStaffChangesAreRefusedAndChangeNothing() {
        Actor gv = Schools.person(s, "gv.hoa", "Đinh Thị Hoa", Role.GVBM);
        StaffMember before = staffOf(gv);
        assertThat(code(() -> s.organisation().updateStaff(admin, with(before, "abc", null))))
                .isEqualTo("staff.phoneInvalid");
        assertThat(code(() -> s.organisation().updateStaff(admin, with(before, null, 9999L))))
                .isEqualTo("department.notFound");
        assertThat(code(() -> s.organisation().updateStaff(admin, new StaffMember(before.id(), " ", null, null, null,
                null, null, true)))).isEqualTo("person.nameRequired");
        assertThat(code(() -> s.organisation().updateStaff(admin, new StaffMember(before.id(), "X", null, null, null,
                "x".repeat(101), null, true)))).isEqualTo("staff.positionTooLong");
        assertThat(code(() -> s.organisation().updateStaff(admin, new StaffMember(4242, "X", null, null, null,
                null, null, true)))).isEqualTo("staff.notFound");
        assertThat(code(() -> s.organisation().updateStaff(gv, with(before, "0903123456", null))))
                .isEqualTo("auth.denied");
        assertThat(staffOf(gv)).isEqualTo(before);
    }

    @Test
    void departmentsGetAndLoseTheirHead() {
        Actor gv = Schools.person(s, "gv.hoa", "Đinh Thị Hoa", Role.GVBM);
        long id = s.organisation().addDepartment(admin, "Tổ Toán – Tin");
        s.organisation().setDepartmentHead(admin, id, gv.staffId());
        assertThat(s.organisation().departments()).containsExactly(new Department(id, "Tổ Toán – Tin", gv.staffId()));
        s.organisation().setDepartmentHead(admin, id, null);
        assertThat(s.organisation().departments().getFirst().headStaffId()).isNull();
        assertThat(code(() -> s.organisation().setDepartmentHead(admin, 9999, gv.staffId())))
                .isEqualTo("department.notFound");
    }

    @Test
    void staffAccountsShowLoginsToThoseWhoSeeStaffOnly() {
        Actor principal = Schools.person(s, "hieutruong", "Phạm Thị Hạnh", Role.HIEU_TRUONG);
        Actor gv = Schools.person(s, "gv.hoa", "Đinh Thị Hoa", Role.GVBM);
        assertThat(s.accounts().staffAccounts(principal)).extracting(StaffAccount::login)
                .contains(Schools.ADMIN, "hieutruong", "gv.hoa");
        assertThat(code(() -> s.accounts().staffAccounts(gv))).isEqualTo("auth.denied");
    }

    private static StaffMember with(StaffMember m, String phone, Long department) {
        return new StaffMember(m.id(), m.fullName(), m.gender(), m.birthDate(), phone, m.position(), department,
                m.active());
    }

}
