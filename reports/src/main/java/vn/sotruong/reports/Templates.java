package vn.sotruong.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import vn.sotruong.core.registers.Paper;

/**
 * The layouts (JRXML under {@code vn/sotruong/reports/templates}), named {@code class-book/subjects-A4}. The
 * build compiles each into a {@code .jasper} beside it ({@link TemplateCompiler}), which is what runs; a layout
 * without one (a template just edited, in a development run) is compiled at first use. Either way it is loaded
 * once per printer.
 */
final class Templates {
    static final String ROOT = "vn/sotruong/reports/templates/";

    private final Map<String, JasperReport> loaded = new ConcurrentHashMap<>();

    static String name(String template, Paper paper) {
        return template + "-" + paper.name();
    }

    boolean exists(String name) {
        ClassLoader cl = Templates.class.getClassLoader();
        return cl.getResource(ROOT + name + ".jasper") != null || cl.getResource(ROOT + name + ".jrxml") != null;
    }

    JasperReport get(String name) {
        return loaded.computeIfAbsent(name, Templates::load);
    }

    private static JasperReport load(String name) {
        ClassLoader cl = Templates.class.getClassLoader();
        try (InputStream compiled = cl.getResourceAsStream(ROOT + name + ".jasper")) {
            if (compiled != null) {
                return (JasperReport) JRLoader.loadObject(compiled);
            }
            try (InputStream source = cl.getResourceAsStream(ROOT + name + ".jrxml")) {
                if (source == null) {
                    throw new IllegalArgumentException("no layout " + name);
                }
                return JasperCompileManager.compileReport(source);
            }
        } catch (IOException | JRException e) {
            throw new IllegalStateException("layout " + name + " cannot be loaded", e);
        }
    }
}
