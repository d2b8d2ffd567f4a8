package vn.sotruong.core.security;

/** A staff member's login and whether it is active: what the staff list may show, never the hash. */
public record StaffAccount(long staffId, String login, boolean active) {
}
