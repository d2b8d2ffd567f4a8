package vn.sotruong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.store.Store;

/** {@code sotruong registers print} and {@code registers verify} on the demo school. */
class RegistersCliTest {
    @TempDir
    static Path dir;

    private static Path store() {
        return dir.resolve("store");
    }

    private static CliRun as(String user, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", store().toString(), "--user", user));
        all.addAll(List.of(args));
        return CliRun.of(Map.of("SOTRUONG_PASSWORD", "demo1234"), all.toArray(String[]::new));
    }

    @BeforeAll
    static void demoSchool() {
        CliRun demo = CliRun.of(Map.of(), "--data", store().toString(), "demo", "create");
        assertThat(demo.exit()).as(demo.err()).isZero();
    }

    @Test
    void aPrintedClassBookMatchesUntilItsDataChanges() throws Exception {
        Path pdf = dir.resolve("so-6A.pdf");
        CliRun print = as("vanphong", "registers", "print", "--register", "so-theo-doi-danh-gia", "--class", "6A",
                "--term", "year", "--paper", "A4", "--out", pdf.toString());
        assertThat(print.exit()).as(print.err()).isZero();
        assertThat(print.out()).contains("Đã in", "sổ in số", "class:6A");
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(d)).contains("SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC SINH", "LỚP 6A",
                    "Môn: Ngữ văn");
        }

        CliRun same = as("vanphong", "registers", "verify", pdf.toString());
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(same.out()).startsWith("Khớp");

        try (Store st = Store.open(store())) {
            Actor clerk = st.services().auth().login("vanphong", "demo1234".toCharArray(), "test").actor();
            long year = st.services().years().currentYear().orElseThrow().id();
            SchoolClass c6a = st.services().organisation().classes(clerk, year).stream()
                    .filter(c -> c.name().equals("6A")).findFirst().orElseThrow();
            long pupil = st.services().pupils().classList(clerk, c6a.id()).getFirst().id();
            // the demo's values lock themselves after their deadlines: this test is about the print, not the locks
            st.services().stores().settings().put(vn.sotruong.core.locks.LockService.AUTOMATIC, "false");
            st.services().gradebook().save(clerk, c6a.id(), SheetRef.subject("TOAN"),
                    List.of(CellEdit.of(pupil, "HK1.GK", "7,5")), Via.GRID);
        }

        CliRun stale = as("vanphong", "registers", "verify", pdf.toString());
        assertThat(stale.exit()).isEqualTo(3);
        assertThat(stale.out()).contains("Đã cũ", "dữ liệu đã thay đổi", "6A · Toán").doesNotContain("6A · Ngữ văn");

        CliRun english = as("vanphong", "--lang", "en", "registers", "verify", pdf.toString());
        assertThat(english.exit()).isEqualTo(3);
        assertThat(english.out()).contains("Out of date", "the data changed since");
    }

    @Test
    void otherFilesAreNotOurs() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.4 nothing here");
        CliRun r = as("vanphong", "registers", "verify", notes.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("không phải sổ in");
        assertThat(as("vanphong", "registers", "verify", dir.resolve("missing.pdf").toString()).exit()).isEqualTo(2);
    }

    @Test
    void theEnrolmentRegisterAndTheYearEndListsPrintOnTheirPapers() {
        CliRun register = as("vanphong", "registers", "print", "--register", "so-dang-bo", "--all", "--paper", "A3",
                "--out", dir.resolve("dang-bo.pdf").toString());
        assertThat(register.exit()).as(register.err()).isZero();
        // the demo leaves a few entries of grade 9 missing: the lists print as a draft (ADR 0044)
        CliRun lists = as("hieutruong", "registers", "print", "--register", "danh-sach-cuoi-nam", "--grade", "9",
                "--draft", "--out", dir.resolve("cuoi-nam.pdf").toString());
        assertThat(lists.exit()).as(lists.err()).isZero();
        assertThat(dir.resolve("cuoi-nam.pdf")).exists();
    }

    @Test
    void aGradesJobSaysOnStandardErrorWhichClassItIsPrinting() {
        CliRun sheets = as("vanphong", "registers", "print", "--register", "so-goi-ten", "--grade", "9", "--month",
                "10/2026", "--out", dir.resolve("goi-ten-khoi-9.pdf").toString());
        assertThat(sheets.exit()).as(sheets.err()).isZero();
        java.util.List<String> lines = sheets.err().lines().filter(l -> l.contains("Đang in lớp")).toList();
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.getFirst()).isEqualTo("[1/" + lines.size() + "] Đang in lớp 9A…");
        assertThat(lines.getLast()).startsWith("[" + lines.size() + "/" + lines.size() + "] Đang in lớp 9");
        assertThat(sheets.out()).contains("Đã in");
    }

    @Test
    void aTwoSidedBookHasItsBindingMarginOnTheRightOfEvenPagesAndStillVerifies() throws Exception {
        Path one = dir.resolve("so-6A-mot-mat.pdf");
        Path two = dir.resolve("so-6A-hai-mat.pdf");
        CliRun a = as("vanphong", "registers", "print", "--register", "so-theo-doi-danh-gia", "--class", "6A",
                "--term", "1", "--out", one.toString());
        CliRun b = as("vanphong", "registers", "print", "--register", "so-theo-doi-danh-gia", "--class", "6A",
                "--term", "1", "--two-sided", "--out", two.toString());
        assertThat(a.exit()).as(a.err()).isZero();
        assertThat(b.exit()).as(b.err()).isZero();
        // page 2 is the first subject's sheet (A4 portrait): 2 cm from the left one-sided, 1 cm on the back of a sheet
        assertThat(leftmostGlyph(one, 2)).isGreaterThan(55f);
        assertThat(leftmostGlyph(two, 2)).isLessThan(35f);
        assertThat(leftmostGlyph(two, 3)).isGreaterThan(55f);
        CliRun same = as("vanphong", "registers", "verify", two.toString());
        assertThat(same.exit()).as(same.out() + same.err()).isZero();
    }

    private static float leftmostGlyph(Path pdf, int page) throws java.io.IOException {
        float[] min = {Float.MAX_VALUE};
        var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
            @Override
            protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> glyphs) {
                glyphs.stream().filter(g -> !g.getUnicode().isBlank()).forEach(g -> min[0] = Math.min(min[0], g.getXDirAdj()));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            stripper.getText(doc);
        }
        return min[0];
    }

    @Test
    void theTeachersBookTheAttendanceSheetAndTheSchoolRecordPrintAndVerify() {
        Path personal = dir.resolve("ca-nhan.pdf");
        CliRun blank = as("vanphong", "registers", "print", "--register", "so-ca-nhan", "--teacher", "gv.toan1",
                "--subject", "TOAN", "--term", "1", "--blank", "--out", personal.toString());
        assertThat(blank.exit()).as(blank.err()).isZero();
        assertThat(blank.out()).contains("Đã in", "so-ca-nhan", "school;gv=", ";mon=TOAN;trong");
        CliRun same = as("vanphong", "registers", "verify", personal.toString());
        assertThat(same.exit()).as(same.out() + same.err()).isZero();
        assertThat(same.out()).startsWith("Khớp");

        Path month = dir.resolve("goi-ten.pdf");
        CliRun sheet = as("vanphong", "registers", "print", "--register", "so-goi-ten", "--class", "6A", "--month",
                "10/2026", "--out", month.toString());
        assertThat(sheet.exit()).as(sheet.err()).isZero();
        assertThat(sheet.out()).contains("class:6A;thang=10/2026");
        assertThat(as("vanphong", "registers", "verify", month.toString()).exit()).isZero();

        Path record = dir.resolve("hoc-ba.pdf");
        CliRun hocBa = as("vanphong", "registers", "print", "--register", "hoc-ba", "--class", "6A", "--term", "1",
                "--out", record.toString());
        assertThat(hocBa.exit()).as(hocBa.err()).isZero();
        assertThat(as("vanphong", "registers", "verify", record.toString()).exit()).isZero();
    }

    @Test
    void missingOrWrongOptionsAndWrongNamesAreUsageErrorsInTheUsersLanguage() {
        CliRun noMonth = as("vanphong", "registers", "print", "--register", "so-goi-ten", "--class", "6A",
                "--out", dir.resolve("x.pdf").toString());
        assertThat(noMonth.exit()).isEqualTo(2);
        assertThat(noMonth.err()).contains("Sổ gọi tên cần chọn tháng");
        CliRun badMonth = as("vanphong", "--lang", "en", "registers", "print", "--register", "so-goi-ten", "--class",
                "6A", "--month", "13/2026", "--out", dir.resolve("x.pdf").toString());
        assertThat(badMonth.exit()).isEqualTo(2);
        assertThat(badMonth.err()).contains("“13/2026” is not a month");
        CliRun noTeacher = as("vanphong", "registers", "print", "--register", "so-ca-nhan", "--subject", "TOAN",
                "--out", dir.resolve("x.pdf").toString());
        assertThat(noTeacher.exit()).isEqualTo(2);
        assertThat(noTeacher.err()).contains("--teacher USER --subject CODE");
        CliRun unknownTeacher = as("vanphong", "registers", "print", "--register", "so-ca-nhan", "--teacher",
                "khong.co", "--subject", "TOAN", "--out", dir.resolve("x.pdf").toString());
        assertThat(unknownTeacher.exit()).isNotZero();
        assertThat(unknownTeacher.err()).contains("Không có giáo viên “khong.co”");
        CliRun noScope = as("vanphong", "registers", "print", "--register", "hoc-ba", "--out",
                dir.resolve("x.pdf").toString());
        assertThat(noScope.exit()).isEqualTo(2);
        assertThat(noScope.err()).contains("--class, --grade hoặc --all");
        CliRun badPoint = as("vanphong", "registers", "print", "--register", "bang-tong-hop", "--class", "6A",
                "--term", "GHK3", "--out", dir.resolve("x.pdf").toString());
        assertThat(badPoint.exit()).isEqualTo(2);
        assertThat(badPoint.err()).contains("“GHK3” không phải thời điểm đánh giá");
        CliRun thcsBoard = as("vanphong", "registers", "print", "--register", "bang-tong-hop", "--class", "6A",
                "--term", "GHK1", "--out", dir.resolve("x.pdf").toString());
        assertThat(thcsBoard.exit()).isNotZero();
        assertThat(thcsBoard.err()).contains("chỉ dành cho lớp tiểu học");
        CliRun unknown = as("vanphong", "registers", "print", "--register", "so-diem", "--all", "--out",
                dir.resolve("x.pdf").toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("so-theo-doi-danh-gia");
        CliRun twoScopes = as("vanphong", "registers", "print", "--register", "so-dang-bo", "--all", "--class", "6A",
                "--out", dir.resolve("x.pdf").toString());
        assertThat(twoScopes.exit()).isEqualTo(2);
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aTeacherWithoutThePrintRightIsRefused() {
        CliRun r = as("gv.toan1", "registers", "print", "--register", "so-theo-doi-danh-gia", "--class", "6A",
                "--out", dir.resolve("teacher.pdf").toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("không có quyền");
        assertThat(dir.resolve("teacher.pdf")).doesNotExist();
    }

    @Test
    void thePrincipalSignsAPrintedBookAndAChangedByteIsCaught() throws Exception {
        assertThat(as("admin", "sign", "ca", "init").exit()).isZero();
        assertThat(withKey("KhoaKy#2026", "hieutruong", "sign", "key", "issue").exit()).isZero();
        Path pdf = dir.resolve("dang-bo-6B.pdf");
        CliRun print = as("vanphong", "registers", "print", "--register", "so-dang-bo", "--class", "6B", "--out",
                pdf.toString());
        assertThat(print.exit()).as(print.err()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("sổ in số (\\d+)").matcher(print.out());
        assertThat(m.find()).isTrue();
        String id = m.group(1);
        Path signed = dir.resolve("dang-bo-6B-da-ky.pdf");

        CliRun wrongKey = withKey("SaiMatKhau1", "hieutruong", "registers", "sign", "--print", id, "--out",
                signed.toString());
        assertThat(wrongKey.exit()).isEqualTo(3);
        assertThat(wrongKey.err()).contains("Sai mật khẩu khóa ký");
        CliRun clerk = withKey("KhoaKy#2026", "vanphong", "registers", "sign", "--print", id);
        assertThat(clerk.exit()).isEqualTo(3);
        assertThat(clerk.err()).contains("không có quyền");
        assertThat(signed).doesNotExist();

        CliRun sign = withKey("KhoaKy#2026", "hieutruong", "registers", "sign", "--print", id, "--out",
                signed.toString());
        assertThat(sign.exit()).as(sign.err()).isZero();
        assertThat(sign.out()).contains("Đã ký số sổ in số " + id, "đã ký");
        CliRun verify = as("vanphong", "registers", "verify", signed.toString());
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("Khớp", "chữ ký hợp lệ");
        assertThat(as("vanphong", "pdf", "verify", signed.toString()).exit()).isZero();
        assertThat(withKey("KhoaKy#2026", "hieutruong", "registers", "sign", "--print", id).err())
                .contains("đã được ký số rồi");

        byte[] bytes = Files.readAllBytes(signed);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/Title") + 2;
        bytes[at] = (byte) (bytes[at] ^ 0x01);
        Path tampered = dir.resolve("dang-bo-6B-sua.pdf");
        Files.write(tampered, bytes);
        assertThat(as("vanphong", "registers", "verify", tampered.toString()).exit()).isNotZero();
        CliRun pdfVerify = as("vanphong", "pdf", "verify", tampered.toString());
        assertThat(pdfVerify.exit()).isEqualTo(3);

        String today = java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        CliRun badStep = as("vanphong", "registers", "keep", "--print", id, "--step", "burnt", "--date", today);
        assertThat(badStep.exit()).isEqualTo(2);
        assertThat(badStep.err()).contains("“burnt” không hợp lệ");
        CliRun archived = as("vanphong", "registers", "keep", "--print", id, "--step", "archived", "--date", today);
        assertThat(archived.exit()).as(archived.err()).isZero();
        assertThat(archived.out()).contains("lưu trữ ngày " + today);
    }

    @Test
    void anIncompleteBookIsRefusedNamingTheGapAndPrintsOnlyAsAWatermarkedDraft() throws Exception {
        String pupil;
        try (Store st = Store.open(store())) {
            Actor clerk = st.services().auth().login("vanphong", "demo1234".toCharArray(), "test").actor();
            long year = st.services().years().currentYear().orElseThrow().id();
            SchoolClass c8a = st.services().organisation().classes(clerk, year).stream()
                    .filter(c -> c.name().equals("8A")).findFirst().orElseThrow();
            var first = st.services().pupils().classList(clerk, c8a.id()).getFirst();
            pupil = first.code() + " " + first.fullName();
            st.services().stores().settings().put(vn.sotruong.core.locks.LockService.AUTOMATIC, "false");
            st.services().gradebook().save(clerk, c8a.id(), SheetRef.subject("TOAN"),
                    List.of(CellEdit.of(first.id(), "HK1.GK", "")), Via.IMPORT);
        }
        Path pdf = dir.resolve("so-8A.pdf");
        CliRun refused = as("vanphong", "registers", "print", "--register", "so-theo-doi-danh-gia", "--class", "8A",
                "--term", "1", "--out", pdf.toString());
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).contains("Chưa in được: sổ còn thiếu 1 ô bắt buộc — 8A · " + pupil
                + " · Toán · HK1 GK.", "In bản nháp");
        assertThat(pdf).doesNotExist();
        CliRun english = as("vanphong", "--lang", "en", "registers", "print", "--register", "so-theo-doi-danh-gia",
                "--class", "8A", "--term", "1", "--out", pdf.toString());
        assertThat(english.err()).contains("Not printed: the book still misses 1 required entries — 8A · " + pupil);

        CliRun draft = as("vanphong", "registers", "print", "--register", "so-theo-doi-danh-gia", "--class", "8A",
                "--term", "1", "--draft", "--out", pdf.toString());
        assertThat(draft.exit()).as(draft.err()).isZero();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            // the diagonal watermark comes out of the text a few letters a line
            assertThat(new PDFTextStripper().getText(d).replaceAll("\\s+", "")).contains("BẢNNHÁP–CHƯAĐỦDỮLIỆU",
                    "chưađủ", "LỚP8A");
        }
    }

    @Test
    void theCatalogueListsEveryBookAndIsWrittenAsXlsxOrPdf() throws Exception {
        Path xlsx = dir.resolve("danh-muc-ho-so.xlsx");
        CliRun list = as("vanphong", "registers", "catalogue", "--out", xlsx.toString());
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("Sổ đăng bộ — Toàn trường:", "Học bạ — Lớp 6A:", "chưa in", "Năm học ",
                "Đã ghi danh mục hồ sơ ra " + xlsx);
        assertThat(Files.size(xlsx)).isPositive();
        Path pdf = dir.resolve("danh-muc-ho-so.pdf");
        CliRun printed = as("vanphong", "registers", "catalogue", "--out", pdf.toString());
        assertThat(printed.exit()).as(printed.err()).isZero();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(d)).contains("DANH MỤC HỒ SƠ, SỔ SÁCH NĂM HỌC", "Sổ đăng bộ",
                    "HIỆU TRƯỞNG DUYỆT");
        }
        CliRun wrong = as("vanphong", "registers", "catalogue", "--out", dir.resolve("danh-muc.txt").toString());
        assertThat(wrong.exit()).isEqualTo(3);
        assertThat(wrong.err()).contains("Chỉ lưu được tệp .xlsx hoặc .pdf");
        assertThat(dir.resolve("danh-muc.txt")).doesNotExist();
        assertThat(as("gv.toan1", "registers", "catalogue").exit()).isEqualTo(3);
    }

    private static CliRun withKey(String keyPassword, String user, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", store().toString(), "--user", user));
        all.addAll(List.of(args));
        return CliRun.of(Map.of("SOTRUONG_PASSWORD", "demo1234", "SOTRUONG_KEY_PASSWORD", keyPassword),
                all.toArray(String[]::new));
    }
}
