package vn.sotruong.core.registers;

import java.util.Locale;
import vn.sotruong.core.common.DomainException;

/**
 * What a print covers: one class ({@code class:7A}), one grade ({@code grade:7}) or the whole school
 * ({@code school}). {@link #text()} is how the print ledger stores it.
 */
public record RegisterScope(Kind kind, String className, int grade) {
    public enum Kind {
        CLASS,
        GRADE,
        SCHOOL
    }

    public static RegisterScope ofClass(String name) {
        return new RegisterScope(Kind.CLASS, name.strip().toUpperCase(Locale.ROOT), 0);
    }

    public static RegisterScope ofGrade(int grade) {
        return new RegisterScope(Kind.GRADE, null, grade);
    }

    public static RegisterScope school() {
        return new RegisterScope(Kind.SCHOOL, null, 0);
    }

    public String text() {
        return switch (kind) {
            case CLASS -> "class:" + className;
            case GRADE -> "grade:" + grade;
            case SCHOOL -> "school";
        };
    }

    /** Whether the class is one this scope covers. */
    public boolean covers(vn.sotruong.core.organisation.SchoolClass c) {
        return switch (kind) {
            case CLASS -> c.name().equals(className);
            case GRADE -> c.grade() == grade;
            case SCHOOL -> true;
        };
    }

    /** The scope stored as {@link #text()}. */
    public static RegisterScope parse(String text) {
        if ("school".equals(text)) {
            return school();
        }
        if (text != null && text.startsWith("class:")) {
            return ofClass(text.substring("class:".length()));
        }
        if (text != null && text.startsWith("grade:")) {
            try {
                return ofGrade(Integer.parseInt(text.substring("grade:".length())));
            } catch (NumberFormatException e) {
                throw new DomainException("registers.scopeInvalid", text);
            }
        }
        throw new DomainException("registers.scopeInvalid", String.valueOf(text));
    }
}
