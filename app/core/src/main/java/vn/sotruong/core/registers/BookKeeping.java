package vn.sotruong.core.registers;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Đóng quyển, lưu trữ: a printed book bound or archived on {@code on}, recorded by {@code setBy} at {@code setAt}.
 */
public record BookKeeping(long ledgerId, KeepingStep step, LocalDate on, String setBy, Instant setAt) {
}
