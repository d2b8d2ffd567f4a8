package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.correction.CorrectionRequest;
import vn.sotruong.core.gradebook.RosterRow;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.registers.CorrectionSince;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.PrintStanding;
import vn.sotruong.core.registers.PrintStatus;
import vn.sotruong.core.registers.PrintStatusService;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.core.security.Actor;
import vn.sotruong.testkit.demo.DemoAccounts;

/**
 * Superseded prints on a real store: a class book printed, then a correction minute applied to its class makes it
 * out of date (naming the minute and the subject sheet to reprint) while another class's book stays current; the
 * book printed again is current and replaces the old print on the clerk's list.
 */
class PrintStatusTest extends OnMarkedDemoSchool {
    static PrintStatusService status;

    @BeforeAll
    static void demoSchoolWithMarksIn7A() {
        status = s.printStatus();
        clock.advance(Duration.ofDays(31)); // 20/11: HK I's first entries are a month old
    }

    private static PrintRequest book(RegisterName name, String className, Paper paper) {
        return new PrintRequest(name, RegisterScope.ofClass(className), RegisterPeriod.HK1, paper, null);
    }

    private static PrintStatus of(PrintRecord p) {
        return status.statuses(clerk, year).stream().filter(x -> x.print().id() == p.id()).findFirst().orElseThrow();
    }

    @Test
    void anAppliedCorrectionSupersedesTheClassBookUntilItIsPrintedAgain() throws IOException {
        PrintRecord first = registers.print(clerk, book(RegisterName.SO_THEO_DOI_DANH_GIA, "7A", Paper.A4),
                dir.resolve("7A.pdf"));
        PrintRecord other = registers.print(clerk, new PrintRequest(RegisterName.SO_DANG_BO,
                RegisterScope.ofClass("6A"), RegisterPeriod.YEAR, Paper.A4, null), dir.resolve("dang-bo-6A.pdf"));
        assertThat(of(first).standing()).isEqualTo(PrintStanding.CURRENT);
        assertThat(status.toReprint(clerk, year)).isEmpty();

        clock.advance(Duration.ofHours(1));
        int minute = applyCorrectionOfFirstToanTx1("7A");

        PrintStatus stale = of(first);
        assertThat(stale.standing()).isEqualTo(PrintStanding.SUPERSEDED);
        // the Toán sheet and the summary (its averages) changed; the cover and the other subjects did not
        assertThat(stale.changedParts()).containsExactly("7A · Toán", "7A · Tổng hợp kết quả");
        assertThat(stale.corrections()).extracting(CorrectionSince::number, CorrectionSince::className)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(minute, "7A"));
        assertThat(stale.reprintedAs()).isNull();
        assertThat(of(other).standing()).as("another class's book").isEqualTo(PrintStanding.CURRENT);
        assertThat(status.toReprint(clerk, year)).extracting(x -> x.print().id()).containsExactly(first.id());

        clock.advance(Duration.ofHours(1));
        PrintRecord again = registers.print(clerk, book(RegisterName.SO_THEO_DOI_DANH_GIA, "7A", Paper.A3),
                dir.resolve("7A-lan-2.pdf"));
        assertThat(of(again).standing()).isEqualTo(PrintStanding.CURRENT);
        assertThat(of(again).corrections()).isEmpty();
        PrintStatus replaced = of(first);
        assertThat(replaced.standing()).isEqualTo(PrintStanding.SUPERSEDED);
        assertThat(replaced.reprintedAs()).as("on another paper, still the same book").isEqualTo(again.id());
        assertThat(replaced.toReprint()).isFalse();
        assertThat(status.toReprint(clerk, year)).isEmpty();
    }

    @Test
    void onlyThoseWhoPrintSeeTheListAndAnUnknownPrintIsNamed() {
        Actor teacher = signIn(DemoAccounts.SUBJECT_TEACHER);
        assertThat(catchThrowableOfType(DomainException.class, () -> status.statuses(teacher, year)).code())
                .isEqualTo("auth.denied");
        DomainException unknown = catchThrowableOfType(DomainException.class, () -> status.status(clerk, year, 987654));
        assertThat(unknown.code()).isEqualTo("registers.printNotFound");
        assertThat(unknown.args()).containsExactly(987654L);
    }

    /** The clerk drafts, the principal approves, the clerk applies: one Toán HK1.TX1 cell changed. */
    private static int applyCorrectionOfFirstToanTx1(String className) throws IOException {
        SchoolClass c = classNamed(className);
        RosterRow pupil = s.gradebook().classBook(clerk, c.id()).roster().stream().filter(RosterRow::current)
                .findFirst().orElseThrow();
        String old = s.gradebook().sheet(clerk, c.id(), SheetRef.subject("TOAN")).row(pupil.pupilId()).orElseThrow()
                .text("HK1.TX1");
        String wanted = "10.0".equals(old) || "10".equals(old) ? "9" : "10";
        long id = s.corrections().draft(clerk, c.id(), "Nhập nhầm điểm TX1 môn Toán",
                List.of(new CorrectionRequest(pupil.pupilId(), SheetRef.subject("TOAN"), "HK1.TX1", wanted)));
        s.corrections().addEvidence(clerk, id, "bien-ban.png", png());
        s.corrections().submit(clerk, id);
        s.corrections().approve(signIn(DemoAccounts.PRINCIPAL), id, "Đồng ý");
        clock.advance(Duration.ofMinutes(5));
        s.corrections().apply(clerk, id);
        return s.corrections().minute(clerk, id).number();
    }

    private static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        img.getGraphics().drawString("10", 5, 15);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
