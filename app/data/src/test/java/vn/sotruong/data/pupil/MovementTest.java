package vn.sotruong.data.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sotruong.data.pupil.PupilFixtures.pupil;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.pupil.ClassYear;
import vn.sotruong.core.pupil.Movement;
import vn.sotruong.core.pupil.MovementKind;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.pupil.RegisterEntry;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

/** Enrolment and movements: dated, with reasons, in the history, and the books of the period keep the pupil. */
class MovementTest extends SchoolStoreFixture {
    private static final LocalDate SEPT_5 = LocalDate.of(2026, 9, 5);
    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    private long year;
    private long c7a;
    private long c7b;
    private long an;

    @BeforeEach
    void pupilIn7A() {
        year = s.years().currentYear().orElseThrow().id();
        c7a = s.organisation().addClass(admin, year, 7, "7A", null);
        c7b = s.organisation().addClass(admin, year, 7, "7B", null);
        an = s.pupils().admit(admin, c7a, pupil("HS001", "Lê Văn An"), SEPT_5, null);
    }

    @Test
    void aTransferredOutPupilStaysInTheClassListOfTheDaysBeforeLeaving() {
        s.movements().transferOut(admin, an, OCT_1, "Trường THCS Lê Lợi, Huế", "Gia đình chuyển vào Huế");

        assertThat(s.pupils().classList(admin, c7a, OCT_1.minusDays(1))).extracting(Pupil::code).containsExactly("HS001");
        assertThat(s.pupils().classList(admin, c7a, OCT_1)).isEmpty();
        assertThat(s.pupils().classList(admin, c7a, SEPT_5.minusDays(1))).isEmpty();
        assertThat(s.pupils().classList(admin, c7a)).isEmpty();
        assertThat(s.movements().history(admin, an)).extracting(Movement::kind, Movement::on, Movement::otherSchool)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MovementKind.ADMISSION, SEPT_5, null),
                        org.assertj.core.groups.Tuple.tuple(MovementKind.TRANSFER_OUT, OCT_1, "Trường THCS Lê Lợi, Huế"));
        assertThat(s.movements().history(admin, an).getLast().reason()).isEqualTo("Gia đình chuyển vào Huế");
        // gone is gone: no second transfer, no enrolment
        assertThat(code(() -> s.movements().dropOut(admin, an, OCT_1.plusDays(3), "x"))).isEqualTo("pupil.notEnrolled");
        assertThat(code(() -> s.movements().enrol(admin, an, c7b, OCT_1.plusDays(3)))).isEqualTo("pupil.hasLeft");
    }

    @Test
    void aClassChangeEndsOneEnrolmentAndStartsTheNext() {
        s.movements().changeClass(admin, an, c7b, OCT_1, "Cân đối sĩ số");

        assertThat(s.pupils().classList(admin, c7a, OCT_1.minusDays(1))).hasSize(1);
        assertThat(s.pupils().classList(admin, c7a, OCT_1)).isEmpty();
        assertThat(s.pupils().classList(admin, c7b, OCT_1)).hasSize(1);
        RegisterEntry entry = s.pupils().register(admin).entries().getFirst();
        assertThat(entry.classes()).extracting(ClassYear::className, ClassYear::until)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("7A", OCT_1),
                        org.assertj.core.groups.Tuple.tuple("7B", null));
        assertThat(entry.leftOn()).isNull();
        assertThat(code(() -> s.movements().changeClass(admin, an, c7b, OCT_1.plusDays(7), "x")))
                .isEqualTo("pupil.sameClass");
    }

    @Test
    void onePupilIsInOneClassPerYear() {
        assertThat(code(() -> s.movements().enrol(admin, an, c7b, SEPT_5))).isEqualTo("pupil.alreadyInClass");
        assertThat(s.pupils().classList(admin, c7b)).isEmpty();
    }

    @Test
    void aDropoutMayReturnAndTheHistoryKeepsBoth() {
        s.movements().dropOut(admin, an, OCT_1, "Hoàn cảnh gia đình khó khăn");
        assertThat(s.pupils().register(admin).entries().getFirst().leftOn()).isEqualTo(OCT_1);
        LocalDate back = LocalDate.of(2026, 11, 16);
        s.movements().returnAfterDropout(admin, an, c7a, back, "Được hỗ trợ học bổng, trở lại lớp");

        assertThat(s.pupils().classList(admin, c7a, LocalDate.of(2026, 10, 20))).isEmpty();
        assertThat(s.pupils().classList(admin, c7a, back)).hasSize(1);
        assertThat(s.movements().history(admin, an)).extracting(Movement::kind)
                .containsExactly(MovementKind.ADMISSION, MovementKind.DROPOUT, MovementKind.RETURN);
        assertThat(s.pupils().register(admin).entries().getFirst().leftOn()).isNull();
        assertThat(s.pupils().register(admin).entries().getFirst().classes()).hasSize(2);
    }

    @Test
    void badMovementsAreRefusedAndChangeNothing() {
        assertThat(code(() -> s.movements().dropOut(admin, an, OCT_1, " "))).isEqualTo("pupil.reasonRequired");
        assertThat(code(() -> s.movements().transferOut(admin, an, OCT_1, "", "Chuyển nhà")))
                .isEqualTo("pupil.schoolRequired");
        assertThat(code(() -> s.movements().dropOut(admin, an, SEPT_5, "Ốm dài ngày")))
                .isEqualTo("pupil.movementBeforeEnrolment");
        assertThat(code(() -> s.movements().returnAfterDropout(admin, an, c7b, OCT_1, "x")))
                .isEqualTo("pupil.notDroppedOut");
        Actor gvbm = Schools.person(s, "gv.toan", "Ngô Bảo Châu", Role.GVBM);
        assertThat(code(() -> s.movements().dropOut(gvbm, an, OCT_1, "Ốm dài ngày")))
                .isEqualTo("scope.notYourClassOrSubject");
        assertThat(s.movements().history(admin, an)).hasSize(1);
        assertThat(s.pupils().classList(admin, c7a)).hasSize(1);
    }

    @Test
    void theHomeroomTeacherRecordsTheirOwnPupilsMovements() {
        Actor gvcn = Schools.person(s, "gvcn.7a", "Tô Ngọc Vân", Role.GVCN);
        s.organisation().setHomeroom(admin, c7a, gvcn.staffId());
        s.movements().transferOut(gvcn, an, OCT_1, "Trường THCS Lê Lợi", "Chuyển nhà");
        assertThat(s.movements().history(gvcn, an)).hasSize(2).last().extracting(Movement::recordedBy)
                .isEqualTo("gvcn.7a");
    }
}
