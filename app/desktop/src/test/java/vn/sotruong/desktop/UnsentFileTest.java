package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.desktop.attendance.UnsentMark;
import vn.sotruong.desktop.lan.UnsentEntry;
import vn.sotruong.desktop.lan.UnsentFile;
import vn.sotruong.desktop.lan.WorkstationCell.State;

/**
 * The workstation's file of cells not saved: Sổ điểm entries and Điểm danh marks in one file, per office PC and
 * person, whole-file writes, a format-1 file (scores only) still read, a damaged file or one of another office PC set
 * aside (renamed, never deleted) with a notice.
 */
class UnsentFileTest {
    @TempDir
    Path dir;

    @Test
    void eachPersonGetsOnlyTheirOwnCellsOfBothKindsAndAWriteOfOneKindLeavesTheOtherAlone() throws Exception {
        UnsentFile toan = new UnsentFile(dir, "AB12", "gv.toan1");
        UnsentFile homeroom = new UnsentFile(dir, "AB12", "gvcn.6a");
        toan.scores().save(List.of(entry(1, "8,5"), entry(2, "")));
        toan.marks().save(List.of(mark(1, "K")));
        homeroom.marks().save(List.of(mark(3, "P"), mark(2, null)));

        assertThat(toan.scores().load()).extracting(UnsentEntry::text).containsExactly("8,5", "");
        assertThat(toan.scores().load().getFirst()).isEqualTo(entry(1, "8,5"));
        assertThat(toan.marks().load()).containsExactly(mark(1, "K"));
        assertThat(homeroom.marks().load()).containsExactly(mark(3, "P"), mark(2, null));
        assertThat(homeroom.scores().load()).isEmpty();

        toan.scores().save(List.of());
        assertThat(toan.scores().load()).isEmpty();
        assertThat(toan.marks().load()).as("the other kind is left alone").hasSize(1);
        toan.marks().save(List.of());
        assertThat(homeroom.marks().load()).as("another person's cells are left alone").hasSize(2);
        assertThat(Files.readString(dir.resolve(UnsentFile.FILE))).contains("\"format\":2");
        assertThat(toan.notice()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(UnsentFile.FILE);
        }
    }

    @Test
    void aFileOfTheFirstFormatWithScoreEntriesOnlyStillReads() throws Exception {
        Files.writeString(dir.resolve(UnsentFile.FILE), """
                {"entries":[{"office":"AB12","login":"gv.toan1","entry":{"classId":7,"area":"SUBJECT","item":"TOAN",
                "pupilId":1,"slot":"HK1.TX1","kind":"SCORE","text":"8,5","seen":3,"state":"UNSENT","note":"Chưa lưu",
                "place":{"className":"6A","sheet":"Toán","pupil":"Nguyễn Thị Ánh","column":"HK1 TX1"}}}]}
                """, StandardCharsets.UTF_8);
        UnsentFile toan = new UnsentFile(dir, "AB12", "gv.toan1");
        assertThat(toan.scores().load()).containsExactly(entry(1, "8,5"));
        assertThat(toan.marks().load()).isEmpty();
        assertThat(toan.notice()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"entries\": [ {\"office\": ",
        "[1, 2, 3]",
        "{\"format\": 9, \"entries\": []}",
        "{\"format\": 2, \"entries\": [{\"office\": \"AB12\", \"login\": \"gv.toan1\"}]}",
    })
    void aDamagedFileIsSetAsideNotDeletedWithANoticeAndReadsAsEmpty(String damaged) throws Exception {
        Path file = dir.resolve(UnsentFile.FILE);
        Files.writeString(file, damaged, StandardCharsets.UTF_8);
        UnsentFile toan = new UnsentFile(dir, "AB12", "gv.toan1");
        assertThat(toan.marks().load()).isEmpty();
        Path aside;
        try (var files = Files.list(dir)) {
            aside = files.findFirst().orElseThrow();
        }
        assertThat(aside.getFileName().toString()).startsWith(UnsentFile.FILE).endsWith(".damaged");
        assertThat(Files.readString(aside, StandardCharsets.UTF_8)).as("kept as it was").isEqualTo(damaged);
        assertThat(toan.notice()).hasValueSatisfying(n -> {
            assertThat(n.key()).isEqualTo("ws.unsent.file.damaged");
            assertThat(n.args()).containsExactly(file.toString(), aside.toString(), 0);
        });
        assertThat(toan.notice()).as("said once").isEmpty();
        toan.scores().save(List.of(entry(1, "9")));
        assertThat(toan.scores().load()).hasSize(1);
    }

    @Test
    void cellsOfAnotherOfficePcAreSetAsideNeverOfferedAndThisOfficePcsCellsStay() throws Exception {
        // kept while this computer was paired with office PC FFFF, then paired with AB12 (scores already kept there)
        Path elsewhere = Files.createDirectories(dir.resolve("before"));
        new UnsentFile(elsewhere, "FFFF", "gv.toan1").marks().save(List.of(mark(1, "K"), mark(2, "M")));
        new UnsentFile(elsewhere, "FFFF", "gv.toan1").scores().save(List.of(entry(1, "7")));
        String before = Files.readString(elsewhere.resolve(UnsentFile.FILE), StandardCharsets.UTF_8)
                .replace("{\"office\":\"FFFF\",\"login\":\"gv.toan1\",\"entry\":{",
                        "{\"office\":\"AB12\",\"login\":\"gv.toan1\",\"entry\":{");
        Files.writeString(dir.resolve(UnsentFile.FILE), before, StandardCharsets.UTF_8);
        assertThat(before).contains("FFFF").contains("AB12");

        UnsentFile toan = new UnsentFile(dir, "AB12", "gv.toan1");
        assertThat(toan.marks().load()).as("nothing of the other office PC is offered").isEmpty();
        assertThat(toan.scores().load()).containsExactly(entry(1, "7"));
        Path aside;
        try (var files = Files.list(dir)) {
            aside = files.filter(p -> p.getFileName().toString().endsWith(".other-office")).findFirst().orElseThrow();
        }
        assertThat(aside.getFileName().toString()).endsWith(".other-office");
        assertThat(Files.readString(aside, StandardCharsets.UTF_8)).as("the original, renamed").isEqualTo(before);
        assertThat(toan.notice()).hasValueSatisfying(n -> {
            assertThat(n.key()).isEqualTo("ws.unsent.file.otherOffice");
            assertThat(n.args()).containsExactly(dir.resolve(UnsentFile.FILE).toString(), aside.toString(), 2);
        });
        assertThat(Files.readString(dir.resolve(UnsentFile.FILE), StandardCharsets.UTF_8)).doesNotContain("FFFF");
    }

    private static UnsentEntry entry(long pupil, String text) {
        return new UnsentEntry(7, "SUBJECT", "TOAN", pupil, "HK1.TX1", ColumnKind.SCORE, text, 3, State.UNSENT,
                "Chưa lưu", new UnsentEntry.Place("6A", "Toán", "Nguyễn Thị Ánh", "HK1 TX1"));
    }

    private static UnsentMark mark(long pupil, String code) {
        return new UnsentMark(7, "6A", "2026-10", pupil, "Nguyễn Thị Ánh", "2026-10-15", DaySession.SANG, code, 2, true,
                "");
    }
}
