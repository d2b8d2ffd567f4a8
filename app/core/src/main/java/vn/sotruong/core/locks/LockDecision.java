package vn.sotruong.core.locks;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded decision to lock or open columns of a scope (quyết định khóa / mở khóa sổ điểm).
 *
 * @param openUntil for an opening: the last day it holds (null = until a later decision)
 * @param decidedBy the principal whose decision it is (the login of the person who confirmed it)
 * @param recordedBy the administrator who recorded it
 */
public record LockDecision(long id, long yearId, LockScope scope, LockColumns columns, LockAction action,
                           LocalDate openUntil, String reason, String decidedBy, String recordedBy,
                           Instant recordedAt) {
}
