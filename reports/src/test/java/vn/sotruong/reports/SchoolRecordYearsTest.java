package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ResultPeriod;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.PrintedPart;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.gradebook.GradebookFixture;
import vn.sotruong.data.support.Schools;

/**
 * The học bạ of a pupil in their second year at the school: the front page (cover and particulars from the pupil's
 * record, the photo, dotted lines for what is not stored), then the page of 2026-2027 in 7A, then 2027-2028 in 8A.
 */
class SchoolRecordYearsTest extends GradebookFixture {
    @TempDir
    Path dir;

    @Test
    void aSecondYearPupilsBookHasTheFrontPageAndBothYearsInOrder() throws IOException {
        Actor principal = Schools.person(s, "hieutruong", "Nguyễn Thị Hạnh", Role.HIEU_TRUONG);
        enterYear(an, t7(), "Khá", "Tốt");
        enterYear(binh, t7(), "Tốt", "Tốt");
        enterYear(chi, t7(), "Chưa đạt", "Chưa đạt");
        s.gradebook().save(homeroom, c7a, SheetRef.conduct(), List.of(CellEdit.of(chi, "HE", "Chưa đạt")), Via.GRID);
        s.results().approve(principal, c7a, ResultPeriod.CN);
        s.pupils().recordConsent(admin, an, java.time.LocalDate.of(2026, 9, 10));
        s.photos().setPhoto(admin, an, png());
        long next = s.rollover().execute(admin, year);

        Path pdf = dir.resolve("hoc-ba-8A.pdf");
        PrintRecord print = s.registers(new JasperRegisterPrinter()).print(principal, new PrintRequest(
                RegisterName.HOC_BA, RegisterScope.ofClass("8A"), RegisterPeriod.YEAR, Paper.A4, next)
                // nothing is entered in 8A's new year yet: only a draft prints (ADR 0044)
                .withDraft(true), pdf);

        assertThat(print.parts()).extracting(PrintedPart::label).containsExactly(
                "8A · Lê Văn An (HS001) · Trang bìa", "8A · Lê Văn An (HS001) · 2026-2027", "8A · Lê Văn An (HS001)",
                "8A · Trần Thị Bình (HS002) · Trang bìa", "8A · Trần Thị Bình (HS002) · 2026-2027",
                "8A · Trần Thị Bình (HS002)");
        assertThat(print.parts()).extracting(PrintedPart::pages).containsExactly(2, 1, 1, 2, 1, 1);
        assertThat(print.pages()).isEqualTo(8);
        String text = Pdfs.flatText(pdf);
        assertThat(text).contains("HỌC BẠ", "TRUNG HỌC CƠ SỞ", "Họ và tên học sinh: Lê Văn An", "Nơi sinh: Huế",
                "Dân tộc: Kinh", "Chỗ ở hiện tại: Phường An Cựu", "Họ và tên cha (nghề nghiệp): Lê Văn Cha",
                "Ngày vào trường: 05/09/2026", "Năm vào trường: 2026", "Họ và tên mẹ (nghề nghiệp): ………",
                "Năm học 2026-2027 · Lớp 7A", "Năm học 2027-2028 · Lớp 8A", "Trần Thị Bình");
        assertThat(text.indexOf("Năm học 2026-2027 · Lớp 7A")).isLessThan(text.indexOf("Năm học 2027-2028 · Lớp 8A"));
        assertThat(text).doesNotContain("Nguyễn Minh Chi");
        assertThat(Pdfs.fonts(pdf)).isNotEmpty().allSatisfy(f -> assertThat(f.embedded()).isTrue());
        assertThat(pdfImages(pdf)).as("An's photo on the particulars page").isEqualTo(1);
        Pdfs.renderForLooking(pdf, 1, "hoc-ba-bia");
        Pdfs.renderForLooking(pdf, 2, "hoc-ba-so-yeu");
        Pdfs.renderForLooking(pdf, 3, "hoc-ba-nam-truoc");
    }

    private static int pdfImages(Path pdf) throws IOException {
        int n = 0;
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            for (var page : d.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
        img.getGraphics().fillOval(10, 10, 40, 50);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
