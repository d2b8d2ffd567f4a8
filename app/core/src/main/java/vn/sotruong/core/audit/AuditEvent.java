package vn.sotruong.core.audit;

/**
 * Something that happened, before it is stored.
 *
 * @param actorLogin who did it (the login typed, for failed sign-ins)
 * @param kind what happened ({@link AuditKind})
 * @param target what it was done to ("account:thuy.nt", "year:2026-2027")
 * @param detail a short description, no secrets
 * @param workstation where it came from
 */
public record AuditEvent(String actorLogin, AuditKind kind, String target, String detail, String workstation) {
}
