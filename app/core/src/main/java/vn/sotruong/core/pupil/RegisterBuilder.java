package vn.sotruong.core.pupil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.organisation.SchoolClass;

/** Puts the sổ đăng bộ together from the admissions, enrolments and movements read in three queries. */
final class RegisterBuilder {
    private final Map<Long, String> yearLabels;
    private final Map<Long, SchoolClass> classes;

    RegisterBuilder(Map<Long, String> yearLabels, Map<Long, SchoolClass> classes) {
        this.yearLabels = yearLabels;
        this.classes = classes;
    }

    EnrolmentRegister build(List<Admission> admissions, List<Enrolment> enrolments, List<Movement> movements) {
        Map<Long, List<Enrolment>> enrolmentsOf = group(enrolments, Enrolment::pupilId);
        Map<Long, List<Movement>> movementsOf = group(movements, Movement::pupilId);
        List<RegisterEntry> entries = new ArrayList<>(admissions.size());
        for (Admission a : admissions.stream().sorted(Comparator.comparingInt(Admission::registerNo)).toList()) {
            Pupil p = a.pupil();
            List<ClassYear> years = enrolmentsOf.getOrDefault(p.id(), List.of()).stream()
                    .sorted(Comparator.comparing(Enrolment::from))
                    .map(e -> new ClassYear(yearLabels.get(e.yearId()), className(e.classId()), e.from(), e.until()))
                    .toList();
            List<Movement> history = movementsOf.getOrDefault(p.id(), List.of()).stream()
                    .sorted(Comparator.comparing(Movement::on).thenComparingLong(Movement::id)).toList();
            entries.add(new RegisterEntry(a.registerNo(), p.id(), p.code(), p.fullName(), p.birthDate(), p.gender(),
                    p.birthPlace(), a.admittedOn(), a.fromSchool(), years, history, leftOn(history)));
        }
        return new EnrolmentRegister(entries);
    }

    /** The day of the last movement when it took the pupil away; null if they are at the school. */
    private static LocalDate leftOn(List<Movement> history) {
        if (history.isEmpty()) {
            return null;
        }
        Movement last = history.getLast();
        return last.kind().leaves() ? last.on() : null;
    }

    private String className(long classId) {
        SchoolClass c = classes.get(classId);
        return c == null ? "?" : c.name();
    }

    private static <T> Map<Long, List<T>> group(List<T> items, java.util.function.ToLongFunction<T> key) {
        Map<Long, List<T>> m = new HashMap<>();
        items.forEach(i -> m.computeIfAbsent(key.applyAsLong(i), k -> new ArrayList<>()).add(i));
        return m;
    }
}
