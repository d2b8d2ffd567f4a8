package vn.sotruong.data.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.review.MonthlyNote;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.gradebook.GradebookFixture;
import vn.sotruong.data.support.Schools;

/** Monthly review notes: written with date and name; once the month has ended only a new note may follow. */
class MonthlyNoteTest extends GradebookFixture {
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private Actor vicePrincipal;

    @BeforeEach
    void vicePrincipal() {
        vicePrincipal = Schools.person(s, "phohieutruong", "Lê Văn Phó", Role.PHO_HIEU_TRUONG);
    }

    @Test
    void aNoteIsChangedDuringItsMonthAndFollowedByANewOneAfter() {
        long id = s.notes().write(vicePrincipal, c7a, NOV, "Sổ ghi đủ điểm thường xuyên; cần bổ sung nhận xét môn GDCD.");
        s.notes().change(vicePrincipal, id, "Sổ ghi đủ điểm thường xuyên; đã bổ sung nhận xét môn GDCD.");
        clock.advance(Duration.ofDays(10)); // 03/12/2026: November is closed

        assertThat(code(() -> s.notes().change(vicePrincipal, id, "sửa lại"))).isEqualTo("review.note.monthClosed");
        s.notes().write(vicePrincipal, c7a, NOV, "Bổ sung: GVCN đã kí xác nhận.");

        assertThat(s.notes().notes(homeroom, c7a)).extracting(MonthlyNote::text, MonthlyNote::authorName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sổ ghi đủ điểm thường xuyên; đã bổ sung nhận xét môn GDCD.",
                                "Lê Văn Phó"),
                        org.assertj.core.groups.Tuple.tuple("Bổ sung: GVCN đã kí xác nhận.", "Lê Văn Phó"));
        assertThat(s.notes().notes(homeroom, c7a).getFirst().changedAt()).isNotNull();
        assertThat(s.audit().latest(admin, 5)).extracting(e -> e.kind()).contains(AuditKind.REVIEW_NOTE_WRITTEN);
    }

    @Test
    void onlyTheReviewerWritesOnlyTheAuthorChangesAndNotAheadOfTime() {
        assertThat(code(() -> s.notes().write(toanTeacher, c7a, NOV, "x"))).isEqualTo("auth.denied");
        assertThat(code(() -> s.notes().write(vicePrincipal, c7a, NOV.plusMonths(1), "x")))
                .isEqualTo("review.note.futureMonth");
        assertThat(code(() -> s.notes().write(vicePrincipal, c7a, NOV, "  "))).isEqualTo("review.note.textRequired");
        long id = s.notes().write(vicePrincipal, c7a, NOV, "Ổn");
        Actor principal = Schools.person(s, "hieutruong", "Nguyễn Thị Hạnh", Role.HIEU_TRUONG);
        assertThat(code(() -> s.notes().change(principal, id, "khác"))).isEqualTo("review.note.notAuthor");
        assertThat(code(() -> s.notes().notes(otherTeacher, c7a))).isEqualTo("scope.notYourClassOrSubject");
    }
}
