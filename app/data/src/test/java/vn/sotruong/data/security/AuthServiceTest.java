package vn.sotruong.data.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.LoginResult;
import vn.sotruong.core.security.NewPerson;
import vn.sotruong.core.security.PasswordChange;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

/** Sign-in against a real store: delays, lockout, no user enumeration, forced changes, expiry. */
class AuthServiceTest extends SchoolStoreFixture {

    @Test
    void signsInWithRolesAndPermissionsAndRecordsIt() {
        LoginResult r = s.auth().login("QuanTri", Schools.PASSWORD.toCharArray(), "office");
        assertThat(r.changeDue()).isEmpty();
        assertThat(r.actor().roles()).containsExactly(Role.QUAN_TRI);
        assertThat(r.actor().has(Permission.ACCOUNTS_MANAGE)).isTrue();
        assertThat(s.stores().audit().latest(1)).extracting(AuditEntry::kind).containsExactly(AuditKind.LOGIN);
    }

    @Test
    void wrongPasswordAndUnknownLoginGetTheSameAnswer() {
        assertThat(code(() -> s.auth().login(Schools.ADMIN, "sai".toCharArray(), "office")))
                .isEqualTo("auth.invalidCredentials");
        assertThat(code(() -> s.auth().login("khongco", "sai".toCharArray(), "office")))
                .isEqualTo("auth.invalidCredentials");
        assertThat(s.stores().audit().latest(2)).extracting(AuditEntry::kind)
                .containsOnly(AuditKind.LOGIN_FAILED);
    }

    @Test
    void repeatedFailuresFirstDelayThenLockEvenTheRightPassword() {
        for (int i = 0; i < 3; i++) {
            assertThat(code(() -> s.auth().login(Schools.ADMIN, "sai".toCharArray(), "o")))
                    .isEqualTo("auth.invalidCredentials");
        }
        // after 3 failures the next attempt must wait 5 s, even with the right password
        assertThat(code(() -> s.auth().login(Schools.ADMIN, Schools.PASSWORD.toCharArray(), "o")))
                .isEqualTo("auth.tooSoon");
        for (int i = 3; i < 7; i++) {
            clock.advance(Duration.ofMinutes(3));
            assertThat(code(() -> s.auth().login(Schools.ADMIN, "sai".toCharArray(), "o")))
                    .isEqualTo("auth.invalidCredentials");
        }
        clock.advance(Duration.ofMinutes(3));
        assertThat(code(() -> s.auth().login(Schools.ADMIN, "sai".toCharArray(), "o"))).isEqualTo("auth.locked");
        clock.advance(Duration.ofMinutes(5));
        assertThat(code(() -> s.auth().login(Schools.ADMIN, Schools.PASSWORD.toCharArray(), "o")))
                .isEqualTo("auth.locked");
        assertThat(s.stores().audit().latest(50)).extracting(AuditEntry::kind).contains(AuditKind.LOGIN_LOCKED);
        clock.advance(Duration.ofMinutes(11));
        assertThat(s.auth().login(Schools.ADMIN, Schools.PASSWORD.toCharArray(), "o").actor().login())
                .isEqualTo(Schools.ADMIN);
    }

    @Test
    void anUnknownLoginIsLockedExactlyLikeAKnownOne() {
        java.util.List<String> unknown = new java.util.ArrayList<>();
        java.util.List<String> known = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            clock.advance(Duration.ofMinutes(3));
            unknown.add(code(() -> s.auth().login("ai.do", "x".toCharArray(), "o")));
            known.add(code(() -> s.auth().login(Schools.ADMIN, "x".toCharArray(), "o")));
        }
        assertThat(unknown).isEqualTo(known).endsWith("auth.locked", "auth.locked");
    }

    @Test
    void newAccountsMustChangeThePasswordFirstAndHaveNoPermissionsUntilThen() {
        Actor admin = Schools.admin(s);
        s.accounts().addPerson(admin, new NewPerson("Lê Thị Mai", "mai.lt", java.util.Set.of(Role.GVBM), "Giáo viên",
                null, "TamThoi#123".toCharArray()));
        LoginResult first = s.auth().login("mai.lt", "TamThoi#123".toCharArray(), "o");
        assertThat(first.changeDue()).contains(PasswordChange.REQUIRED_NEW_ACCOUNT_OR_RESET);
        assertThat(first.actor().permissions()).isEmpty();

        assertThat(code(() -> s.auth().changeOwnPassword(first.actor(), "TamThoi#123".toCharArray(),
                "ngan".toCharArray()))).isEqualTo("password.tooShort");
        assertThat(code(() -> s.auth().changeOwnPassword(first.actor(), "TamThoi#123".toCharArray(),
                "TamThoi#123".toCharArray()))).isEqualTo("password.sameAsOld");
        assertThat(code(() -> s.auth().changeOwnPassword(first.actor(), "sai".toCharArray(),
                "MoiMoi#2026".toCharArray()))).isEqualTo("password.currentWrong");

        Actor full = s.auth().changeOwnPassword(first.actor(), "TamThoi#123".toCharArray(), "MoiMoi#2026".toCharArray());
        assertThat(full.has(Permission.GRADES_ENTER_OWN)).isTrue();
        assertThat(s.auth().login("mai.lt", "MoiMoi#2026".toCharArray(), "o").changeDue()).isEmpty();
    }

    @Test
    void passwordsExpireAfterTheSchoolsSettingAndExpiryCanBeTurnedOff() {
        clock.advance(Duration.ofDays(181));
        assertThat(s.auth().login(Schools.ADMIN, Schools.PASSWORD.toCharArray(), "o").changeDue())
                .contains(PasswordChange.REQUIRED_EXPIRED);
        s.stores().transactions().run(() -> s.stores().settings().put("security.passwordExpiryDays", "0"));
        assertThat(s.auth().login(Schools.ADMIN, Schools.PASSWORD.toCharArray(), "o").changeDue()).isEmpty();
    }

    @Test
    void anAdminResetForcesAChangeAndLiftsALock() {
        Actor mai = Schools.person(s, "mai.lt", "Lê Thị Mai", Role.GVBM);
        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofMinutes(3));
            code(() -> s.auth().login("mai.lt", "sai".toCharArray(), "o"));
        }
        assertThat(code(() -> s.auth().login("mai.lt", Schools.PASSWORD.toCharArray(), "o"))).isEqualTo("auth.locked");
        s.accounts().resetPassword(Schools.admin(s), mai.accountId(), "DatLai#2026".toCharArray());
        assertThat(s.auth().login("mai.lt", "DatLai#2026".toCharArray(), "o").changeDue())
                .contains(PasswordChange.REQUIRED_NEW_ACCOUNT_OR_RESET);
    }

}
