package vn.sotruong.desktop.app;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.desktop.common.Background;

/**
 * What the start-up flow needs besides the services. Tests build it with a direct background, a
 * fixed clock and a short idle timeout; the application with the real ones.
 *
 * @param idleTimeout empty means the school's setting
 * @param demoSeeder fills an empty store with the demo school
 * @param demoLogins the demo accounts shown on the sign-in screen of the demo school
 */
public record AppConfig(Locale locale, boolean demo, Background background, Clock clock, String workstation,
                        Optional<Duration> idleTimeout, Consumer<CoreServices> demoSeeder, List<String> demoLogins,
                        String demoPassword) {
}
