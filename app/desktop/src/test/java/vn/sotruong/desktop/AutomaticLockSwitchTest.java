package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.locks.LockService;
import vn.sotruong.core.security.Actor;

/**
 * The lock.automatic switch on the Khóa sổ điểm page: the principal switches it off and on again, each change an
 * audited lock change; a teacher is refused by the service and the setting stays as it was.
 */
class AutomaticLockSwitchTest extends FxTestBase {
    @Test
    void thePrincipalSwitchesAutomaticLocksAndEachChangeIsAudited() throws Exception {
        TestSchool.create(services());
        startApp(config());
        openAs(TestSchool.PRINCIPAL, "#nav-locks");
        assertThat(services().locks().automatic()).isTrue();
        clickOn("#locks-automatic-switch");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services().locks().automatic()).isFalse();
        assertThat(textOf("#locks-automatic")).isEqualTo("Đang tắt: không tự động khóa theo hạn nhập.");
        assertThat(textOf("#locks-info")).startsWith("Đã tắt tự động khóa");
        AuditEntry last = services().audit().latest(admin(), 5).stream()
                .filter(e -> e.kind() == AuditKind.LOCK_CHANGED).findFirst().orElseThrow();
        assertThat(last.actorLogin()).isEqualTo(TestSchool.PRINCIPAL);
        assertThat(last.target()).isEqualTo("setting:" + LockService.AUTOMATIC);
        assertThat(last.detail()).isEqualTo("true → false");
        Screenshots.save(stage.getScene().getRoot(), "locks-automatic-switch.png");

        Actor teacher = services().auth().login(TestSchool.TEACHER, TestSchool.PASSWORD.toCharArray(), "t").actor();
        assertThatThrownBy(() -> services().locks().setAutomatic(teacher, true)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("auth.denied");
        assertThat(services().locks().automatic()).isFalse();

        clickOn("#locks-automatic-switch");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services().locks().automatic()).isTrue();
        assertThat(services().audit().check(admin()).intact()).isTrue();
    }
}
