package vn.sotruong.data.backup;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.sotruong.core.common.VietnameseText;

/**
 * {@code SoTruong_<school>_<yyyy-MM-dd_HHmm>.sotruong.gpg}: the school's name without marks (so any
 * FAT-formatted stick and any Windows Explorer take it), the school's local time, and the double
 * extension that says what opens it.
 */
final class BackupFileName {
    static final String SUFFIX = ".sotruong.gpg";
    static final String PARTIAL = ".partial";
    static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmm");
    private static final int MAX_SLUG = 60;

    private BackupFileName() {
    }

    static String of(String schoolName, Instant at) {
        return "SoTruong_" + slug(schoolName) + "_" + STAMP.format(at.atZone(SCHOOL_ZONE)) + SUFFIX;
    }

    /** The same name with {@code -2}, {@code -3}… before the suffix, for a second backup in the same minute. */
    static String numbered(String name, int n) {
        return name.substring(0, name.length() - SUFFIX.length()) + "-" + n + SUFFIX;
    }

    static String slug(String schoolName) {
        String s = VietnameseText.searchKey(schoolName).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "truong" : s;
    }
}
