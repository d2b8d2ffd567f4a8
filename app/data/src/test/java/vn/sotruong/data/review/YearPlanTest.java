package vn.sotruong.data.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.deadline.DueDates;
import vn.sotruong.core.deadline.PlanItem;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.gradebook.GradebookFixture;
import vn.sotruong.data.support.Schools;

/** The year's record-keeping plan: each role's items, and for the principal what is overdue and outstanding. */
class YearPlanTest extends GradebookFixture {
    private static final LocalDate NOV_23 = LocalDate.of(2026, 11, 23);

    @Test
    void eachRoleSeesItsOwnItemsInDateOrder() {
        Actor principal = Schools.person(s, "hieutruong", "Nguyễn Văn Hiệu", Role.HIEU_TRUONG);
        DueDates due = s.progress().dueDates(year);

        List<PlanItem> all = s.plan().plan(principal, year);
        assertThat(all).extracting(PlanItem::code).startsWith("plan.accounts", "plan.pupilRecords")
                .contains("plan.monthlyCheck", "plan.printTerm1", "plan.printYear").doesNotContain("plan.entryRegular");
        assertThat(all.getFirst().due()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(all).filteredOn(i -> i.code().equals("plan.monthlyCheck")).hasSize(9)
                .extracting(PlanItem::due).contains(LocalDate.of(2026, 9, 30), LocalDate.of(2027, 5, 31));
        assertThat(all).isSortedAccordingTo(java.util.Comparator.comparing(PlanItem::due));

        List<PlanItem> teacher = s.plan().next(toanTeacher, year, NOV_23, 3);
        assertThat(teacher).hasSize(3).allMatch(i -> !i.due().isBefore(NOV_23))
                .noneMatch(i -> i.code().equals("plan.accounts"));
        assertThat(teacher.getFirst()).satisfies(i -> {
            // the mid-term results were due ten working days after the test of week 9, so the next is ĐĐGtx round 2
            assertThat(due.periodic("HK1.GK")).isBefore(NOV_23);
            assertThat(i.code()).isEqualTo("plan.entryRegular");
            assertThat(i.args()).containsExactly(2, "I");
            assertThat(i.due()).isEqualTo(due.regular(1, 2));
        });
        assertThat(s.plan().plan(toanTeacher, year)).filteredOn(i -> i.code().equals("plan.entryRegular"))
                .extracting(PlanItem::due).containsExactly(due.regular(1, 1), due.regular(1, 2), due.regular(2, 1),
                        due.regular(2, 2));
        assertThat(teacher.getFirst().daysLeft(NOV_23)).isEqualTo(
                java.time.temporal.ChronoUnit.DAYS.between(NOV_23, due.regular(1, 2)));
    }

    @Test
    void thePrincipalSeesWhatIsOverdueAndAWrittenNoteTakesAClassOff() {
        Actor principal = Schools.person(s, "hieutruong", "Nguyễn Văn Hiệu", Role.HIEU_TRUONG);
        Actor vicePrincipal = Schools.person(s, "phohieutruong", "Lê Văn Phó", Role.PHO_HIEU_TRUONG);

        List<PlanItem> overdue = s.plan().overdue(principal, year, NOV_23);
        assertThat(overdue).filteredOn(i -> i.code().equals("plan.monthlyCheck")).extracting(PlanItem::outstanding)
                .containsExactly(1, 1);
        assertThat(overdue).filteredOn(i -> i.code().equals("plan.entryRegular")).singleElement()
                .satisfies(i -> assertThat(i.outstanding()).isPositive());
        assertThat(overdue).allMatch(i -> i.due().isBefore(NOV_23) && i.outstanding() > 0);

        s.notes().write(vicePrincipal, c7a, YearMonth.of(2026, 10), "Sổ điểm ghi đầy đủ, đúng hạn.");
        assertThat(s.plan().overdue(principal, year, NOV_23)).filteredOn(i -> i.code().equals("plan.monthlyCheck"))
                .extracting(PlanItem::due).containsExactly(LocalDate.of(2026, 9, 30));
        assertThat(code(() -> s.plan().overdue(toanTeacher, year, NOV_23))).isEqualTo("auth.denied");
    }
}
