package vn.sotruong.core.organisation;

/** Tổ chuyên môn, with its head (tổ trưởng) when one is named. */
public record Department(long id, String name, Long headStaffId) {
}
