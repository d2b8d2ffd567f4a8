package vn.sotruong.data.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.correction.CorrectionMinute;
import vn.sotruong.core.correction.CorrectionRequest;
import vn.sotruong.core.correction.MinuteStatus;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.EntriesRefused;
import vn.sotruong.core.gradebook.EntryChange;
import vn.sotruong.core.gradebook.EntryKey;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.locks.LockService;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.support.Schools;

/** A correction minute end to end on a real store: draft, evidence, submit, approve, apply; what it refuses. */
class CorrectionTest extends GradebookFixture {
    private Actor principal;

    @BeforeEach
    void aLockedScore() {
        principal = Schools.person(s, "hieutruong", "Nguyễn Thị Hạnh", Role.HIEU_TRUONG);
        setDay("2026-10-20T03:00:00Z");
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "5"), CellEdit.of(binh, "HK1.TX1", "6")));
        store.services().stores().settings().put(LockService.AUTOMATIC, "true");
        setDay("2026-11-20T03:00:00Z"); // HK I's first ĐĐGtx locked since 02/11
    }

    private void setDay(String iso) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(iso)));
    }

    private long draftAnTx1To7() {
        return s.corrections().draft(toanTeacher, c7a, "Nhập nhầm điểm của em An (7 thành 5)",
                List.of(new CorrectionRequest(an, SheetRef.subject("TOAN"), "HK1.TX1", "7")));
    }

    @Test
    void aCorrectionRunsFromDraftToAppliedAndWritesExactlyTheApprovedValue() throws IOException {
        assertThat(code(() -> save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "7")))))
                .isEqualTo("gradebook.cellsRefused");
        long id = draftAnTx1To7();
        byte[] photo = png();
        s.corrections().addEvidence(toanTeacher, id, "so-diem-ca-nhan.png", photo);
        s.corrections().submit(toanTeacher, id);
        s.corrections().approve(principal, id, "Đồng ý");

        // while approved, the cell opens for the approved value only, and no other cell opens
        EntriesRefused other = catchThrowableOfType(EntriesRefused.class, () -> save(toanTeacher, "TOAN",
                List.of(CellEdit.of(an, "HK1.TX1", "8"))));
        assertThat(other.problems().getFirst().code()).isEqualTo("correction.notApprovedValue");
        assertThat(other.problems().getFirst().args()).containsExactly("7.0");
        EntriesRefused binhs = catchThrowableOfType(EntriesRefused.class, () -> save(toanTeacher, "TOAN",
                List.of(CellEdit.of(binh, "HK1.TX1", "9"))));
        assertThat(binhs.problems().getFirst().code()).isEqualTo("lock.afterDeadline");

        s.corrections().apply(toanTeacher, id);

        CorrectionMinute m = s.corrections().minute(principal, id);
        assertThat(m.status()).isEqualTo(MinuteStatus.APPLIED);
        assertThat(m.number()).isEqualTo(1);
        assertThat(m.items().getFirst().oldValue()).isEqualTo("5.0");
        assertThat(m.decidedBy()).isEqualTo("hieutruong");
        assertThat(s.gradebook().sheet(admin, c7a, SheetRef.subject("TOAN")).row(an).orElseThrow().text("HK1.TX1"))
                .isEqualTo("7.0");
        List<EntryChange> history = store.services().stores().gradebook().history(year,
                new EntryKey(an, Area.SUBJECT, "TOAN", "HK1.TX1"));
        assertThat(history.getLast().via()).isEqualTo("CORRECTION");
        // re-locked: the approved value cannot be typed again over a later change either
        assertThat(code(() -> save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "5")))))
                .isEqualTo("gradebook.cellsRefused");
        assertThat(s.corrections().evidence(principal, id, m.evidence().getFirst().id())).isEqualTo(photo);
        assertThat(s.audit().latest(admin, 20)).extracting(e -> e.kind()).contains(AuditKind.CORRECTION_CHANGED,
                AuditKind.SCORE_CHANGED);
        assertThat(s.audit().verify(admin)).isEmpty();
        assertThat(code(() -> s.corrections().apply(toanTeacher, id))).isEqualTo("correction.wrongStatus");
    }

    @Test
    void evidenceMustBeAReadableImageOrPdfAndIsRequired() throws IOException {
        long id = draftAnTx1To7();
        assertThat(code(() -> s.corrections().submit(toanTeacher, id))).isEqualTo("correction.evidenceRequired");
        assertThat(code(() -> s.corrections().addEvidence(toanTeacher, id, "bai-kiem-tra.pdf",
                "not a pdf at all".getBytes(StandardCharsets.UTF_8)))).isEqualTo("correction.evidenceUnreadable");
        byte[] truncatedPng = java.util.Arrays.copyOf(png(), 40);
        assertThat(code(() -> s.corrections().addEvidence(toanTeacher, id, "anh.png", truncatedPng)))
                .isEqualTo("correction.evidenceUnreadable");
        assertThat(code(() -> s.corrections().addEvidence(toanTeacher, id, "bai.pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1))))
                .isEqualTo("ok");
        assertThat(s.corrections().minute(toanTeacher, id).evidence()).singleElement()
                .satisfies(e -> assertThat(e.mediaType()).isEqualTo("application/pdf"));
    }

    @Test
    void thePrincipalCannotApproveTheirOwnMinuteNorAnyoneElseApprove() throws IOException {
        Actor teachingPrincipal = Schools.person(s, "ht.gdcd", "Võ Văn Hiệu", Role.HIEU_TRUONG, Role.GVBM);
        s.organisation().assign(admin, year, c7a, subjectId("GDCD"), teachingPrincipal.staffId());
        long own = s.corrections().draft(teachingPrincipal, c7a, "Sửa điểm GDCD",
                List.of(new CorrectionRequest(an, SheetRef.subject("GDCD"), "HK1.GK", "8")));
        s.corrections().addEvidence(teachingPrincipal, own, "a.png", png());
        s.corrections().submit(teachingPrincipal, own);
        assertThat(code(() -> s.corrections().approve(teachingPrincipal, own, null))).isEqualTo("correction.ownMinute");
        assertThat(code(() -> s.corrections().approve(admin, own, null))).isEqualTo("auth.denied");
        assertThat(code(() -> s.corrections().reject(principal, own, " "))).isEqualTo("correction.rejectionReasonRequired");
        s.corrections().reject(principal, own, "Thiếu bài kiểm tra gốc");
        assertThat(s.corrections().minute(principal, own).status()).isEqualTo(MinuteStatus.REJECTED);
        assertThat(code(() -> s.corrections().submit(toanTeacher, own))).isEqualTo("correction.notDrafter");
    }

    @Test
    void aCorrectionAfterItsDeadlineIsRefused() throws IOException {
        long id = draftAnTx1To7();
        s.corrections().addEvidence(toanTeacher, id, "a.png", png());
        setDay("2026-12-25T03:00:00Z"); // the end-of-term test is 31/12: the last day was 24/12
        assertThat(code(() -> s.corrections().submit(toanTeacher, id))).isEqualTo("correction.pastDeadline");
        assertThat(s.corrections().minute(toanTeacher, id).status()).isEqualTo(MinuteStatus.DRAFT);
    }

    @Test
    void aMinuteMustChangeSomethingTheDrafterMayEnter() {
        assertThat(code(() -> s.corrections().draft(toanTeacher, c7a, "x",
                List.of(new CorrectionRequest(an, SheetRef.subject("TOAN"), "HK1.TX1", "5,0")))))
                .isEqualTo("correction.sameValue");
        assertThat(code(() -> s.corrections().draft(otherTeacher, c7a, "x",
                List.of(new CorrectionRequest(an, SheetRef.subject("TOAN"), "HK1.TX1", "6")))))
                .isEqualTo("scope.notYourClassOrSubject");
        assertThat(code(() -> s.corrections().draft(toanTeacher, c7a, "x",
                List.of(new CorrectionRequest(an, SheetRef.subject("TOAN"), "HK1.TX1", "12")))))
                .isEqualTo("score.outOfRange");
        assertThat(code(() -> s.corrections().draft(toanTeacher, c7a, " ", List.of()))).isEqualTo("correction.reasonRequired");
    }

    private static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        img.getGraphics().drawString("7", 5, 15);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
