package vn.sotruong.testkit.demo;

import java.util.ArrayList;
import java.util.List;
import vn.sotruong.core.security.Role;

/**
 * Ban giám hiệu and the office staff every school has, with the documented demo logins. The
 * administrator is a staff member of the office (the school's IT person), as the regulations expect
 * someone to be named for the system.
 */
final class LeadershipAndOffice {
    static final String OFFICE_DEPARTMENT = "Tổ Văn phòng";

    private LeadershipAndOffice() {
    }

    static List<StaffDraft> create(PersonFactory people, int vicePrincipals) {
        List<StaffDraft> out = new ArrayList<>();
        out.add(fixed(people.person(40, 45, 56), "Hiệu trưởng", null, DemoAccounts.PRINCIPAL, Role.HIEU_TRUONG));
        for (int i = 1; i <= vicePrincipals; i++) {
            out.add(fixed(people.person(55, 38, 54), "Phó hiệu trưởng", null,
                    i == 1 ? DemoAccounts.VICE_PRINCIPAL : DemoAccounts.VICE_PRINCIPAL + i, Role.PHO_HIEU_TRUONG));
        }
        out.add(fixed(people.person(30, 26, 40), "Nhân viên công nghệ thông tin", OFFICE_DEPARTMENT,
                DemoAccounts.ADMIN, Role.QUAN_TRI));
        out.add(fixed(people.person(80, 28, 50), "Nhân viên văn thư", OFFICE_DEPARTMENT, DemoAccounts.OFFICE,
                Role.VAN_PHONG));
        out.add(fixed(people.person(80, 28, 50), "Kế toán", OFFICE_DEPARTMENT, DemoAccounts.ACCOUNTANT,
                Role.KE_TOAN));
        out.add(fixed(people.person(85, 25, 50), "Nhân viên y tế", OFFICE_DEPARTMENT, DemoAccounts.HEALTH,
                Role.Y_TE));
        out.add(fixed(people.person(85, 25, 50), "Nhân viên thư viện", OFFICE_DEPARTMENT, DemoAccounts.LIBRARY,
                Role.THU_VIEN));
        out.add(fixed(people.person(50, 25, 50), "Nhân viên thiết bị – thí nghiệm", OFFICE_DEPARTMENT,
                DemoAccounts.EQUIPMENT, Role.THIET_BI));
        return out;
    }

    private static StaffDraft fixed(PersonFactory.Person p, String position, String department, String login,
                                    Role role) {
        StaffDraft d = new StaffDraft(p, position, department, null, List.of());
        d.login = login;
        d.roles.add(role);
        return d;
    }
}
