package vn.sotruong.data.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.security.Account;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.NewPerson;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.security.PermissionMatrix;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

class AccountServiceTest extends SchoolStoreFixture {

    @Test
    void thePersonsRolesUnion() {
        Actor both = Schools.person(s, "hoa.pt", "Phạm Thị Hoà", Role.PHO_HIEU_TRUONG, Role.GVBM);
        assertThat(both.has(Permission.REVIEW)).isTrue();
        assertThat(both.has(Permission.GRADES_ENTER_OWN)).isTrue();
        assertThat(both.has(Permission.ACCOUNTS_MANAGE)).isFalse();
    }

    @Test
    void theLastAdministratorCannotBeRemovedOrDemoted() {
        Account only = s.accounts().accounts(admin).getFirst();
        assertThat(code(() -> s.accounts().deactivate(admin, only.id()))).isEqualTo("account.lastAdmin");
        assertThat(code(() -> s.accounts().setRoles(admin, only.id(), Set.of(Role.GVBM)))).isEqualTo("account.lastAdmin");
        assertThat(s.accounts().accounts(admin).getFirst().roles()).containsExactly(Role.QUAN_TRI);
        assertThat(s.accounts().accounts(admin).getFirst().active()).isTrue();

        Actor second = Schools.person(s, "admin2", "Võ Văn Kiệt", Role.QUAN_TRI);
        s.accounts().deactivate(second, only.id());
        assertThat(s.accounts().accounts(second)).filteredOn(a -> a.login().equals(Schools.ADMIN))
                .extracting(Account::active).containsExactly(false);
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        Actor teacher = Schools.person(s, "gv.van", "Đặng Thuỳ Trâm", Role.GVBM);
        int before = s.accounts().accounts(admin).size();
        assertThat(code(() -> s.accounts().addPerson(teacher, new NewPerson("X Y", "xy", Set.of(Role.QUAN_TRI), null,
                null, "Abcdefgh#1".toCharArray())))).isEqualTo("auth.denied");
        assertThat(s.accounts().accounts(admin)).hasSize(before);
    }

    @Test
    void badNewPeopleAreRefusedAndNothingIsWritten() {
        int before = s.accounts().accounts(admin).size();
        int staffBefore = s.organisation().staff(admin).size();
        assertThat(code(() -> add("", "ok.login"))).isEqualTo("person.nameRequired");
        assertThat(code(() -> add("Lê Lợi", "Có Dấu"))).isEqualTo("account.loginInvalid");
        assertThat(code(() -> add("Lê Lợi", Schools.ADMIN))).isEqualTo("account.loginTaken");
        assertThat(code(() -> s.accounts().addPerson(admin, new NewPerson("Lê Lợi", "le.loi", Set.of(), null, null,
                "Abcdefgh#1".toCharArray())))).isEqualTo("account.rolesRequired");
        assertThat(code(() -> s.accounts().addPerson(admin, new NewPerson("Lê Lợi", "le.loi", Set.of(Role.GVBM), null,
                null, "ngan".toCharArray())))).isEqualTo("password.tooShort");
        assertThat(s.accounts().accounts(admin)).hasSize(before);
        assertThat(s.organisation().staff(admin)).hasSize(staffBefore);
    }

    @Test
    void thePermissionMatrixIsDataButCannotLockTheAdministratorOut() {
        EnumMap<Role, Set<Permission>> m = new EnumMap<>(PermissionMatrix.defaults().asMap());
        m.put(Role.GVBM, EnumSet.of(Permission.GRADES_ENTER_OWN, Permission.REGISTERS_PRINT));
        s.accounts().setPermissionMatrix(admin, new PermissionMatrix(m));
        Actor teacher = Schools.person(s, "gv.su", "Phan Bội Châu", Role.GVBM);
        assertThat(teacher.has(Permission.REGISTERS_PRINT)).isTrue();

        m.put(Role.QUAN_TRI, EnumSet.of(Permission.BACKUP));
        assertThat(code(() -> s.accounts().setPermissionMatrix(admin, new PermissionMatrix(m))))
                .isEqualTo("permissions.adminLockout");
        assertThat(Schools.admin(s).has(Permission.ACCOUNTS_MANAGE)).isTrue();
    }

    @Test
    void setupBatchesAreAllOrNothingAndShareOneHashPerPassword() {
        int before = s.accounts().accounts(admin).size();
        var pw = "ChungMotMatKhau".toCharArray();
        assertThat(code(() -> s.accounts().createPeopleDuringSetup(java.util.List.of(
                new NewPerson("Lê Văn Một", "mot", Set.of(Role.GVBM), null, null, pw),
                new NewPerson("Lê Văn Hai", Schools.ADMIN, Set.of(Role.GVBM), null, null, pw)), false)))
                .isEqualTo("account.loginTaken");
        assertThat(s.accounts().accounts(admin)).hasSize(before);

        var ids = s.accounts().createPeopleDuringSetup(java.util.List.of(
                new NewPerson("Lê Văn Một", "mot", Set.of(Role.GVBM), null, null, pw),
                new NewPerson("Lê Văn Hai", "hai", Set.of(Role.GVCN), null, null, pw)), false);
        assertThat(ids).hasSize(2);
        assertThat(s.stores().accounts().findById(ids.get(0)).orElseThrow().passwordHash())
                .isEqualTo(s.stores().accounts().findById(ids.get(1)).orElseThrow().passwordHash());
        assertThat(s.auth().login("hai", pw, "t").actor().roles()).containsExactly(Role.GVCN);
    }

    @Test
    void findingAccountsByLoginNeedsTheRightToSeeStaff() {
        Actor teacher = Schools.person(s, "gv.dia", "Trần Văn Giàu", Role.GVBM);
        assertThat(s.accounts().findByLogin(admin, " GV.DIA ")).get().extracting(Account::fullName)
                .isEqualTo("Trần Văn Giàu");
        assertThat(code(() -> s.accounts().findByLogin(teacher, Schools.ADMIN))).isEqualTo("auth.denied");
    }

    private long add(String name, String login) {
        return s.accounts().addPerson(admin, new NewPerson(name, login, Set.of(Role.GVBM), null, null,
                "Abcdefgh#1".toCharArray()));
    }

}
