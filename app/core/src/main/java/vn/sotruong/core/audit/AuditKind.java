package vn.sotruong.core.audit;

/** The kinds of recorded events. Later features add their own. */
public enum AuditKind {
    LOGIN,
    LOGIN_FAILED,
    LOGIN_LOCKED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    ACCOUNT_CREATED,
    ACCOUNT_ROLES_CHANGED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_UNLOCKED,
    PERMISSIONS_CHANGED,
    SCHOOL_CREATED,
    SCHOOL_UPDATED,
    SETTING_CHANGED,
    YEAR_CREATED,
    TERM_CHANGED,
    CALENDAR_CHANGED,
    SUBJECT_CHANGED,
    CLASS_CREATED,
    CLASS_CHANGED,
    DEPARTMENT_CHANGED,
    STAFF_CHANGED,
    ASSIGNMENT_CHANGED,
    BACKUP_CREATED,
    /** The store was replaced by a backup's data (which school's, and whether another school's, in the detail). */
    BACKUP_RESTORED,
    PUPIL_CREATED,
    PUPIL_CHANGED,
    PUPIL_MOVED,
    /** Scores, comments, remarks or exemptions of a subject changed (the cells' history has each change). */
    SCORE_CHANGED,
    /** Conduct (rèn luyện) or qualities and competences changed. */
    CONDUCT_CHANGED,
    /** The principal approved a class's results for a period. */
    RESULTS_APPROVED,
    /** Columns of the gradebook locked or opened (on the principal's decision). */
    LOCK_CHANGED,
    /** A correction minute drafted, given evidence, submitted, approved, rejected or applied. */
    CORRECTION_CHANGED,
    /** The vice-principal wrote or changed a monthly review note in a class's book. */
    REVIEW_NOTE_WRITTEN,
    /** A day of a class's attendance entered or changed (who, when, and each pupil's old → new code). */
    ATTENDANCE_CHANGED,
    /** A register was printed (ledger number, period, paper, pages and data fingerprint in the detail). */
    REGISTER_PRINTED,
    /** A transfer dossier (hồ sơ chuyển trường) was written for a pupil who transferred out (formats in the detail). */
    PUPIL_DOSSIER_ISSUED,
    /** A class's notices to parents were issued as slips or CSV (period, form and count in the detail). */
    PARENT_NOTICES_ISSUED,
    /** A workstation on the LAN asked to pair with the office PC (its code and address in the detail). */
    WORKSTATION_PAIRING_REQUESTED,
    /** The administrator approved a workstation's pairing. */
    WORKSTATION_APPROVED,
    /** The administrator revoked a workstation: it is refused from then on. */
    WORKSTATION_REVOKED,
    /** The school's certificate authority was created (its root certificate's serial in the detail). */
    SIGNATURE_AUTHORITY_CREATED,
    /** A personal signing key was issued by the school's authority or imported from a .p12. */
    SIGNING_KEY_ISSUED,
    /** A personal signing key was exported as a .p12 (still sealed with its key password). */
    SIGNING_KEY_EXPORTED,
    /** A correction minute was signed (role, signer, certificate and the signed PDF's hash in the detail). */
    MINUTE_SIGNED,
    /** A printed book was signed by the principal (ledger number, certificate and the signed PDF's hash). */
    REGISTER_SIGNED,
    /** A printed book was recorded bound or archived (ledger number, step and date in the detail). */
    REGISTER_KEPT,
    /** A CA certificate was added to the trust list (its fingerprint and subject). */
    TRUST_ROOT_ADDED,
    /** A CA certificate was removed from the trust list. */
    TRUST_ROOT_REMOVED,
    /** A public CA's certificate was registered as a person's (pending, or confirmed when an account manager did it). */
    CERTIFICATE_REGISTERED,
    /** An account manager confirmed a registered certificate as the person's. */
    CERTIFICATE_CONFIRMED,
    /** A printed book was sent to a printer and the printer reported the job done (ledger number, printer, pages). */
    REGISTER_PAPER_PRINTED,
    /** A printer stopped in the middle of a book and said how many pages came out (those pages in the detail). */
    REGISTER_PAPER_STOPPED
}
