package vn.sotruong.desktop.locks;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.locks.LockColumns;
import vn.sotruong.core.locks.LockScope;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.desktop.i18n.UiText;

/** How a lock's scope and columns read for a person: "Lớp 6A · Toán", "Đánh giá thường xuyên · Học kì I". */
final class LockTexts {
    private final UiText text;
    private final Map<Long, String> classNames;
    private final Map<String, String> subjectNames;

    LockTexts(UiText text, List<SchoolClass> classes, List<Subject> subjects) {
        this.text = text;
        this.classNames = classes.stream().collect(Collectors.toMap(SchoolClass::id, SchoolClass::name));
        this.subjectNames = subjects.stream().collect(Collectors.toMap(Subject::code, Subject::name, (a, b) -> a));
    }

    String scope(LockScope s) {
        if (s.grade() == null && s.classId() == null && s.subjectCode() == null) {
            return text.t("locks.scope.school");
        }
        StringBuilder b = new StringBuilder();
        if (s.grade() != null) {
            b.append(text.t("locks.scope.grade", String.valueOf(s.grade())));
        }
        if (s.classId() != null) {
            append(b, text.t("locks.scope.class", classNames.getOrDefault(s.classId(), "#" + s.classId())));
        }
        if (s.subjectCode() != null) {
            String name = subjectNames.getOrDefault(s.subjectCode(), s.subjectCode());
            append(b, b.isEmpty() ? text.t("locks.scope.subject", name) : name);
        }
        return b.toString();
    }

    private static void append(StringBuilder b, String part) {
        b.append(b.isEmpty() ? "" : " · ").append(part);
    }

    String columns(LockColumns c) {
        String kind = text.code(c.labelKey());
        if (c.kind() == LockColumns.Kind.ALL || c.kind() == LockColumns.Kind.YEAR) {
            return kind;
        }
        String k = c.index() > 0 ? text.t("locks.columns.one", kind, c.index()) : kind;
        return k + " · " + text.t("gradebook.term." + c.term());
    }

    static <T> Function<T, String> or(Function<T, String> f, String none) {
        return x -> x == null ? none : f.apply(x);
    }
}
