package vn.sotruong.core.security;

import vn.sotruong.core.common.DomainException;

/** What a new password must be. */
final class PasswordRules {
    private PasswordRules() {
    }

    static void check(char[] password, String login, SecuritySettings settings) {
        if (password == null || password.length < settings.minPasswordLength()) {
            throw new DomainException("password.tooShort", settings.minPasswordLength());
        }
        if (new String(password).equalsIgnoreCase(login)) {
            throw new DomainException("password.sameAsLogin");
        }
    }
}
