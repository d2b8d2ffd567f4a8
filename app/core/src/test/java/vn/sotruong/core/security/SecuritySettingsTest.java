package vn.sotruong.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecuritySettingsTest {
    @ParameterizedTest(name = "after {0} failures wait {1} s")
    @CsvSource({"0,0", "2,0", "3,5", "4,10", "5,20", "7,80"})
    void delaysDoubleAfterTheThirdFailure(int failures, long seconds) {
        assertThat(SecuritySettings.defaults().delayAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }
}
