package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.sotruong.desktop.app.DemoSchool;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.shell.NavItem;
import vn.sotruong.testkit.demo.DemoAccounts;

class DemoTest extends FxTestBase {

    @Test
    void demoOptionFillsAnEmptyStoreAndMarksEveryScreen() throws Exception {
        // the whole demo year (1,482 pupils, 194,755 scores, attendance) is made on the FX thread here: ≈ 15 s idle
        startApp(config(Background.direct(), Duration.ofHours(1), true, DemoSchool::create), Duration.ofMinutes(3));
        assertThat(flow.screen()).isEqualTo("login");
        assertThat(services().setup().school().demo()).isTrue();
        assertThat(textOf("#login-demo-hint")).contains(DemoAccounts.PRINCIPAL).contains(DemoAccounts.PASSWORD);
        signIn(DemoAccounts.PRINCIPAL, DemoAccounts.PASSWORD);
        awaitScreen("main");
        assertThat(visible("#demo-badge")).isTrue();
        assertThat(textOf("#demo-badge")).isEqualTo("Dữ liệu mẫu");
        assertThat(navItems()).contains(NavItem.REVIEW, NavItem.REGISTERS);
    }
}
