package vn.sotruong.data.gradebook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.EntryChange;
import vn.sotruong.core.gradebook.EntryKey;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.gradebook.GradebookFixture;
import vn.sotruong.data.pupil.Workbooks;

/**
 * The class workbook import on a real store: cells saved through the gradebook in one go, blank cells left as
 * they are, and every bad file refused with its cell named and nothing changed.
 */
class ScoresXlsxImportTest extends GradebookFixture {
    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /** A workbook as sheet name → rows (row 1 the headers), editable by the bad-input cases. */
    private static Map<String, List<List<Object>>> book() {
        Map<String, List<List<Object>>> b = new LinkedHashMap<>();
        b.put("TOAN", new ArrayList<>(List.of(row("Mã học sinh", "Họ và tên", "HK1 TX1", "HK1 TX2", "HK1 TX3",
                "HK1 TX4", "HK1 GK", "HK1 CK"),
                row("HS001", "Lê Văn An", 8, 7, 9, "6,5", "7,5", 8.0),
                row("HS002", "Trần Thị Bình", "9", 8.5, 9, 10, 9, 9))));
        b.put("RENLUYEN", new ArrayList<>(List.of(row("Mã học sinh", "Họ và tên", "HK1", "HK2"),
                row("HS001", "Lê Văn An", "Khá", null))));
        return b;
    }

    private ScoresImportResult importAs(Actor who, Map<String, List<List<Object>>> sheets) throws IOException {
        Path f = Workbooks.write(dir.resolve("7a-" + System.nanoTime() + ".xlsx"), sheets);
        return new ScoresXlsxImporter(s.gradebook()).importFile(who, c7a, f);
    }

    private Sheet toan() {
        return s.gradebook().sheet(admin, c7a, SheetRef.subject("TOAN"));
    }

    private static List<Tuple> errors(ScoresImportResult r) {
        return r.issues().stream().filter(ScoresIssue::isError)
                .map(i -> Tuple.tuple(i.sheet(), i.row(), i.column(), i.code())).toList();
    }

    @Test
    void aGoodWorkbookIsSavedInOneGoAndTheAverageIsT1() throws IOException {
        ScoresImportResult r = importAs(admin, book());

        assertThat(r.refused()).as(r.issues().toString()).isFalse();
        assertThat(r.issues()).isEmpty();
        assertThat(r.changed()).isEqualTo(6 + 6 + 1);
        assertThat(r.sheets()).isEqualTo(2);
        assertThat(toan().row(an).orElseThrow().result().hk1().average()).hasToString("7.7");
        assertThat(toan().row(binh).orElseThrow().text("HK1.TX2")).isEqualTo("8.5");
        assertThat(s.gradebook().sheet(admin, c7a, SheetRef.conduct()).row(an).orElseThrow().text("HK1")).isEqualTo("K");
        List<EntryChange> history = store.services().stores().gradebook().history(year,
                new EntryKey(an, Area.SUBJECT, "TOAN", "HK1.TX4"));
        assertThat(history).extracting(EntryChange::newValue, EntryChange::via).containsExactly(Tuple.tuple("6.5", "IMPORT"));
    }

    @Test
    void aBlankCellLeavesWhatIsStoredAndTheSameFileTwiceChangesNothing() throws IOException {
        save(toanTeacher, "TOAN", List.of(CellEdit.of(binh, "HK1.TX1", "5"), CellEdit.of(binh, "HK2.TX1", "6")));
        Map<String, List<List<Object>>> b = book();
        b.get("TOAN").get(2).set(2, null);
        b.get("TOAN").get(2).set(3, " ");

        assertThat(importAs(admin, b).changed()).isEqualTo(4 + 6 + 1);
        assertThat(toan().row(binh).orElseThrow().text("HK1.TX1")).isEqualTo("5.0");
        assertThat(toan().row(binh).orElseThrow().text("HK1.TX2")).isNull();
        assertThat(toan().row(binh).orElseThrow().text("HK2.TX1")).isEqualTo("6.0");
        assertThat(importAs(admin, b).changed()).isZero();
    }

    static Stream<Arguments> badWorkbooks() {
        return Stream.of(
                bad("a score above 10", b -> b.get("TOAN").get(2).set(2, "11"), "TOAN", 3, "HK1 TX1", "score.outOfRange"),
                bad("a negative score", b -> b.get("TOAN").get(2).set(6, -1), "TOAN", 3, "HK1 GK", "score.outOfRange"),
                bad("two decimals in a number cell", b -> b.get("TOAN").get(2).set(7, 7.55), "TOAN", 3, "HK1 CK",
                        "score.tooManyDecimals"),
                bad("two decimals as text", b -> b.get("TOAN").get(1).set(3, "7,25"), "TOAN", 2, "HK1 TX2",
                        "score.tooManyDecimals"),
                bad("text in a score cell", b -> b.get("TOAN").get(2).set(4, "bảy"), "TOAN", 3, "HK1 TX3",
                        "score.notANumber"),
                bad("a comment level in a scored subject", b -> b.get("TOAN").get(2).set(5, "Đ"), "TOAN", 3,
                        "HK1 TX4", "score.notANumber"),
                bad("a score in a comment subject", b -> b.put("AMNHAC", List.of(row("Mã học sinh", "HK1 TX1"),
                        row("HS001", 8))), "AMNHAC", 2, "HK1 TX1", "comment.invalid"),
                bad("a conduct level that does not exist", b -> b.get("RENLUYEN").get(1).set(2, "Giỏi"), "RENLUYEN",
                        2, "HK1", "tt22.level.invalid"),
                bad("a pupil not in the class", b -> b.get("TOAN").get(2).set(0, "HS999"), "TOAN", 3, "Mã học sinh",
                        "scores.import.pupilNotInClass"),
                bad("a pupil twice", b -> b.get("TOAN").add(row("HS001", "Lê Văn An", 5)), "TOAN", 4,
                        "Mã học sinh", "scores.import.pupilTwice"),
                bad("values without a pupil code", b -> b.get("TOAN").add(row(null, "Ai đó", 5)), "TOAN", 4,
                        "Mã học sinh", "scores.import.codeMissing"),
                bad("a subject the class does not study", b -> b.put("TIENGVIET", List.of(row("Mã học sinh",
                        "CN Mức"), row("HS001", "T"))), "TIENGVIET", 0, null, "gradebook.subjectNotInClass"),
                bad("a sheet of the other level", b -> b.put("PCNL", List.of(row("Mã học sinh", "YEUNUOC CN"),
                        row("HS001", "T"))), "PCNL", 0, null, "scores.import.sheetNotForLevel"),
                bad("the pupil code header misspelt", b -> b.get("TOAN").getFirst().set(0, "Mã HS"), "TOAN", 1,
                        "Mã học sinh", "scores.import.headerMissing"),
                bad("no header of the gradebook", b -> b.get("TOAN").set(0, row("Mã học sinh", "Họ và tên", "TX1",
                        "TX2", "TX3", "TX4", "GK", "CK")), "TOAN", 1, null, "scores.import.noKnownColumns"),
                bad("a header twice", b -> b.get("TOAN").getFirst().set(7, "HK1 GK"), "TOAN", 1, "HK1 GK",
                        "scores.import.duplicateHeader"),
                bad("a re-assessment of a subject not studied", b -> b.put("DANHGIALAI", List.of(row("Mã học sinh",
                        "Môn", "Kết quả"), row("HS001", "KHOAHOC", 6))), "DANHGIALAI", 2, "Môn",
                        "gradebook.subjectNotInClass"),
                bad("the same cell on two sheets", b -> {
                    b.get("TOAN").getFirst().add("Đánh giá lại");
                    b.get("TOAN").get(1).add(5);
                    b.put("DANHGIALAI", List.of(row("Mã học sinh", "Môn", "Kết quả"), row("HS001", "TOAN", 6)));
                }, "DANHGIALAI", 2, "Kết quả", "scores.import.cellTwice"));
    }

    private static Arguments bad(String name, Consumer<Map<String, List<List<Object>>>> change, String sheet, int row,
                                 String column, String code) {
        return Arguments.of(name, change, sheet, row, column, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badWorkbooks")
    void aBadWorkbookIsRefusedWithItsCellNamedAndNothingChanges(String name,
            Consumer<Map<String, List<List<Object>>>> change, String sheet, int row, String column, String code)
            throws IOException {
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "5")));
        int audit = s.audit().latest(admin, 1000).size();
        Map<String, List<List<Object>>> b = book();
        change.accept(b);

        ScoresImportResult r = importAs(admin, b);

        assertThat(r.refused()).isTrue();
        assertThat(r.changed()).isZero();
        assertThat(errors(r)).containsExactly(Tuple.tuple(sheet, row, column, code));
        assertThat(toan().row(an).orElseThrow().cells()).hasSize(1);
        assertThat(toan().row(an).orElseThrow().text("HK1.TX1")).isEqualTo("5.0");
        assertThat(toan().row(binh).orElseThrow().cells()).isEmpty();
        assertThat(s.gradebook().sheet(admin, c7a, SheetRef.conduct()).row(an).orElseThrow().cells()).isEmpty();
        assertThat(s.audit().latest(admin, 1000)).hasSize(audit);
    }

    @Test
    void problemsOnSeveralSheetsAreEachNamedOnTheirOwnSheet() throws IOException {
        Map<String, List<List<Object>>> b = book();
        b.put("GDCD", List.of(row("Mã học sinh", "HK1 TX1", "HK1 TX2"), row("HS002", "x", 7), row("HS001", 7, 8)));
        b.put("NGUVAN", List.of(row("Mã học sinh", "HK1 TX1"), row("HS001", 12)));
        b.get("TOAN").get(1).set(2, 12);

        ScoresImportResult r = importAs(admin, b);

        assertThat(errors(r)).containsExactlyInAnyOrder(Tuple.tuple("TOAN", 2, "HK1 TX1", "score.outOfRange"),
                Tuple.tuple("GDCD", 2, "HK1 TX1", "score.notANumber"),
                Tuple.tuple("NGUVAN", 2, "HK1 TX1", "score.outOfRange"));
        assertThat(r.issues()).filteredOn(i -> i.sheet().equals("GDCD")).singleElement()
                .satisfies(i -> assertThat(i.value()).isEqualTo("x"));
        assertThat(s.gradebook().sheet(admin, c7a, SheetRef.subject("GDCD")).row(an).orElseThrow().cells()).isEmpty();
    }

    @Test
    void unknownColumnsAndSheetsAreWarnedAboutAndTheRestIsImported() throws IOException {
        Map<String, List<List<Object>>> b = book();
        b.get("TOAN").getFirst().add("Ghi chú");
        b.get("TOAN").get(1).add("chăm");
        b.put("Hướng dẫn", List.of(row("Điền điểm vào các trang tính môn học")));
        b.get("TOAN").get(2).set(1, "Trần Thị Bông");

        ScoresImportResult r = importAs(admin, b);

        assertThat(r.refused()).isFalse();
        assertThat(r.changed()).isEqualTo(13);
        assertThat(r.issues()).extracting(ScoresIssue::severity, ScoresIssue::sheet, ScoresIssue::row,
                ScoresIssue::column, ScoresIssue::code).containsExactly(
                Tuple.tuple(ScoresIssue.Severity.WARNING, "TOAN", 1, "Ghi chú", "scores.import.unknownColumn"),
                Tuple.tuple(ScoresIssue.Severity.WARNING, "TOAN", 3, "Họ và tên", "scores.import.nameDiffers"),
                Tuple.tuple(ScoresIssue.Severity.WARNING, "Hướng dẫn", 0, null, "scores.import.unknownSheet"));
    }

    @Test
    void aSubjectTeacherImportsTheirSubjectOnlyAndEverySheetOfOthersIsNamed() throws IOException {
        Map<String, List<List<Object>>> b = book();
        b.put("NGUVAN", List.of(row("Mã học sinh", "HK1 TX1"), row("HS001", 7)));

        ScoresImportResult r = importAs(toanTeacher, b);

        assertThat(errors(r)).containsExactlyInAnyOrder(
                Tuple.tuple("RENLUYEN", 0, null, "scores.import.notYourSheet"),
                Tuple.tuple("NGUVAN", 0, null, "scores.import.notYourSheet"));
        assertThat(toan().row(an).orElseThrow().cells()).isEmpty();

        b.remove("NGUVAN");
        b.remove("RENLUYEN");
        assertThat(importAs(toanTeacher, b).changed()).isEqualTo(12);
        ScoresImportResult conduct = importAs(homeroom, Map.of("RENLUYEN", book().get("RENLUYEN")));
        assertThat(conduct.refused()).isFalse();
        assertThat(conduct.changed()).isEqualTo(1);
    }

    @Test
    void summerResultsGoToTheirSubjectAndConductSheets() throws IOException {
        Map<String, List<List<Object>>> b = new LinkedHashMap<>();
        b.put("DANHGIALAI", List.of(row("Mã học sinh", "Họ và tên", "Môn", "Kết quả"), row("HS002", null, "toan",
                "6,5"), row("HS002", null, "AMNHAC", "Đạt")));
        b.put("RENLUYENHE", List.of(row("Mã học sinh", "Kết quả"), row("HS003", "Đạt")));

        ScoresImportResult r = importAs(admin, b);

        assertThat(r.issues()).isEmpty();
        assertThat(r.changed()).isEqualTo(3);
        assertThat(toan().row(binh).orElseThrow().text("HE")).isEqualTo("6.5");
        assertThat(s.gradebook().sheet(admin, c7a, SheetRef.subject("AMNHAC")).row(binh).orElseThrow().text("HE"))
                .isEqualTo("Đ");
        assertThat(s.gradebook().sheet(admin, c7a, SheetRef.conduct()).row(chi).orElseThrow().text("HE"))
                .isEqualTo("Đ");
    }

    @Test
    void aPupilWhoLeftCannotBeChangedAndTheRowIsNamed() throws IOException {
        s.movements().transferOut(admin, chi, java.time.LocalDate.of(2026, 11, 2), "Trường THCS Lê Lợi", "Chuyển nhà");
        Map<String, List<List<Object>>> b = book();
        b.get("TOAN").add(row("HS003", "Nguyễn Minh Chi", 7));

        ScoresImportResult r = importAs(admin, b);

        assertThat(errors(r)).containsExactly(Tuple.tuple("TOAN", 4, "HK1 TX1", "gradebook.pupilNotInClass"));
        assertThat(toan().row(an).orElseThrow().cells()).isEmpty();
    }

    @Test
    void aFileThatIsNotAWorkbookOrHasNoSheetOfTheBookIsRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("diem.xlsx"), "Mã học sinh;HK1 TX1");
        ScoresImportResult r = new ScoresXlsxImporter(s.gradebook()).importFile(admin, c7a, text);
        assertThat(errors(r)).containsExactly(Tuple.tuple(null, 0, null, "scores.import.fileUnreadable"));

        ScoresImportResult none = importAs(admin, Map.of("Sheet1", List.of(row("Mã học sinh", "Toán"))));
        assertThat(errors(none)).containsExactly(Tuple.tuple(null, 0, null, "scores.import.noSheets"));
    }
}
