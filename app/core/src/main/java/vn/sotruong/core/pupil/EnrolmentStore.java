package vn.sotruong.core.pupil;

import java.time.LocalDate;
import java.util.List;

/** Pupils' places in classes and their movements. */
public interface EnrolmentStore {
    void enrol(List<Enrolment> enrolments);

    /** Ends an enrolment: {@code until} is the first day the pupil no longer attends. */
    void end(long enrolmentId, LocalDate until);

    /** The enrolments of a pupil, oldest first. */
    List<Enrolment> enrolmentsOf(long pupilId);

    /** Enrolments in the class that cover the day. */
    List<Enrolment> inClassOn(long classId, LocalDate day);

    /** Every enrolment the class ever had (a class belongs to one year), ended ones included. */
    List<Enrolment> ofClass(long classId);

    /** Open enrolments in the class. */
    List<Enrolment> openInClass(long classId);

    /** Open enrolments of the year, for the import's "already in another class" check. */
    List<Enrolment> openInYear(long yearId);

    List<Enrolment> all();

    void record(List<Movement> movements);

    /** A pupil's movements in date order. */
    List<Movement> movementsOf(long pupilId);

    List<Movement> allMovements();
}
