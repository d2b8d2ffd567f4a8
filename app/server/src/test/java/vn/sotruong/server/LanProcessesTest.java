package vn.sotruong.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.server.client.WorkstationPairing;

/**
 * Three workstations as three separate JVMs running the client library ({@link WorkstationProcess}) against one
 * office PC on 127.0.0.1, at once: each one's saves of its own cell land in order, and of their three saves of the
 * same cell from the same version one wins and the other two are told who saved it and what.
 */
class LanProcessesTest extends LanFixture {
    private static final int SAVES = 5;
    private static final String OWN = ColumnLayout.tx(1, 1);
    private static final String SHARED = ColumnLayout.tx(1, 2);

    @Test
    void threeClientProcessesSaveAtOnceAndEveryConflictIsReported() throws Exception {
        long cuong = admit("HS003", "Vũ Văn Cường");
        List<Long> own = List.of(an, binh, cuong);
        List<String> logins = List.of("gv.toan", ADMIN, "gv.toan");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path folder = dir.resolve("workstation-" + i);
            pairedWorkstation("Phòng máy " + (i + 1)).save(folder);
            assertThat(WorkstationPairing.load(folder)).isPresent();
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dlogback.configurationFile=logback-test.xml",
                    WorkstationProcess.class.getName(), folder.toString(), logins.get(i), PASSWORD,
                    String.valueOf(c7a), String.valueOf(own.get(i)), OWN, String.valueOf(an), SHARED,
                    String.valueOf(SAVES), (i + 6) + ",5")
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
        List<List<String>> outputs = new ArrayList<>();
        for (Process p : processes) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the workstation process ended").isTrue();
            assertThat(p.exitValue()).isZero();
            outputs.add(lines(p));
        }

        for (List<String> out : outputs) {
            assertThat(out).startsWith("own 1", "own 2", "own 3", "own 4", "own 5");
        }
        Sheet sheet = s.gradebook().sheet(admin, c7a, SheetRef.subject("TOAN"));
        for (long p : own) {
            assertThat(sheet.row(p).orElseThrow().text(OWN)).isEqualTo((SAVES - 1) + ".5");
        }
        var winner = sheet.row(an).orElseThrow().cells().get(SHARED);
        assertThat(winner.version()).isEqualTo(1);
        List<String> shared = outputs.stream().map(List::getLast).toList();
        assertThat(shared).filteredOn(l -> l.startsWith("shared won")).singleElement()
                .isEqualTo("shared won " + winner.value().text().replace('.', ','));
        assertThat(shared).filteredOn(l -> l.startsWith("shared refused")).hasSize(2)
                .allSatisfy(l -> assertThat(l).isEqualTo("shared refused " + winner.enteredBy() + " "
                        + winner.value().text()));
    }

    private static List<String> lines(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
}
