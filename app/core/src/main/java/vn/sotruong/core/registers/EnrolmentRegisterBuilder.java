package vn.sotruong.core.registers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.sotruong.core.pupil.ClassYear;
import vn.sotruong.core.pupil.EnrolmentRegister;
import vn.sotruong.core.pupil.Movement;
import vn.sotruong.core.pupil.MovementKind;
import vn.sotruong.core.pupil.Parent;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.pupil.PupilService;
import vn.sotruong.core.pupil.PupilStore;
import vn.sotruong.core.pupil.RegisterEntry;
import vn.sotruong.core.security.Actor;

/**
 * Sổ đăng bộ: every pupil admitted, by registration number, with birth, family, address, admission, the class
 * of each year and when and why they left. A class or grade prints the lines of the pupils in those classes
 * this year.
 */
final class EnrolmentRegisterBuilder {
    private final PupilService pupils;
    private final PupilStore records;

    EnrolmentRegisterBuilder(PupilService pupils, PupilStore records) {
        this.pupils = pupils;
        this.records = records;
    }

    BookSection section(Actor actor, String yearLabel, Set<String> classNames, boolean wholeSchool,
                        Map<String, Object> heading) {
        EnrolmentRegister register = pupils.register(actor);
        Predicate<RegisterEntry> inScope = e -> wholeSchool || e.classes().stream()
                .anyMatch(cy -> cy.yearLabel().equals(yearLabel) && classNames.contains(cy.className()));
        List<RegisterEntry> entries = register.entries().stream().filter(inScope).toList();
        Map<Long, Pupil> details = new HashMap<>();
        records.find(entries.stream().map(RegisterEntry::pupilId).toList()).forEach(p -> details.put(p.id(), p));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RegisterEntry e : entries) {
            Pupil p = details.get(e.pupilId());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(BookSection.PART, "Số " + e.registerNo() + " · " + e.fullName());
            row.put("registerNo", e.registerNo());
            row.put("code", e.code());
            row.put("name", e.fullName());
            row.put("birth", BookValues.date(e.birthDate()));
            row.put("gender", e.gender() == null ? null : e.gender().label());
            row.put("birthPlace", e.birthPlace());
            row.put("ethnicity", p == null ? null : p.ethnicity());
            row.put("family", p == null ? null : family(p));
            row.put("address", p == null ? null : p.address());
            row.put("admitted", BookValues.date(e.admittedOn())
                    + (e.fromSchool() == null ? "" : "\nTừ " + e.fromSchool()));
            row.put("classes", e.classes().stream().map(EnrolmentRegisterBuilder::classYear)
                    .collect(Collectors.joining("\n")));
            row.put("left", left(e));
            rows.add(row);
        }
        Map<String, Object> p = new LinkedHashMap<>(heading);
        p.put("SCOPE", wholeSchool ? null : "Lớp " + String.join(", ", classNames.stream().sorted().toList()));
        return new BookSection("enrolment-register/register", "Sổ đăng bộ", p, rows);
    }

    private static String classYear(ClassYear cy) {
        return cy.yearLabel() + ": " + cy.className();
    }

    private static String family(Pupil p) {
        List<String> lines = new ArrayList<>();
        person(lines, "Cha", p.father());
        person(lines, "Mẹ", p.mother());
        person(lines, "Giám hộ", p.guardian());
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static void person(List<String> lines, String who, Parent parent) {
        if (parent != null && parent.name() != null) {
            lines.add(who + ": " + parent.name() + (parent.occupation() == null ? "" : ", " + parent.occupation()));
        }
    }

    /** "12/01/2027 Chuyển đi: THCS Diễn Hải" for a pupil who left the school; null while at it. */
    private static String left(RegisterEntry e) {
        if (e.leftOn() == null) {
            return null;
        }
        Movement last = e.movements().stream().filter(m -> m.kind().leaves()).reduce((a, b) -> b).orElse(null);
        if (last == null) {
            return BookValues.date(e.leftOn());
        }
        String what = last.kind() == MovementKind.TRANSFER_OUT ? "Chuyển đi" : "Bỏ học";
        String detail = last.otherSchool() != null ? last.otherSchool() : last.reason();
        return BookValues.date(last.on()) + " " + what + (detail == null ? "" : ": " + detail);
    }
}
