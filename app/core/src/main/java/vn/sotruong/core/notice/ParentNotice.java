package vn.sotruong.core.notice;

/**
 * Thông báo gửi cha mẹ học sinh: one pupil's notice, addressed to the parent who receives it.
 *
 * @param parent the guardian, else the mother, else the father; null when the record names none
 * @param phone that parent's phone, else the record's contact phone; null when none is known
 */
public record ParentNotice(long pupilId, String pupilCode, String pupilName, String parent, String phone,
                           String message) {
}
