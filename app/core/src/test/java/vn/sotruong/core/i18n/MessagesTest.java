package vn.sotruong.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.security.Role;

class MessagesTest {

    @Test
    void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void translatesCodesWithArguments() {
        DomainException e = new DomainException("auth.tooSoon", 20L);
        assertThat(Messages.vietnamese().of(e)).isEqualTo("Đăng nhập sai nhiều lần. Vui lòng đợi 20 giây rồi thử lại.");
        assertThat(new Messages(Locale.ENGLISH).of(e)).contains("wait 20 seconds");
        assertThat(new Messages(Locale.ENGLISH).get("account.lastAdmin")).contains("school's last administrator");
    }

    @Test
    void localDatesFormatInDatePatterns() {
        DomainException e = new DomainException("pupil.movementBeforeEnrolment", java.time.LocalDate.of(2026, 10, 15));
        assertThat(Messages.vietnamese().of(e)).contains("15/10/2026");
    }

    @Test
    void everyRoleHasALabel() {
        for (Role r : Role.values()) {
            assertThat(Messages.vietnamese().has(r.labelKey())).as(r.name()).isTrue();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
