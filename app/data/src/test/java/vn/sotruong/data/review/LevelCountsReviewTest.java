package vn.sotruong.data.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.review.LevelColumn;
import vn.sotruong.core.review.LevelCounts;
import vn.sotruong.core.review.ReviewSheet;
import vn.sotruong.core.review.ReviewSheets;
import vn.sotruong.core.review.Selection;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.gradebook.GradebookFixture;
import vn.sotruong.data.support.Schools;

/**
 * Level counts of a THCS subject assessed by comment on known data: Âm nhạc HK I giữa kì in 7A (3 pupils, one not
 * yet assessed), 7B (4 pupils) and 8A (2 pupils, one CĐ); nobody has an HK II level.
 */
class LevelCountsReviewTest extends GradebookFixture {
    private static final Map<String, String[]> AMNHAC = new LinkedHashMap<>();

    static {
        AMNHAC.put("7B", new String[] {"Đ", "Đ", "CĐ", "Đ"});
        AMNHAC.put("8A", new String[] {"CĐ", "Đ"});
    }

    private final Map<String, Long> classes = new LinkedHashMap<>();
    private Actor vicePrincipal;
    private long musicTeacher;

    @BeforeEach
    void knownLevels() {
        vicePrincipal = Schools.person(s, "phohieutruong", "Lê Văn Phó", Role.PHO_HIEU_TRUONG);
        Actor music = Schools.person(s, "gv.nhac", "Hà Văn Nhạc", Role.GVBM);
        musicTeacher = music.staffId();
        classes.put("7A", c7a);
        s.gradebook().save(admin, c7a, SheetRef.subject("AMNHAC"), List.of(CellEdit.of(an, "HK1.GK", "Đạt"),
                CellEdit.of(binh, "HK1.GK", "Chưa đạt")), Via.IMPORT);
        int n = 100;
        for (var e : AMNHAC.entrySet()) {
            long c = s.organisation().addClass(admin, year, Integer.parseInt(e.getKey().substring(0, 1)), e.getKey(), null);
            classes.put(e.getKey(), c);
            List<CellEdit> edits = new ArrayList<>();
            for (String level : e.getValue()) {
                long p = s.pupils().admit(admin, c, new vn.sotruong.core.pupil.Pupil(0, "HS" + (++n), "Học Sinh " + n,
                        java.time.LocalDate.of(2013, 1, 1), vn.sotruong.core.pupil.Gender.NU, null, null, null, false,
                        null, null, null, null, null, null), SEPT_5, null);
                edits.add(CellEdit.of(p, "HK1.GK", level));
            }
            s.gradebook().save(admin, c, SheetRef.subject("AMNHAC"), edits, Via.IMPORT);
        }
        s.organisation().assign(admin, year, classes.get("7B"), subjectId("AMNHAC"), musicTeacher);
    }

    /** Worked by hand from the table above: Đ and CĐ counted, the pupils without a level as not assessed. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            school   | HK1.GK | 5 | 3 | 1 | 62.5
            grade 7  | HK1.GK | 4 | 2 | 1 | 66.7
            class 7A | HK1.GK | 1 | 1 | 1 | 50.0
            class 8A | HK1.GK | 1 | 1 | 0 | 50.0
            teacher  | HK1.GK | 3 | 1 | 0 | 75.0
            school   | HK2.GK | 0 | 0 | 9 |
            """)
    void levelsOverKnownSelections(String where, String slot, int dat, int chuaDat, int notEntered, String shareDat) {
        Selection music = Selection.subject("AMNHAC");
        Selection sel = switch (where) {
            case "grade 7" -> new Selection(7, null, "AMNHAC", null);
            case "teacher" -> music.withTeacher(musicTeacher);
            case "school" -> Selection.SCHOOL;
            default -> music.withClass(classes.get(where.substring(6)));
        };
        LevelCounts c = s.review().levelCounts(vicePrincipal, year, List.of(sel), LevelColumn.subject("AMNHAC", slot))
                .getFirst();
        assertThat(c.count("Đ")).isEqualTo(dat);
        assertThat(c.count("CĐ")).isEqualTo(chuaDat);
        assertThat(c.notEntered()).isEqualTo(notEntered);
        if (shareDat == null) {
            assertThat(c.empty()).isTrue();
            assertThat(c.share("Đ")).isNull();
        } else {
            assertThat(c.share("Đ")).isEqualByComparingTo(shareDat);
        }
    }

    @Test
    void aClassBesideTheSchoolAsASheetForTheFiles() {
        List<LevelCounts> both = s.review().levelCounts(vicePrincipal, year, List.of(Selection.subject("AMNHAC"),
                Selection.subject("AMNHAC").withClass(classes.get("8A"))), LevelColumn.subject("AMNHAC", "HK1.GK"));
        ReviewSheet sheet = new ReviewSheets(Messages.vietnamese()).levels(LevelColumn.subject("AMNHAC", "HK1.GK"),
                "Lớp 8A", both.getLast(), both.getFirst());
        assertThat(sheet.title()).isEqualTo("Số lượng theo mức AMNHAC · HK1 GK");
        assertThat(sheet.bars()).extracting(ReviewSheet.Bar::label).containsExactly("Đ", "CĐ");
        assertThat(sheet.bars().getFirst().selection()).isEqualTo(50.0);
        assertThat(sheet.bars().getFirst().school()).isEqualTo(62.5);
        assertThat(sheet.tables().getFirst().rows()).extracting(r -> r.get(0) + "=" + r.get(1) + "/" + r.get(2))
                .containsExactly("Số học sinh đã đánh giá=2/8", "Đ · Đạt=1/5", "CĐ · Chưa đạt=1/3", "Tỉ lệ Đ (%)=50.0/62.5",
                        "Tỉ lệ CĐ (%)=50.0/37.5", "Chưa đánh giá=0/1");
    }

    @Test
    void aScoredColumnOrAnUnknownSubjectIsRefusedAndAnotherDepartmentStaysRefused() {
        assertThat(code(() -> LevelColumn.subject("AMNHAC", "HK1.TB"))).isEqualTo("review.levelColumnInvalid");
        assertThat(code(() -> s.review().levelCounts(vicePrincipal, year, List.of(Selection.SCHOOL),
                LevelColumn.subject("KHONGCO", "HK1.GK")))).isEqualTo("review.levelColumnInvalid");
        Actor head = headOfToanDepartment();
        // the head's department teaches no Âm nhạc: no data, and the music teacher is refused
        assertThat(s.review().levelCounts(head, year, List.of(Selection.SCHOOL), LevelColumn.subject("AMNHAC",
                "HK1.GK")).getFirst().empty()).isTrue();
        assertThat(code(() -> s.review().levelCounts(head, year, List.of(Selection.subject("AMNHAC")
                .withTeacher(musicTeacher)), LevelColumn.subject("AMNHAC", "HK1.GK")))).isEqualTo("review.otherDepartment");
        assertThat(code(() -> s.review().levelCounts(toanTeacher, year, List.of(Selection.SCHOOL),
                LevelColumn.subject("AMNHAC", "HK1.GK")))).isEqualTo("auth.denied");
    }
}
