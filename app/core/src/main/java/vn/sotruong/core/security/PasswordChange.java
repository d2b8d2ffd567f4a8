package vn.sotruong.core.security;

/** Why a password change is due before the user may do anything else. */
public enum PasswordChange {
    /** First sign-in, or after an administrator's reset. */
    REQUIRED_NEW_ACCOUNT_OR_RESET,
    /** Older than the school's expiry setting. */
    REQUIRED_EXPIRED
}
