package vn.sotruong.data.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sotruong.data.pupil.PupilFixtures.pupil;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.pupil.Admission;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.pupil.RegisterEntry;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

/** Pupil records, the sổ đăng bộ numbering, class-list order, search and who may edit. */
class PupilServiceTest extends SchoolStoreFixture {
    private static final LocalDate SEPT_5 = LocalDate.of(2026, 9, 5);
    private long year;
    private long c7a;
    private long c7b;
    private Actor gvcn7a;

    @BeforeEach
    void classes() {
        year = s.years().currentYear().orElseThrow().id();
        gvcn7a = Schools.person(s, "gvcn.7a", "Tô Ngọc Vân", Role.GVCN, Role.GVBM);
        c7a = s.organisation().addClass(admin, year, 7, "7A", gvcn7a.staffId());
        c7b = s.organisation().addClass(admin, year, 7, "7B", null);
    }

    @Test
    void registerNumbersAreGivenInOrderAndNeverReused() {
        long a = s.pupils().admit(admin, c7a, pupil("HS001", "Lê Văn An"), SEPT_5, null);
        long b = s.pupils().admit(admin, c7a, pupil("HS002", "Phạm Thị Bích"), SEPT_5, null);
        s.movements().transferOut(admin, b, LocalDate.of(2026, 10, 1), "Trường THCS Lê Lợi", "Gia đình chuyển nhà");
        // the number of a pupil who refused admission (duplicate code) is not consumed either
        assertThat(code(() -> s.pupils().admit(admin, c7a, pupil("HS002", "Vũ Minh Châu"), SEPT_5, null)))
                .isEqualTo("pupil.codeExists");
        long c = s.pupils().admit(admin, c7b, pupil("HS003", "Đỗ Minh Châu"), SEPT_5, "Trường THCS Nguyễn Du");

        assertThat(s.pupils().register(admin).entries()).extracting(RegisterEntry::registerNo, RegisterEntry::pupilId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, a), org.assertj.core.groups.Tuple.tuple(2, b),
                        org.assertj.core.groups.Tuple.tuple(3, c));
        RegisterEntry left = s.pupils().register(admin).entries().get(1);
        assertThat(left.leftOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(left.classes()).singleElement().satisfies(cy -> {
            assertThat(cy.className()).isEqualTo("7A");
            assertThat(cy.yearLabel()).isEqualTo("2026-2027");
        });
        RegisterEntry transferredIn = s.pupils().register(admin).entries().get(2);
        assertThat(transferredIn.fromSchool()).isEqualTo("Trường THCS Nguyễn Du");
        assertThat(transferredIn.admittedOn()).isEqualTo(SEPT_5);
    }

    @Test
    void theRegisterCounterDoesNotGoBackWhenTheLastPupilsRowIsGone() {
        s.pupils().admit(admin, c7a, pupil("HS001", "Lê Văn An"), SEPT_5, null);
        var stores = s.stores();
        int next = stores.transactions().inTransaction(() -> stores.pupils().reserveRegisterNumbers(1));
        assertThat(next).isEqualTo(2);
        // number 2 was handed out (say, to an admission rolled back later): the next pupil gets 3
        long id = s.pupils().admit(admin, c7a, pupil("HS002", "Phạm Thị Bích"), SEPT_5, null);
        assertThat(stores.pupils().admissionOf(id)).map(Admission::registerNo).contains(3);
    }

    @Test
    void namesAreStoredNfcAndClassListsSortByGivenNameThenFamily() {
        String decomposed = java.text.Normalizer.normalize("Nguyễn Thị Ánh", java.text.Normalizer.Form.NFD);
        s.pupils().admit(admin, c7a, pupil("HS001", decomposed), SEPT_5, null);
        s.pupils().admit(admin, c7a, pupil("HS002", "Trần Văn Bảo"), SEPT_5, null);
        s.pupils().admit(admin, c7a, pupil("HS003", "Lê Thị Anh"), SEPT_5, null);
        s.pupils().admit(admin, c7a, pupil("HS004", "Đặng Quốc An"), SEPT_5, null);
        s.pupils().admit(admin, c7a, pupil("HS005", "Bùi Minh Ánh"), SEPT_5, null);

        assertThat(s.pupils().classList(admin, c7a)).extracting(Pupil::fullName)
                .containsExactly("Đặng Quốc An", "Lê Thị Anh", "Bùi Minh Ánh", "Nguyễn Thị Ánh", "Trần Văn Bảo");
        assertThat(s.pupils().classList(admin, c7a).get(3).fullName()).isEqualTo("Nguyễn Thị Ánh")
                .isNotEqualTo(decomposed);
    }

    @Test
    void searchIgnoresMarksAndCaseAndFindsCodes() {
        s.pupils().admit(admin, c7a, pupil("HS001", "Nguyễn Thị Ánh"), SEPT_5, null);
        s.pupils().admit(admin, c7a, pupil("HS002", "Nguyễn Thị Anh Đào", LocalDate.of(2014, 1, 1), Gender.NU),
                SEPT_5, null);
        s.pupils().admit(admin, c7b, pupil("HS003", "Đỗ Đức Độ"), SEPT_5, null);

        assertThat(s.pupils().search(admin, "nguyen thi anh")).extracting(Pupil::code).containsExactlyInAnyOrder(
                "HS001", "HS002");
        assertThat(s.pupils().search(admin, "ÁNH")).extracting(Pupil::code).containsExactly("HS001", "HS002");
        assertThat(s.pupils().search(admin, "do duc do")).extracting(Pupil::code).containsExactly("HS003");
        assertThat(s.pupils().search(admin, "hs003")).extracting(Pupil::code).containsExactly("HS003");
        assertThat(s.pupils().search(admin, "100%")).isEmpty();
        // a homeroom teacher without school-wide rights finds only their class's pupils
        assertThat(s.pupils().search(gvcn7a, "d")).extracting(Pupil::code).containsExactly("HS002");
    }

    @Test
    void aHomeroomTeacherEditsOnlyTheirClassAndASubjectTeacherNothing() {
        long inA = s.pupils().admit(gvcn7a, c7a, pupil("HS001", "Lê Văn An"), SEPT_5, null);
        long inB = s.pupils().admit(admin, c7b, pupil("HS002", "Phạm Thị Bích"), SEPT_5, null);
        Actor gvbm = Schools.person(s, "gv.toan", "Ngô Bảo Châu", Role.GVBM);
        long toan = s.years().subjects(year).getFirst().id();
        s.organisation().assign(admin, year, c7a, toan, gvbm.staffId());

        Pupil a = s.pupils().requirePupil(gvcn7a, inA);
        s.pupils().update(gvcn7a, new Pupil(a.id(), a.code(), "Lê Văn Ân", a.birthDate(), a.gender(), a.birthPlace(),
                a.ethnicity(), a.address(), true, a.father(), a.mother(), a.guardian(), a.phone(), "038214000123",
                a.consent()));
        assertThat(s.pupils().requirePupil(admin, inA).fullName()).isEqualTo("Lê Văn Ân");

        Pupil b = s.pupils().requirePupil(admin, inB);
        assertThat(code(() -> s.pupils().update(gvcn7a, b))).isEqualTo("scope.notYourClassOrSubject");
        assertThat(code(() -> s.pupils().admit(gvcn7a, c7b, pupil("HS009", "Hà Văn Cường"), SEPT_5, null)))
                .isEqualTo("scope.notYourClassOrSubject");
        // the subject teacher sees the class list but may not change a record
        assertThat(s.pupils().classList(gvbm, c7a)).hasSize(1);
        assertThat(code(() -> s.pupils().update(gvbm, a))).isEqualTo("auth.denied");
        assertThat(code(() -> s.pupils().admit(gvbm, c7a, pupil("HS010", "Hà Văn Cường"), SEPT_5, null)))
                .isEqualTo("auth.denied");
        assertThat(code(() -> s.pupils().classList(gvbm, c7b))).isEqualTo("scope.notYourClassOrSubject");
        assertThat(code(() -> s.pupils().register(gvcn7a))).isEqualTo("auth.denied");
        assertThat(s.audit().latest(admin, 20)).extracting(AuditEntry::kind).contains(AuditKind.PUPIL_CREATED,
                AuditKind.PUPIL_CHANGED);
    }

    @Test
    void theOfficeMayEditEveryClassByDefault() {
        Actor office = Schools.person(s, "vanphong", "Lý Thu Hà", Role.VAN_PHONG);
        long id = s.pupils().admit(office, c7b, pupil("HS001", "Lê Văn An"), SEPT_5, null);
        s.pupils().recordConsent(office, id, LocalDate.of(2026, 9, 7));
        assertThat(s.pupils().requirePupil(admin, id).consent().recordedBy()).isEqualTo("vanphong");
        assertThat(s.pupils().requirePupil(admin, id).consent().date()).isEqualTo(LocalDate.of(2026, 9, 7));
    }

    @Test
    void badRecordsAreRefusedWithTheirCode() {
        assertThat(code(() -> s.pupils().admit(admin, c7a, pupil("", "Lê Văn An"), SEPT_5, null)))
                .isEqualTo("pupil.codeRequired");
        assertThat(code(() -> s.pupils().admit(admin, c7a, pupil("HS 1/2", "Lê Văn An"), SEPT_5, null)))
                .isEqualTo("pupil.codeInvalid");
        assertThat(code(() -> s.pupils().admit(admin, c7a, pupil("HS1", " "), SEPT_5, null)))
                .isEqualTo("pupil.nameRequired");
        assertThat(code(() -> s.pupils().admit(admin, c7a, pupil("HS1", "Lê Văn An", LocalDate.of(2030, 1, 1),
                Gender.NAM), SEPT_5, null))).isEqualTo("pupil.birthDateInFuture");
        s.pupils().admit(admin, c7a, pupil("HS1", "Lê Văn An"), SEPT_5, null);
        assertThat(code(() -> s.pupils().admit(admin, c7b, pupil("HS2", "Lê  Van An"), SEPT_5, null)))
                .isEqualTo("pupil.sameNameAndBirth");
        assertThat(s.pupils().count()).isEqualTo(1);
    }
}
