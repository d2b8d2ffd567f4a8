package vn.sotruong.core.pupil;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The audit detail of a record change: each changed field with its old and new value. */
final class PupilChanges {
    private static final int MAX = 1900;

    private PupilChanges() {
    }

    static String describe(Pupil a, Pupil b) {
        List<String> parts = new ArrayList<>();
        field(parts, "code", a, b, Pupil::code);
        field(parts, "name", a, b, Pupil::fullName);
        field(parts, "birth", a, b, Pupil::birthDate);
        field(parts, "gender", a, b, Pupil::gender);
        field(parts, "birthPlace", a, b, Pupil::birthPlace);
        field(parts, "ethnicity", a, b, Pupil::ethnicity);
        field(parts, "address", a, b, Pupil::address);
        field(parts, "policyFamily", a, b, Pupil::policyFamily);
        field(parts, "father", a, b, Pupil::father);
        field(parts, "mother", a, b, Pupil::mother);
        field(parts, "guardian", a, b, Pupil::guardian);
        field(parts, "phone", a, b, Pupil::phone);
        field(parts, "nationalId", a, b, Pupil::nationalId);
        field(parts, "consent", a, b, Pupil::consent);
        String s = parts.isEmpty() ? "no change" : String.join("; ", parts);
        return s.length() > MAX ? s.substring(0, MAX) + "…" : s;
    }

    private static void field(List<String> parts, String name, Pupil a, Pupil b, Function<Pupil, Object> get) {
        Object x = get.apply(a);
        Object y = get.apply(b);
        if (!Objects.equals(x, y)) {
            parts.add(name + ": " + x + " → " + y);
        }
    }
}
