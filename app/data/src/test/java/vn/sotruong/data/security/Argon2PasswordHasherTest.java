package vn.sotruong.data.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {
    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(new Argon2Settings(8192, 1, 1));

    @Test
    void hashesInPhcFormatAndVerifies() {
        String h = hasher.hash("Mật khẩu 123".toCharArray());
        assertThat(h).startsWith("$argon2id$v=19$m=8192,t=1,p=1$");
        assertThat(hasher.verify("Mật khẩu 123".toCharArray(), h)).isTrue();
        assertThat(hasher.verify("Mat khau 123".toCharArray(), h)).isFalse();
        assertThat(hasher.hash("Mật khẩu 123".toCharArray())).as("salted").isNotEqualTo(h);
    }

    @Test
    void oldParametersStillVerifyButAskForARehash() {
        String old = new Argon2PasswordHasher(new Argon2Settings(4096, 2, 1)).hash("abc12345".toCharArray());
        assertThat(hasher.verify("abc12345".toCharArray(), old)).isTrue();
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("abc12345".toCharArray()))).isFalse();
    }

    @Test
    void garbageNeverVerifies() {
        assertThat(hasher.verify("x".toCharArray(), "plain")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "$argon2id$v=19$m=x$a$b")).isFalse();
    }
}
