package vn.sotruong.core.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.review.MonthlyNoteStore;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.school.SchoolStore;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.security.Role;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.core.year.YearStore;

/**
 * Kế hoạch hồ sơ năm học: the record-keeping calendar the regulations set — accounts and permissions reviewed in
 * August, pupil records complete in September, the monthly check of the books with each class's note, the entry
 * deadlines of each term, term I printed in January, the data complete in May, the year printed in June — each
 * item for the roles that do it; and for the principal what is overdue and still outstanding.
 */
public final class YearPlanService {
    private static final Set<Role> TEACHING = EnumSet.of(Role.GVBM, Role.GVCN, Role.TO_TRUONG, Role.PHO_HIEU_TRUONG);
    private static final Set<Role> PRINTING = EnumSet.of(Role.VAN_PHONG, Role.HIEU_TRUONG, Role.PHO_HIEU_TRUONG);

    private final EntryProgressService progress;
    private final YearStore years;
    private final SchoolStore school;
    private final OrganisationStore org;
    private final MonthlyNoteStore notes;

    public YearPlanService(EntryProgressService progress, YearStore years, SchoolStore school, OrganisationStore org,
                           MonthlyNoteStore notes) {
        this.progress = progress;
        this.years = years;
        this.school = school;
        this.org = org;
        this.notes = notes;
    }

    /** The year's items for the actor's roles, by due date. */
    public List<PlanItem> plan(Actor actor, long yearId) {
        return all(yearId).stream().filter(i -> i.roles().stream().anyMatch(actor::hasRole)).toList();
    }

    /** The actor's next {@code count} items due today or later. */
    public List<PlanItem> next(Actor actor, long yearId, LocalDate today, int count) {
        return plan(actor, yearId).stream().filter(i -> !i.due().isBefore(today)).limit(count).toList();
    }

    /**
     * For the principal: the items whose day has passed and that are still outstanding — entries missing after
     * their deadline, classes without a note for a month that has ended.
     */
    public List<PlanItem> overdue(Actor actor, long yearId, LocalDate today) {
        actor.require(Permission.RESULTS_APPROVE);
        List<PlanItem> past = all(yearId).stream().filter(i -> i.due().isBefore(today)).toList();
        List<ProgressLine> lines = past.stream().anyMatch(i -> i.code().startsWith("plan.entry"))
                ? progress.yearProgress(actor, yearId, today) : List.of();
        List<SchoolClass> classes = org.classes(yearId);
        List<PlanItem> out = new ArrayList<>();
        for (PlanItem i : past) {
            int n = -1;
            if (i.code().startsWith("plan.entry")) {
                n = lines.stream().filter(l -> l.due().equals(i.due())).mapToInt(ProgressLine::missing).sum();
            } else if (i.code().equals("plan.monthlyCheck")) {
                YearMonth month = YearMonth.from(i.due());
                n = (int) classes.stream().filter(c -> notes.ofClass(c.id()).stream()
                        .noneMatch(note -> note.month().equals(month))).count();
            }
            if (n > 0) {
                out.add(i.withOutstanding(n));
            }
        }
        return out;
    }

    private List<PlanItem> all(long yearId) {
        SchoolYear y = years.find(yearId).orElseThrow(() -> new DomainException("year.notFound"));
        int start = y.startYear();
        DueDates due = progress.dueDates(yearId);
        boolean thcs = school.find().map(s -> s.level() == SchoolLevel.THCS).orElse(true);
        List<PlanItem> items = new ArrayList<>();
        items.add(item("plan.accounts", LocalDate.of(start, 8, 31), EnumSet.of(Role.QUAN_TRI, Role.HIEU_TRUONG)));
        items.add(item("plan.pupilRecords", LocalDate.of(start, 9, 30),
                EnumSet.of(Role.VAN_PHONG, Role.GVCN, Role.QUAN_TRI, Role.HIEU_TRUONG)));
        for (int m = 0; m < 9; m++) {
            YearMonth month = YearMonth.of(start, 9).plusMonths(m);
            items.add(item("plan.monthlyCheck", month.atEndOfMonth(),
                    EnumSet.of(Role.PHO_HIEU_TRUONG, Role.HIEU_TRUONG, Role.TO_TRUONG), month.getMonthValue()));
        }
        for (int term = 1; term <= 2; term++) {
            String roman = term == 1 ? "I" : "II";
            if (thcs) {
                for (int round = 1; round <= 2; round++) {
                    items.add(item("plan.entryRegular", due.regular(term, round), TEACHING, round, roman));
                }
            }
            Set<Role> periodic = EnumSet.copyOf(TEACHING);
            periodic.add(Role.VAN_PHONG);
            items.add(item("plan.entryMidterm", due.periodic("HK" + term + ".GK"), periodic, roman));
            items.add(item("plan.entryEndOfTerm", due.periodic("HK" + term + ".CK"), periodic, roman));
        }
        if (thcs) {
            items.add(item("plan.entrySummer", due.summer(), TEACHING));
        }
        items.add(item("plan.printTerm1", LocalDate.of(start + 1, 1, 31), PRINTING));
        Set<Role> everyone = EnumSet.copyOf(TEACHING);
        everyone.addAll(PRINTING);
        items.add(item("plan.dataComplete", LocalDate.of(start + 1, 5, 31), everyone));
        items.add(item("plan.printYear", LocalDate.of(start + 1, 6, 30), PRINTING));
        items.sort(Comparator.comparing(PlanItem::due));
        return items;
    }

    private static PlanItem item(String code, LocalDate due, Set<Role> roles, Object... args) {
        return new PlanItem(code, List.of(args), due, roles, -1);
    }
}
