package vn.sotruong.testkit.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import vn.sotruong.core.app.CoreServices;

/**
 * Makes the demo school ("Dữ liệu mẫu") in an empty store: the school and its current year through
 * the setup service, every account through the account service (so passwords are hashed and
 * audited as usual), departments, classes, assignments and pupils straight through the stores, and a whole
 * year of gradebook entries through the gradebook service ({@code DemoGradebook}), all in one transaction so a
 * failure leaves the store empty.
 */
public final class DemoSchoolGenerator {
    /** The school's zone decides which school year "today" is in. */
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private DemoSchoolGenerator() {
    }

    /** The demo school for the school year of today's date. */
    public static DemoSchool generate(CoreServices services, DemoOptions options) {
        return generate(services, options, LocalDate.now(SCHOOL_ZONE));
    }

    /**
     * The demo school for the school year that {@code today} falls in (September to August), with the
     * whole year's attendance — every school day of the year, so the year totals and the 45-buổi rule
     * have something to show whenever the demo is made.
     */
    public static DemoSchool generate(CoreServices services, DemoOptions options, LocalDate today) {
        return generate(services, options, today, true);
    }

    /** The same school, with or without its year of attendance (the attendance import benchmark starts without). */
    public static DemoSchool generate(CoreServices services, DemoOptions options, LocalDate today,
                                      boolean withAttendance) {
        DemoPlan plan = plan(options, schoolYearStart(today));
        Long attendanceSeed = withAttendance ? options.seed() : null;
        return services.stores().transactions().inTransaction(() -> new DemoWriter(services, options.seed()).write(plan,
                attendanceSeed));
    }

    /**
     * The pupils the demo year puts at the 45-buổi limit of Circular 22 Art 12, by code, with their
     * absent days: three classes, one pupil at or under the limit and one over it in each.
     */
    public static java.util.Map<String, Integer> pupilsAtTheAbsenceLimit(DemoOptions options, int startYear) {
        return DemoAttendance.atTheLimit(plan(options, startYear).pupils());
    }

    /** The first calendar year of the school year containing the date: 2026-11-20 → 2026 (2026-2027). */
    public static int schoolYearStart(LocalDate date) {
        return date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    }

    /** The pupils the demo school of that year would have, without a store: for import files and benchmarks. */
    public static java.util.List<DemoPupil> pupils(DemoOptions options, int startYear) {
        return plan(options, startYear).pupils();
    }

    static DemoPlan plan(DemoOptions options, int startYear) {
        return switch (options.level()) {
            case THCS -> ThcsPlanner.plan(options.seed(), startYear);
            case TIEU_HOC -> TieuHocPlanner.plan(options.seed(), startYear);
            case MAM_NON -> throw new IllegalArgumentException("no mầm non demo school");
        };
    }
}
