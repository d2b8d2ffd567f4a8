package vn.sotruong.data.rollover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ResultPeriod;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Movement;
import vn.sotruong.core.pupil.MovementKind;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.rollover.Placement;
import vn.sotruong.core.rollover.RolloverPlan;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.backup.BackupKind;
import vn.sotruong.data.backup.BackupService;
import vn.sotruong.data.gradebook.GradebookFixture;
import vn.sotruong.data.support.Schools;

/**
 * The rollover to 2027–2028 of a school with 7A (An and Bình promoted, Chi retained after failing summer conduct
 * training) and 9A (Dũng completes THCS): classes move up a grade, intake classes appear, pupils are placed.
 */
class RolloverTest extends GradebookFixture {
    private Actor principal;
    private long c9a;
    private long dung;

    @BeforeEach
    void aDecidedYear() {
        principal = Schools.person(s, "hieutruong", "Nguyễn Thị Hạnh", Role.HIEU_TRUONG);
        s.organisation().addClass(admin, year, 6, "6A", null);
        c9a = s.organisation().addClass(admin, year, 9, "9A", null);
        dung = s.pupils().admit(admin, c9a, new Pupil(0, "HS009", "Phan Văn Dũng", java.time.LocalDate.of(2011, 2, 3),
                vn.sotruong.core.pupil.Gender.NAM, null, null, null, false, null, null, null, null, null, null),
                SEPT_5, null);
        enterYear(an, t7(), "Khá", "Tốt");
        enterYear(binh, t7(), "Tốt", "Tốt");
        enterYear(chi, t7(), "Chưa đạt", "Chưa đạt");
        var grade9 = t7(); // Công nghệ has 52 periods in grade 9: three ĐĐGtx a term
        grade9.put("CONGNGHE", new String[] {"8;9;9/8,5/8,0", "9;8;8/8,5/8,5"});
        enterYear(c9a, dung, grade9, "Tốt", "Tốt");
    }

    @Test
    void nothingMovesUntilThePrincipalApprovedEveryClassAndEveryResultIsFinal() {
        RolloverPlan plan = s.rollover().plan(admin, year);
        assertThat(plan.unapprovedClasses()).containsExactly("7A", "9A");
        assertThat(plan.placements()).filteredOn(p -> p.pupil().code().equals("HS003")).singleElement()
                .extracting(Placement::decision).isEqualTo(Placement.Decision.UNDECIDED);
        assertThat(code(() -> s.rollover().execute(admin, year))).isEqualTo("rollover.resultsNotApproved");
        assertThat(code(() -> s.rollover().plan(principal, year))).isEqualTo("auth.denied");
        assertThat(s.years().years()).hasSize(1);
    }

    @Test
    void classesMoveUpAndPupilsArePlacedByTheirResults() {
        s.gradebook().save(homeroom, c7a, SheetRef.conduct(), List.of(CellEdit.of(chi, "HE", "Chưa đạt")), Via.GRID);
        s.results().approve(principal, c7a, ResultPeriod.CN);
        s.results().approve(principal, c9a, ResultPeriod.CN);

        RolloverPlan plan = s.rollover().plan(admin, year);
        assertThat(plan.ready()).isTrue();
        assertThat(plan.classes()).extracting(RolloverPlan.NewClass::name, RolloverPlan.NewClass::fromClass)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("6A", null),
                        org.assertj.core.groups.Tuple.tuple("7A", "6A"),
                        org.assertj.core.groups.Tuple.tuple("8A", "7A"));
        long next = s.rollover().execute(admin, year);

        List<SchoolClass> classes = s.organisation().classes(admin, next);
        assertThat(classes).extracting(SchoolClass::name).containsExactlyInAnyOrder("6A", "7A", "8A");
        assertThat(names(next, "8A")).containsExactly("HS001", "HS002");
        assertThat(names(next, "7A")).containsExactly("HS003");
        assertThat(s.movements().history(admin, dung)).extracting(Movement::kind).containsExactly(
                MovementKind.ADMISSION, MovementKind.COMPLETED);
        assertThat(s.movements().history(admin, chi).getLast().reason()).isEqualTo("RETAINED");
        // last year's books keep their pupils; the new year is the current one
        assertThat(s.pupils().classList(admin, c7a, java.time.LocalDate.of(2027, 5, 1))).hasSize(3);
        assertThat(s.years().currentYear().orElseThrow().id()).isEqualTo(next);
        assertThat(code(() -> s.rollover().execute(admin, year))).isEqualTo("rollover.alreadyDone");
    }

    /** The regulations' backup before a year rollover: after the plan's checks, before anything changes. */
    @Test
    void theRolloverBacksTheYearUpFirstAndOnlyWhenItCanGoAhead() {
        BackupService backups = new BackupService(store, clock);
        assertThat(code(() -> s.rollover().execute(admin, year, backups::beforeRollover)))
                .isEqualTo("rollover.resultsNotApproved");
        assertThat(backups.list(backups.localFolder())).as("a refused rollover backs nothing up").isEmpty();

        s.gradebook().save(homeroom, c7a, SheetRef.conduct(), List.of(CellEdit.of(chi, "HE", "Chưa đạt")), Via.GRID);
        s.results().approve(principal, c7a, ResultPeriod.CN);
        s.results().approve(principal, c9a, ResultPeriod.CN);
        assertThat(code(() -> backups.beforeRollover(principal))).as("the rollover is the administrator's")
                .isEqualTo("auth.denied");
        long next = s.rollover().execute(admin, year, backups::beforeRollover);

        assertThat(backups.list(backups.localFolder())).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BackupKind.BEFORE_ROLLOVER);
            assertThat(b.file().getFileName().toString()).contains("_truoc-len-nam");
        });
        assertThat(s.years().currentYear().orElseThrow().id()).isEqualTo(next);
    }

    @Test
    void aBackupThatCannotBeWrittenStopsTheRolloverWithNothingChanged() throws Exception {
        s.gradebook().save(homeroom, c7a, SheetRef.conduct(), List.of(CellEdit.of(chi, "HE", "Chưa đạt")), Via.GRID);
        s.results().approve(principal, c7a, ResultPeriod.CN);
        s.results().approve(principal, c9a, ResultPeriod.CN);
        BackupService backups = new BackupService(store, clock);
        // a file where the automatic backups' folder should be: the backup cannot be written
        java.nio.file.Files.writeString(backups.localFolder(), "không phải thư mục");

        assertThat(code(() -> s.rollover().execute(admin, year, backups::beforeRollover)))
                .isEqualTo("backup.rolloverBackupFailed");
        assertThat(s.years().years()).hasSize(1);
        assertThat(s.organisation().classes(admin, year)).extracting(SchoolClass::name)
                .containsExactlyInAnyOrder("6A", "7A", "9A");
    }

    private List<String> names(long yearId, String className) {
        SchoolClass c = s.organisation().classes(admin, yearId).stream().filter(x -> x.name().equals(className))
                .findFirst().orElseThrow();
        return s.pupils().classList(admin, c.id()).stream().map(Pupil::code).toList();
    }
}
