package vn.sotruong.core.security;

/**
 * What a role may do. Which roles hold which permissions is data ({@link PermissionMatrix}),
 * adjustable by the administrator; data scope (own classes and subjects) is checked on top.
 */
public enum Permission {
    /** School profile, years, terms, calendar, subjects, classes. */
    SCHOOL_SETUP,
    /** People, accounts, roles, password resets. */
    ACCOUNTS_MANAGE,
    /** Change the permission matrix itself. */
    PERMISSIONS_MANAGE,
    /** See the staff list and teaching assignments. */
    STAFF_VIEW,
    /** Teaching and homeroom assignments. */
    ASSIGNMENTS_MANAGE,
    /** See every class's pupils. */
    PUPILS_VIEW_ALL,
    /** Admit pupils, change any class's pupil records, record movements (a homeroom teacher may for their own class). */
    PUPILS_EDIT,
    /** Enter scores in the classes and subjects assigned to the user. */
    GRADES_ENTER_OWN,
    /** See every class's gradebook. */
    GRADES_VIEW_ALL,
    /** Import scores for the whole school (the secretariat transfers periodic scores). */
    GRADES_IMPORT_ALL,
    /** Approve results and correction minutes. */
    RESULTS_APPROVE,
    /** Lock and unlock the gradebook on the principal's decision. */
    LOCKS_MANAGE,
    /** Score distributions, anomalies, monthly notes. */
    REVIEW,
    /** Print and reprint registers. */
    REGISTERS_PRINT,
    /** Back up and restore. */
    BACKUP,
    /** Read the audit trail and the security log. */
    AUDIT_VIEW,
    /** Health records. */
    HEALTH_RECORDS,
    /** Library. */
    LIBRARY,
    /** Equipment. */
    EQUIPMENT,
    /** Finance. */
    FINANCE;

    public String labelKey() {
        return "permission." + name();
    }
}
