package vn.sotruong.data.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.core.security.SecuritySettings;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

class SettingsAndAuditServiceTest extends SchoolStoreFixture {

    @Test
    void theAdministratorChangesSecuritySettingsAndItIsAudited() {
        s.settingsService().update(admin, SecuritySettings.IDLE_LOCK_MINUTES, " 20 ");
        assertThat(s.settings().security().idleLockMinutes()).isEqualTo(20);
        assertThat(s.audit().latest(admin, 1)).extracting(AuditEntry::kind).containsExactly(AuditKind.SETTING_CHANGED);
    }

    @Test
    void badSettingsAreRefusedAndChangeNothing() {
        Actor teacher = Schools.person(s, "gv.hoa", "Đinh Thị Hoa", Role.GVBM);
        assertThat(code(() -> s.settingsService().update(admin, SecuritySettings.IDLE_LOCK_MINUTES, "0")))
                .isEqualTo("setting.outOfRange");
        assertThat(code(() -> s.settingsService().update(admin, SecuritySettings.IDLE_LOCK_MINUTES, "mười")))
                .isEqualTo("setting.outOfRange");
        assertThat(code(() -> s.settingsService().update(admin, "no.such.key", "1"))).isEqualTo("setting.unknown");
        assertThat(code(() -> s.settingsService().update(teacher, SecuritySettings.EXPIRY_DAYS, "0")))
                .isEqualTo("auth.denied");
        assertThat(s.settings().security()).isEqualTo(SecuritySettings.defaults());
    }

    @Test
    void lockStatusAndTheAuditTrailAreForTheRightPeopleOnly() {
        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofMinutes(3));
            code(() -> s.auth().login("gv.khongco", "x".toCharArray(), "t"));
        }
        assertThat(s.accounts().lockedUntil(admin, "GV.KHONGCO")).hasValue(clock.instant().plus(Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(16));
        assertThat(s.accounts().lockedUntil(admin, "gv.khongco")).isEmpty();

        Actor teacher = Schools.person(s, "gv.hoa", "Đinh Thị Hoa", Role.GVBM);
        assertThat(code(() -> s.audit().latest(teacher, 10))).isEqualTo("auth.denied");
        assertThat(code(() -> s.accounts().lockedUntil(teacher, "quantri"))).isEqualTo("auth.denied");
        assertThat(s.audit().verify(admin)).isEmpty();
    }

    @Test
    void aFreshLockSaysFifteenMinutes() {
        for (int i = 0; i < 7; i++) {
            clock.advance(Duration.ofMinutes(3));
            code(() -> s.auth().login("quantri", "x".toCharArray(), "t"));
        }
        clock.advance(Duration.ofMinutes(3));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.auth().login("quantri", "x".toCharArray(), "t"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("auth.locked");
                    assertThat(e.args()).containsExactly(15L);
                });
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> s.auth().login("quantri", Schools.PASSWORD.toCharArray(), "t"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.args()).containsExactly(15L));
    }

    @Test
    void severalSettingsChangeTogetherOrNotAtAll() {
        DomainException refused = org.assertj.core.api.Assertions.catchThrowableOfType(DomainException.class,
                () -> s.settingsService().updateAll(admin, java.util.Map.of(SecuritySettings.LOCK_MINUTES, "30",
                        SecuritySettings.MIN_PASSWORD_LENGTH, "3")));
        assertThat(refused.code()).isEqualTo("setting.outOfRange");
        assertThat(refused.args()).containsExactly(6, 64, SecuritySettings.MIN_PASSWORD_LENGTH);
        assertThat(s.settings().security()).isEqualTo(SecuritySettings.defaults());

        s.settingsService().update(admin, SecuritySettings.MIN_PASSWORD_LENGTH, "8");
        int before = s.audit().latest(admin, 100).size();
        s.settingsService().updateAll(admin, java.util.Map.of(SecuritySettings.LOCK_MINUTES, "30",
                SecuritySettings.MIN_PASSWORD_LENGTH, "8"));
        assertThat(s.settings().security().lockMinutes()).isEqualTo(30);
        // the minimum length, stored already with that value, is not an event again
        assertThat(s.audit().latest(admin, 100)).hasSize(before + 1);
    }

}
