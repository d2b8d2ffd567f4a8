package vn.sotruong.core.locks;

/** Khóa (lock) or mở khóa (open) a scope's columns. */
public enum LockAction {
    LOCK,
    OPEN
}
