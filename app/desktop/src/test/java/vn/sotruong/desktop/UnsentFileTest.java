package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.desktop.lan.UnsentEntry;
import vn.sotruong.desktop.lan.UnsentFile;
import vn.sotruong.desktop.lan.WorkstationCell.State;

/** The workstation's file of unsent entries: per office PC and person, whole-file writes, a damaged file set aside. */
class UnsentFileTest {
    @TempDir
    Path dir;

    @Test
    void eachPersonGetsOnlyTheirOwnEntriesOfThisOfficePcAndAWriteLeavesNoTemporaryFile() throws Exception {
        UnsentFile toan = new UnsentFile(dir, "AB12", "gv.toan1");
        UnsentFile van = new UnsentFile(dir, "AB12", "gv.van1");
        UnsentFile otherOffice = new UnsentFile(dir, "FFFF", "gv.toan1");
        toan.save(List.of(entry(1, "8,5"), entry(2, "")));
        van.save(List.of(entry(3, "7")));

        assertThat(toan.load()).extracting(UnsentEntry::text).containsExactly("8,5", "");
        assertThat(toan.load().getFirst()).isEqualTo(entry(1, "8,5"));
        assertThat(van.load()).extracting(UnsentEntry::pupilId).containsExactly(3L);
        assertThat(otherOffice.load()).isEmpty();
        toan.save(List.of());
        assertThat(toan.load()).isEmpty();
        assertThat(van.load()).as("another person's entries are left alone").hasSize(1);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(UnsentFile.FILE);
        }
    }

    @Test
    void aDamagedFileIsSetAsideNotOverwrittenAndReadsAsEmpty() throws Exception {
        Path file = dir.resolve(UnsentFile.FILE);
        Files.writeString(file, "{\"entries\": [ {\"office\": ", StandardCharsets.UTF_8);
        UnsentFile toan = new UnsentFile(dir, "AB12", "gv.toan1");
        assertThat(toan.load()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .singleElement().satisfies(n -> assertThat(n).startsWith(UnsentFile.FILE).endsWith(".damaged"));
        }
        toan.save(List.of(entry(1, "9")));
        assertThat(toan.load()).hasSize(1);
    }

    private static UnsentEntry entry(long pupil, String text) {
        return new UnsentEntry(7, "SUBJECT", "TOAN", pupil, "HK1.TX1", ColumnKind.SCORE, text, 3, State.UNSENT,
                "Chưa lưu", new UnsentEntry.Place("6A", "Toán", "Nguyễn Thị Ánh", "HK1 TX1"));
    }
}
