package vn.sotruong.data.backup;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sotruong.core.common.VietnameseText;

/**
 * {@code SoTruong_<school>_<yyyy-MM-dd_HHmm>[_<kind>][-n].sotruong.gpg}: the school's name without
 * marks (so any FAT-formatted stick and any Windows Explorer take it), the school's local time, why
 * it was made when not by a person ({@link BackupKind}), a number for a second one in the same
 * minute, and the double extension that says what opens it.
 */
final class BackupFileName {
    static final String SUFFIX = ".sotruong.gpg";
    static final String PARTIAL = ".partial";
    static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmm");
    private static final int MAX_SLUG = 60;
    private static final Pattern NAME = Pattern.compile(
            "SoTruong_([a-z0-9]+(?:-[a-z0-9]+)*)_(\\d{4}-\\d{2}-\\d{2}_\\d{4})(?:_([a-z]+(?:-[a-z]+)*))?(?:-(\\d{1,4}))?"
                    + Pattern.quote(SUFFIX));

    private BackupFileName() {
    }

    /** What a backup's file name says: whose, when (to the minute, school time), why. */
    record Parsed(String slug, Instant created, BackupKind kind, int number) {
    }

    static String of(String schoolName, Instant at) {
        return of(schoolName, at, BackupKind.MANUAL);
    }

    static String of(String schoolName, Instant at, BackupKind kind) {
        String tag = kind.tag().isEmpty() ? "" : "_" + kind.tag();
        return "SoTruong_" + slug(schoolName) + "_" + STAMP.format(at.atZone(SCHOOL_ZONE)) + tag + SUFFIX;
    }

    /** The same name with {@code -2}, {@code -3}… before the suffix, for a second backup in the same minute. */
    static String numbered(String name, int n) {
        return name.substring(0, name.length() - SUFFIX.length()) + "-" + n + SUFFIX;
    }

    /** Empty for anything that is not named like one of our backups (other files are never touched). */
    static Optional<Parsed> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<BackupKind> kind = BackupKind.ofTag(m.group(3));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        try {
            Instant created = LocalDateTime.parse(m.group(2), STAMP).atZone(SCHOOL_ZONE).toInstant();
            return Optional.of(new Parsed(m.group(1), created, kind.get(),
                    m.group(4) == null ? 1 : Integer.parseInt(m.group(4))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String slug(String schoolName) {
        String s = VietnameseText.searchKey(schoolName).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "truong" : s;
    }
}
