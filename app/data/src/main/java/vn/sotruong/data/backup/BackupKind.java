package vn.sotruong.data.backup;

import java.util.Optional;

/**
 * Why a backup was made, also written in its file name so a person browsing the folder sees it:
 * {@code SoTruong_<school>_<time>[_<tag>].sotruong.gpg}.
 */
public enum BackupKind {
    /** Sao lưu do người dùng: made by a person, usually to a USB stick. */
    MANUAL(""),
    /** Sao lưu tự động hằng ngày vào máy này. */
    DAILY("tu-dong"),
    /** Sao lưu tự động trước khi phục hồi: the data a restore is about to replace. */
    BEFORE_RESTORE("truoc-phuc-hoi"),
    /** Sao lưu tự động trước khi nâng cấp: the data before this build migrates its schema. */
    BEFORE_MIGRATION("truoc-nang-cap"),
    /** Sao lưu tự động trước khi lên năm học mới: the data before a year rollover. */
    BEFORE_ROLLOVER("truoc-len-nam");

    private final String tag;

    BackupKind(String tag) {
        this.tag = tag;
    }

    /** The file-name tag; empty for {@link #MANUAL}. */
    public String tag() {
        return tag;
    }

    public boolean automatic() {
        return this != MANUAL;
    }

    static Optional<BackupKind> ofTag(String tag) {
        String t = tag == null ? "" : tag;
        for (BackupKind k : values()) {
            if (k.tag.equals(t)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
