package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every layout compiles from its JRXML (7.x format), uses only the embedded font, and fits its paper. */
class TemplatesTest {
    /**
     * Jasper writes each layout's expression class to a temporary file named after the layout's content; other
     * builds on the machine compiling the same layout at the same time would share (and delete) it.
     */
    @BeforeAll
    static void ownCompileFolder(@TempDir Path scratch) {
        DefaultJasperReportsContext.getInstance().setProperty("net.sf.jasperreports.compiler.temp.dir",
                scratch.toString());
    }

    static List<Path> layouts() throws IOException, URISyntaxException {
        Path root = Path.of(TemplatesTest.class.getClassLoader().getResource(Templates.ROOT).toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void compilesAndFitsItsPaper(Path jrxml) throws Exception {
        JasperReport report;
        try (InputStream in = Files.newInputStream(jrxml)) {
            report = JasperCompileManager.compileReport(in);
        }
        String name = jrxml.getFileName().toString();
        int longSide = Math.max(report.getPageWidth(), report.getPageHeight());
        int shortSide = Math.min(report.getPageWidth(), report.getPageHeight());
        if (name.endsWith("-A4.jrxml") && !name.startsWith("admin-header")) {
            assertThat(List.of(shortSide, longSide)).containsExactly(595, 842);
        } else if (name.endsWith("-A3.jrxml")) {
            assertThat(List.of(shortSide, longSide)).containsExactly(842, 1191);
        }
        assertThat(Files.readString(jrxml)).doesNotContain("fontName=\"DejaVu", "fontName=\"SansSerif",
                "fontName=\"Arial");
        int columns = report.getColumnCount() == null ? 1 : report.getColumnCount();
        assertThat(report.getLeftMargin() + report.getColumnWidth() * columns
                + report.getColumnSpacing() * (columns - 1) + report.getRightMargin())
                .isLessThanOrEqualTo(report.getPageWidth());
    }
}
