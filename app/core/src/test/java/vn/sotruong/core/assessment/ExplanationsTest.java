package vn.sotruong.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.i18n.Messages;

/** Every message code the rules engine can return is translated in both bundles; explanations render. */
class ExplanationsTest {
    private static final Pattern CODE = Pattern.compile("\"((?:tt22|tt27|assessment|score|comment|ruleset)\\.[A-Za-z.]+)\"");

    @Test
    void everyCodeInTheEngineIsInBothBundles() throws IOException {
        TreeSet<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/sotruong/core/assessment"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(p));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        assertThat(codes).hasSizeGreaterThan(80);
        Messages vi = Messages.vietnamese();
        Messages en = new Messages(Locale.ENGLISH);
        assertThat(codes).allSatisfy(c -> {
            assertThat(vi.has(c)).as(c).isTrue();
            assertThat(en.has(c)).as(c).isTrue();
        });
    }

    @Test
    void rendersNumbersInTheReadersLocaleAndTranslatesLabels() {
        Explanation e = Explanation.of("tt22.average.term", new BigDecimal("30.5"), new BigDecimal("7.5"),
                new BigDecimal("8.0"), 4, new BigDecimal("69.5"), new BigDecimal("9"), new BigDecimal("7.7"));
        assertThat(e.render(Messages.vietnamese())).isEqualTo("(30,5 + 2 × 7,5 + 3 × 8,0) : (4 + 5) = 69,5 : 9 → 7,7");
        assertThat(e.render(new Messages(Locale.ENGLISH))).isEqualTo("(30.5 + 2 × 7.5 + 3 × 8.0) / (4 + 5) = 69.5 / 9 → 7.7");
        Explanation c = Explanation.of("tt22.conduct.year", Explanation.label("tt22.level.kha"),
                Explanation.label("tt22.level.tot"), Explanation.label("tt22.level.tot"));
        assertThat(c.render(Messages.vietnamese())).isEqualTo("Học kì I Khá, học kì II Tốt → cả năm Tốt.");
        assertThat(new Messages(Locale.ENGLISH).get("tt22.average.yearFromOneTerm", 2)).contains("term 2's result");
    }
}
