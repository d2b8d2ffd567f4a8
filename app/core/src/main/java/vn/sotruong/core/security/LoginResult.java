package vn.sotruong.core.security;

import java.util.Optional;

/**
 * A successful sign-in. While a password change is due, {@link #actor()} holds no permissions:
 * the only thing the person can do is change the password.
 */
public record LoginResult(Actor actor, PasswordChange passwordChangeDue) {
    public Optional<PasswordChange> changeDue() {
        return Optional.ofNullable(passwordChangeDue);
    }
}
