package vn.sotruong.data.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sotruong.core.attendance.AttendanceCode.EXCUSED;
import static vn.sotruong.core.attendance.AttendanceCode.LATE;
import static vn.sotruong.core.attendance.AttendanceCode.UNEXCUSED;
import static vn.sotruong.core.attendance.DaySession.SANG;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.notice.NoticeBatch;
import vn.sotruong.core.notice.NoticePeriod;
import vn.sotruong.core.notice.ParentNotice;
import vn.sotruong.core.notice.ParentNoticeService;
import vn.sotruong.core.pupil.Parent;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.data.gradebook.GradebookFixture;

/** Thông báo gửi cha mẹ: the week's absences and new marks per pupil, issued as CSV or slips, kept as history. */
class ParentNoticeTest extends GradebookFixture {
    static final LocalDate MON = LocalDate.of(2026, 10, 12);
    static final NoticePeriod WEEK = NoticePeriod.weekOf(MON.plusDays(3));

    @BeforeEach
    void aWeekOfSchool() {
        Pupil a = s.pupils().requirePupil(admin, an);
        s.pupils().update(admin, new Pupil(a.id(), a.code(), a.fullName(), a.birthDate(), a.gender(), a.birthPlace(),
                a.ethnicity(), a.address(), false, a.father(), new Parent("Trần Thị Mẹ", "Giáo viên", "0912345678"),
                null, "0987000111", null, null));
        s.attendance().enterDay(homeroom, c7a, MON, SANG, Map.of(an, EXCUSED, binh, LATE));
        s.attendance().enterDay(homeroom, c7a, MON.plusDays(1), SANG, Map.of(an, UNEXCUSED));
        s.attendance().enterDay(homeroom, c7a, MON.minusDays(7), SANG, Map.of(chi, UNEXCUSED)); // the week before
        clock.advance(java.time.Duration.between(clock.instant(), Instant.parse("2026-10-14T03:00:00Z")));
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "8,5")));
    }

    @Test
    void eachPupilsNoticeSaysTheWeeksAbsencesAndNewMarksAndGoesToTheMotherWithHerPhone() {
        List<ParentNotice> list = s.parentNotices().prepare(homeroom, c7a, WEEK);

        assertThat(list).extracting(ParentNotice::pupilCode).containsExactly("HS001", "HS002", "HS003");
        ParentNotice an1 = list.getFirst();
        assertThat(an1.parent()).isEqualTo("Trần Thị Mẹ");
        assertThat(an1.phone()).isEqualTo("0912345678");
        assertThat(an1.message()).isEqualTo("Thông báo tuần 12/10/2026 – 18/10/2026 của em Lê Văn An (lớp 7A): "
                + "nghỉ 2 buổi (có phép 1, không phép 1), đi muộn 0 lần. Điểm mới: Toán (HK1 TX1) 8,5.");
        assertThat(list.get(1).message()).contains("nghỉ 0 buổi", "đi muộn 1 lần", "Không có điểm mới.");
        assertThat(list.get(1).parent()).isEqualTo("Lê Văn Cha");
        assertThat(list.get(2).message()).contains("nghỉ 0 buổi");
    }

    @Test
    void issuingRecordsTheHistoryWithEveryMessageAndTheCsvHasTheFourColumnsQuoted() throws Exception {
        NoticeBatch batch = s.parentNotices().issue(homeroom, c7a, WEEK, NoticeBatch.Form.CSV);
        s.parentNotices().issue(admin, c7a, NoticePeriod.month(YearMonth.of(2026, 10)), NoticeBatch.Form.SLIPS);

        List<NoticeBatch> history = s.parentNotices().history(admin, year);
        assertThat(history).hasSize(2);
        assertThat(history).extracting(NoticeBatch::form).containsExactlyInAnyOrder(NoticeBatch.Form.SLIPS,
                NoticeBatch.Form.CSV);
        NoticeBatch stored = history.stream().filter(b -> b.id() == batch.id()).findFirst().orElseThrow();
        assertThat(stored.className()).isEqualTo("7A");
        assertThat(stored.issuedBy()).isEqualTo("gvcn.7a");
        assertThat(stored.period()).isEqualTo(WEEK);
        assertThat(stored.count()).isEqualTo(3);
        List<ParentNotice> issued = s.parentNotices().notices(admin, stored);
        assertThat(issued).isEqualTo(s.parentNotices().prepare(admin, c7a, WEEK));
        assertThat(s.audit().latest(admin, 20)).filteredOn(e -> e.kind() == AuditKind.PARENT_NOTICES_ISSUED)
                .hasSize(2);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParentNoticeService.writeCsv(issued, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Mã học sinh\",\"Học sinh\",\"Phụ huynh\",\"Điện thoại\",\"Nội dung\"\r\n");
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv).contains("\"HS001\",\"Lê Văn An\",\"Trần Thị Mẹ\",\"0912345678\",\"Thông báo tuần");
    }

    @Test
    void aSubjectTeacherCannotIssueAndAnEmptyPeriodIsRefusedWithNothingRecorded() {
        assertThat(code(() -> s.parentNotices().issue(toanTeacher, c7a, WEEK, NoticeBatch.Form.CSV)))
                .isIn("auth.denied", "scope.notYourClassOrSubject");
        assertThat(code(() -> s.parentNotices().issue(homeroom, c7a,
                NoticePeriod.month(YearMonth.of(2026, 8)), NoticeBatch.Form.SLIPS))).isEqualTo("notice.nobody");
        assertThat(s.parentNotices().history(admin, year)).isEmpty();
        // the teacher who sees 7A reads the history but the other teacher does not see it
        s.parentNotices().issue(homeroom, c7a, WEEK, NoticeBatch.Form.CSV);
        assertThat(s.parentNotices().history(toanTeacher, year)).hasSize(1);
        assertThat(s.parentNotices().history(otherTeacher, year)).isEmpty();
    }
}
