package vn.sotruong.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step (process-classes): compiles every {@code .jrxml} under the given folder into a {@code .jasper} beside
 * it, so the installed app (whose runtime has no Java compiler) only loads them. A layout that does not compile
 * fails the build.
 */
public final class TemplateCompiler {
    private TemplateCompiler() {
    }

    public static void main(String[] args) throws JRException {
        Path root = Path.of(args[0]);
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path source : sources) {
            String name = source.getFileName().toString();
            Path target = source.resolveSibling(name.substring(0, name.length() - ".jrxml".length()) + ".jasper");
            JasperCompileManager.compileReportToFile(source.toString(), target.toString());
        }
    }
}
