package vn.sotruong.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.AttendanceMark;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.core.attendance.MarkProblem;
import vn.sotruong.core.attendance.MarksRefused;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.NewPerson;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.support.NetworkLink;
import vn.sotruong.server.client.OfficeAddress;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.server.wire.Wire.AttendanceBooksAnswer;
import vn.sotruong.server.wire.Wire.AttendanceClassView;
import vn.sotruong.server.wire.Wire.AttendanceMonthView;
import vn.sotruong.server.wire.Wire.LoginAnswer;
import vn.sotruong.server.wire.Wire.MarkEditView;
import vn.sotruong.server.wire.Wire.MarkSaveAnswer;

/**
 * Điểm danh over the LAN: the homeroom teacher's month and save on the office PC's {@code AttendanceService}, the
 * change counter, conflicts, a retry after a lost answer, and a teacher changing ids reaching nothing (refused and
 * logged), all with a real service on 127.0.0.1.
 */
class AttendanceLanTest extends LanFixture {
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    /** Monday 23/11/2026, the fixture clock's day. */
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);
    private static final String CELL = MON + ".SANG";

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private long c7b;
    private long cuong;
    private WorkstationPairing room;
    private OfficeClient ws;
    private LoginAnswer gvcn;

    @BeforeEach
    void homeroomTeachers() {
        ((Logger) LoggerFactory.getLogger(LanApi.class)).addAppender(log);
        log.start();
        long year = s.years().currentYear().orElseThrow().id();
        Actor lan = homeroomTeacher("gvcn.7a", "Vũ Thị Lan");
        Actor toan7b = homeroomTeacher("gvcn.7b", "Đỗ Minh Toàn");
        s.organisation().setHomeroom(admin, c7a, lan.staffId());
        c7b = s.organisation().addClass(admin, year, 7, "7B", toan7b.staffId());
        cuong = s.pupils().admit(admin, c7b, new Pupil(0, "HS003", "Ngô Văn Cường", LocalDate.of(2013, 1, 9),
                Gender.NAM, null, "Kinh", null, false, null, null, null, null, null, null), LocalDate.of(2026, 9, 5),
                null);
        room = pairedWorkstation("Phòng máy 1");
        ws = client(room);
        gvcn = ws.login("gvcn.7a", PASSWORD.toCharArray());
    }

    @AfterEach
    void stopLog() {
        ((Logger) LoggerFactory.getLogger(LanApi.class)).detachAppender(log);
    }

    private Actor homeroomTeacher(String login, String name) {
        s.accounts().addPerson(admin, new NewPerson(name, login, Set.of(Role.GVCN, Role.GVBM), null, null,
                "TamThoi#123".toCharArray()));
        Actor first = s.auth().login(login, "TamThoi#123".toCharArray(), "test").actor();
        return s.auth().changeOwnPassword(first, "TamThoi#123".toCharArray(), PASSWORD.toCharArray());
    }

    private static MarkEditView edit(long pupil, String cell, String code, int seen) {
        return new MarkEditView(pupil, cell, code, seen);
    }

    private List<AttendanceMark> stored(long classId) {
        return s.stores().attendance().marks(classId, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 1));
    }

    private List<AuditEntry> attendanceEvents() {
        return s.audit().latest(admin, 1000).stream().filter(e -> e.kind() == AuditKind.ATTENDANCE_CHANGED).toList();
    }

    private void assertLogged(String code) {
        assertThat(log.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains(code).contains("127.0.0.1"));
    }

    @Test
    void theHomeroomTeacherMarksAnAbsenceFromAWorkstationAndTheAuditNamesTheWorkstation() {
        AttendanceBooksAnswer books = ws.attendanceBooks(gvcn);
        assertThat(books.classes()).extracting(AttendanceClassView::className).containsExactly("7A");
        assertThat(books.classes().getFirst().editable()).isTrue();
        assertThat(books.months()).contains("2026-09", "2026-11");

        AttendanceMonthView month = ws.attendanceMonth(gvcn, c7a, NOV);
        assertThat(month.editable()).isTrue();
        assertThat(month.days()).contains(MON.toString()).doesNotContain("2026-11-21");
        assertThat(month.rows()).extracting(r -> r.fullName()).containsExactly("Lê Văn An", "Trần Thị Bình");
        assertThat(month.changes()).isZero();

        MarkSaveAnswer saved = ws.saveAttendance(gvcn, c7a, NOV, List.of(edit(an, CELL, "K", 0)));
        assertThat(saved.changed()).isEqualTo(1);
        assertThat(saved.cells()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("K");
            assertThat(c.version()).isEqualTo(1);
            assertThat(c.changedBy()).isEqualTo("gvcn.7a");
        });
        assertThat(stored(c7a)).containsExactly(new AttendanceMark(an, MON, DaySession.SANG, AttendanceCode.UNEXCUSED));
        assertThat(attendanceEvents()).singleElement().satisfies(e -> {
            assertThat(e.actorLogin()).isEqualTo("gvcn.7a");
            assertThat(e.workstation()).isEqualTo("máy trạm " + room.workstationId() + ": Phòng máy 1");
            assertThat(e.detail()).isEqualTo("23/11/2026 SANG: HS001 –→K");
        });
        // another workstation's open grid sees the counter grow and reads the cell with its version
        OfficeClient other = client(pairedWorkstation("Phòng máy 2"));
        LoginAnswer office = other.login(ADMIN, PASSWORD.toCharArray());
        assertThat(other.attendanceChanges(office, c7a, NOV)).isEqualTo(saved.changes()).isEqualTo(1);
        AttendanceMonthView again = other.attendanceMonth(office, c7a, NOV);
        assertThat(again.rows().getFirst().cells().get(CELL).code()).isEqualTo("K");
        assertThat(again.rows().getFirst().year().unexcused()).isEqualTo(1);
    }

    @Test
    void theSecondSaveOfTheSameCellIsRefusedWithWhoChangedItAndToWhat() {
        OfficeClient other = client(pairedWorkstation("Phòng máy 2"));
        LoginAnswer office = other.login(ADMIN, PASSWORD.toCharArray());
        other.saveAttendance(office, c7a, NOV, List.of(edit(an, CELL, "P", 0)));

        assertThatThrownBy(() -> ws.saveAttendance(gvcn, c7a, NOV, List.of(edit(binh, CELL, "M", 0),
                edit(an, CELL, "K", 0)))).isInstanceOfSatisfying(MarksRefused.class, e -> {
                    assertThat(e.problems()).containsExactly(new MarkProblem(an, MON, DaySession.SANG,
                            "attendance.changedMeanwhile", List.of(ADMIN, "P")));
                });
        assertThat(stored(c7a)).containsExactly(new AttendanceMark(an, MON, DaySession.SANG, AttendanceCode.EXCUSED));
        assertLogged("attendance.changedMeanwhile");
    }

    @Test
    void aSaveWhoseAnswerIsLostIsSentAgainAndSavedOnce() {
        try (NetworkLink link = NetworkLink.to(server.port())) {
            OfficeClient flaky = OfficeClient.paired(new WorkstationPairing(new OfficeAddress("127.0.0.1", link.port()),
                    room.certificate(), room.secret(), room.workstationId()), Locale.forLanguageTag("vi-VN"));
            LoginAnswer teacher = flaky.login("gvcn.7a", PASSWORD.toCharArray());
            List<MarkEditView> absent = List.of(edit(binh, CELL, "P", 0));

            link.loseNextAnswers(1);
            assertThat(code(() -> flaky.saveAttendance(teacher, c7a, NOV, absent))).isEqualTo("lan.unreachable");
            assertThat(stored(c7a)).as("saved on the office PC").hasSize(1);

            MarkSaveAnswer retry = flaky.saveAttendance(teacher, c7a, NOV, absent);
            assertThat(retry.changed()).isZero();
            assertThat(retry.cells()).singleElement().satisfies(c -> assertThat(c.version()).isEqualTo(1));
            assertThat(attendanceEvents()).hasSize(1);
            assertThat(stored(c7a)).containsExactly(new AttendanceMark(binh, MON, DaySession.SANG,
                    AttendanceCode.EXCUSED));
        }
    }

    @Test
    void aTeacherChangingIdsInTheRequestReachesNothingAndEachRefusalIsLogged() {
        // another class: its month, its save, its counter
        assertThat(code(() -> ws.attendanceMonth(gvcn, c7b, NOV))).startsWith("scope.");
        assertThat(code(() -> ws.saveAttendance(gvcn, c7b, NOV, List.of(edit(cuong, CELL, "K", 0)))))
                .startsWith("scope.");
        assertThat(code(() -> ws.attendanceChanges(gvcn, c7b, NOV))).startsWith("scope.");
        assertThat(code(() -> ws.attendanceMonth(gvcn, 999_999, NOV))).isEqualTo("class.notFound");
        assertLogged("scope.");
        // a pupil of another class, put into the own class's save
        assertThat(problem(() -> ws.saveAttendance(gvcn, c7a, NOV, List.of(edit(an, CELL, "K", 0),
                edit(cuong, CELL, "K", 0))))).isEqualTo("attendance.notEnrolled");
        // a day of another month under this month, a day off, a day outside the year
        assertThat(problem(() -> ws.saveAttendance(gvcn, c7a, NOV, List.of(edit(an, "2026-10-05.SANG", "K", 0)))))
                .isEqualTo("attendance.otherMonth");
        assertThat(problem(() -> ws.saveAttendance(gvcn, c7a, NOV, List.of(edit(an, "2026-11-21.SANG", "K", 0)))))
                .isEqualTo("attendance.notSchoolDay");
        assertThat(problem(() -> ws.saveAttendance(gvcn, c7a, YearMonth.of(2027, 7),
                List.of(edit(an, "2027-07-05.SANG", "K", 0))))).isEqualTo("attendance.outsideYear");
        // the afternoon, which this school does not keep
        assertThat(problem(() -> ws.saveAttendance(gvcn, c7a, NOV, List.of(edit(an, MON + ".CHIEU", "K", 0)))))
                .isEqualTo("attendance.sessionNotKept");
        assertLogged("attendance.notEnrolled");
        assertLogged("attendance.otherMonth");
        // the subject teacher of 7A reads nothing of its attendance to change
        LoginAnswer toan = ws.login("gv.toan", PASSWORD.toCharArray());
        assertThat(code(() -> ws.saveAttendance(toan, c7a, NOV, List.of(edit(an, CELL, "K", 0))))).isEqualTo("auth.denied");
        assertLogged("auth.denied");

        assertThat(stored(c7a)).isEmpty();
        assertThat(stored(c7b)).isEmpty();
        assertThat(attendanceEvents()).isEmpty();
    }

    @Test
    void badInputIsRefusedWithATranslatedMessageAndChangesNothing() {
        assertThatThrownBy(() -> ws.saveAttendance(gvcn, c7a, NOV, List.of(edit(an, CELL, "X", 0))))
                .satisfies(e -> assertThat(vn.sotruong.core.i18n.Messages.vietnamese()
                        .of((vn.sotruong.core.common.DomainException) e)).contains("“X” không hợp lệ"));
        assertThat(code(() -> ws.saveAttendance(gvcn, c7a, NOV, List.of(edit(an, "thứ hai", "K", 0)))))
                .isEqualTo("lan.badRequest");
        assertThat(stored(c7a)).isEmpty();
        assertThat(attendanceEvents()).isEmpty();
    }

    private static String problem(Runnable call) {
        try {
            call.run();
            return "ok";
        } catch (MarksRefused e) {
            return e.problems().stream().map(MarkProblem::code).distinct().reduce((a, b) -> a + "," + b).orElse("");
        }
    }
}
