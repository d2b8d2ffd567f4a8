package vn.sotruong.testkit.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.app.CoreStores;
import vn.sotruong.core.pupil.Admission;
import vn.sotruong.core.pupil.Enrolment;
import vn.sotruong.core.pupil.Movement;
import vn.sotruong.core.pupil.MovementKind;
import vn.sotruong.core.pupil.Parent;
import vn.sotruong.core.pupil.Pupil;

/**
 * Stores the demo pupils: each admitted on the first school day of the year they entered the school
 * (grade 6, or grade 1 in tiểu học), numbered in the sổ đăng bộ in that order, and enrolled in this
 * year's class from its first day. Batched, so 1,500 pupils cost a handful of statements.
 */
final class DemoPupilWriter {
    private static final String BY = "setup";

    private final CoreStores stores;

    DemoPupilWriter(CoreStores stores) {
        this.stores = stores;
    }

    void write(List<DemoPupil> pupils, int startYear, long yearId, LocalDate firstDay, Map<String, Long> classIds) {
        // older intakes were admitted first, so they hold the lower register numbers
        List<DemoPupil> ordered = new ArrayList<>(pupils);
        ordered.sort(Comparator.comparingInt((DemoPupil p) -> entryYear(p, startYear)));
        int first = stores.pupils().reserveRegisterNumbers(ordered.size());
        List<Admission> admissions = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            DemoPupil p = ordered.get(i);
            int entry = entryYear(p, startYear);
            admissions.add(new Admission(record(p), first + i, entry == startYear ? firstDay
                    : LocalDate.of(entry, 9, 5), null));
        }
        List<Long> ids = stores.pupils().admit(admissions);
        List<Enrolment> enrolments = new ArrayList<>(ids.size());
        List<Movement> movements = new ArrayList<>(ids.size());
        Map<Long, DemoPupil> byId = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            DemoPupil p = ordered.get(i);
            long classId = classIds.get(p.className());
            byId.put(ids.get(i), p);
            enrolments.add(new Enrolment(0, ids.get(i), yearId, classId, firstDay, null));
            Admission a = admissions.get(i);
            // the class of an earlier year's intake is not in this store: the admission names none
            movements.add(new Movement(0, ids.get(i), MovementKind.ADMISSION, a.admittedOn(), null, null, null,
                    a.admittedOn().equals(firstDay) ? classId : null, BY));
        }
        stores.enrolments().enrol(enrolments);
        stores.enrolments().record(movements);
    }

    private static Pupil record(DemoPupil p) {
        return new Pupil(0, p.code(), p.fullName(), p.birthDate(), p.gender() == Gender.NAM
                ? vn.sotruong.core.pupil.Gender.NAM : vn.sotruong.core.pupil.Gender.NU, p.birthPlace(),
                p.ethnicity(), p.address(), p.policyFamily(), parent(p.fatherName(), p.fatherOccupation()),
                parent(p.motherName(), p.motherOccupation()), parent(p.guardianName(), null), p.phone(), null, null);
    }

    private static Parent parent(String name, String occupation) {
        return name == null ? null : new Parent(name, occupation, null);
    }

    /** The year the pupil entered the school: grade 6 for THCS, grade 1 for tiểu học. */
    static int entryYear(DemoPupil p, int startYear) {
        return startYear - (p.grade() - (p.grade() >= 6 ? 6 : 1));
    }
}
