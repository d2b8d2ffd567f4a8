package vn.sotruong.desktop.home;

import vn.sotruong.core.deadline.PlanItem;
import vn.sotruong.core.security.Permission;
import vn.sotruong.desktop.i18n.UiText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sotruong.core.school.School;
import vn.sotruong.core.year.CalendarDay;
import vn.sotruong.core.year.DayKind;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.core.year.TeachingWeek;
import vn.sotruong.core.year.Term;
import vn.sotruong.desktop.common.Session;

/** The start page: who the school is, which year and week it is, what days off come next. */
public final class HomeViewModel {
    /** Consecutive calendar days with the same name, e.g. the Tết break. */
    public record DaysOff(String name, LocalDate from, LocalDate to) {
    }

    /** One item of the year's plan as shown: "Hạn nhập điểm TX đợt 2 học kì I: 27/12/2026 — còn 34 ngày". */
    public record PlanLine(String text, boolean overdue) {
    }

    private static final int UPCOMING = 5;
    private static final int PLAN_ITEMS = 4;

    private final School school;
    private final Optional<SchoolYear> year;
    private final List<Term> terms;
    private final Optional<TeachingWeek> thisWeek;
    private final List<DaysOff> upcoming;
    private final LocalDate today;
    private final String userName;
    private final List<PlanLine> plan = new ArrayList<>();

    public HomeViewModel(Session session) {
        this(session, null);
    }

    /** @param text when given, the year's plan is read and worded for the signed-in person's roles */
    public HomeViewModel(Session session, UiText text) {
        this.today = session.today();
        this.userName = session.actor().fullName();
        this.school = session.school();
        this.year = session.currentYear();
        if (year.isPresent()) {
            long id = year.get().id();
            this.terms = session.services().years().terms(id);
            this.thisWeek = session.services().years().weeks(id).stream().filter(w -> w.contains(today)).findFirst();
            this.upcoming = upcoming(session.services().years().calendar(id).entries(), today);
            if (text != null) {
                plan(session, text, id);
            }
        } else {
            this.terms = List.of();
            this.thisWeek = Optional.empty();
            this.upcoming = List.of();
        }
    }

    /** The principal's overdue items first, then the person's next items due. */
    private void plan(Session session, UiText text, long yearId) {
        var service = session.services().plan();
        if (session.actor().has(Permission.RESULTS_APPROVE)) {
            for (PlanItem i : service.overdue(session.actor(), yearId, today)) {
                String left = text.code("plan.overdueDays", -i.daysLeft(today));
                String outstanding = text.code(i.code().startsWith("plan.entry") ? "plan.outstanding.entry"
                        : "plan.outstanding.notes", i.outstanding());
                plan.add(new PlanLine(text.code(i.code(), i.args().toArray()) + ": " + text.date(i.due()) + " — " + left
                        + " · " + outstanding, true));
            }
        }
        for (PlanItem i : service.next(session.actor(), yearId, today, PLAN_ITEMS)) {
            long days = i.daysLeft(today);
            String left = days == 0 ? text.code("plan.dueToday") : text.code("plan.daysLeft", days);
            plan.add(new PlanLine(text.code(i.code(), i.args().toArray()) + ": " + text.date(i.due()) + " — " + left,
                    false));
        }
    }

    /** The year's plan: overdue items (the principal's) and the next ones due. */
    public List<PlanLine> plan() {
        return plan;
    }

    static List<DaysOff> upcoming(List<CalendarDay> entries, LocalDate today) {
        List<DaysOff> out = new ArrayList<>();
        DaysOff open = null;
        for (CalendarDay d : entries) {
            if (d.kind() != DayKind.HOLIDAY || d.date().isBefore(today)) {
                continue;
            }
            // Tết and long weekends are one line, not five
            if (open != null && open.name().equals(d.name()) && !d.date().isAfter(open.to().plusDays(3))) {
                open = new DaysOff(open.name(), open.from(), d.date());
                out.set(out.size() - 1, open);
                continue;
            }
            if (out.size() == UPCOMING) {
                break;
            }
            open = new DaysOff(d.name(), d.date(), d.date());
            out.add(open);
        }
        return out;
    }

    public School school() {
        return school;
    }

    public Optional<SchoolYear> year() {
        return year;
    }

    public List<Term> terms() {
        return terms;
    }

    public Optional<TeachingWeek> thisWeek() {
        return thisWeek;
    }

    public List<DaysOff> upcoming() {
        return upcoming;
    }

    public String userName() {
        return userName;
    }

    public LocalDate today() {
        return today;
    }
}
