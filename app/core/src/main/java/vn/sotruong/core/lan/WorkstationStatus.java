package vn.sotruong.core.lan;

/** Where a workstation stands with the office PC (trạng thái ghép máy). */
public enum WorkstationStatus {
    /** Asked to pair; waits for the administrator to compare the code and approve (chờ duyệt). */
    PENDING,
    /** Approved: may call the office PC (đã ghép). */
    APPROVED,
    /** Revoked by the administrator: refused from now on (đã thu hồi). */
    REVOKED
}
