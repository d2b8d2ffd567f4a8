package vn.sotruong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A school built only through the command line in a temp folder, as a school's script would: {@code school
 * init}, {@code class add}, {@code pupils import}, {@code user add} + {@code user passwd}; and xlsx files written
 * with POI for the commands to read.
 */
final class CliSchool {
    static final String ADMIN = "quantri";
    static final String ADMIN_PASSWORD = "QuanTri#2026";
    static final String PASSWORD = "MatKhau#2026";
    private static final String TEMP_PASSWORD = "TamThoi#2026";

    private final Path dir;

    private CliSchool(Path dir) {
        this.dir = dir;
    }

    /** {@code school init --level thcs|tieuhoc --year 2026-2027}. */
    static CliSchool init(Path dir, String level) {
        CliSchool school = new CliSchool(dir);
        CliRun r = CliRun.of(Map.of("SOTRUONG_PASSWORD", ADMIN_PASSWORD), "--data", school.data(), "school", "init",
                "--name", level.equals("thcs") ? "Trường THCS Chu Văn An" : "Trường Tiểu học Kim Đồng", "--level",
                level, "--year", "2026-2027", "--admin", ADMIN, "--no-ca");
        assertThat(r.exit()).as(r.err()).isZero();
        return school;
    }

    String data() {
        return dir.resolve("store").toString();
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    CliRun asAdmin(String... args) {
        return as(ADMIN, ADMIN_PASSWORD, args);
    }

    CliRun as(String login, String password, String... args) {
        return asIn(Map.of(), login, password, args);
    }

    /** As {@link #as}, with more environment variables (SOTRUONG_LANG…). */
    CliRun asIn(Map<String, String> env, String login, String password, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data(), "--user", login));
        all.addAll(List.of(args));
        Map<String, String> e = new LinkedHashMap<>(env);
        e.put("SOTRUONG_PASSWORD", password);
        return CliRun.of(e, all.toArray(String[]::new));
    }

    CliSchool classWithPupils(int grade, String name, List<String[]> pupils) throws IOException {
        CliRun added = asAdmin("class", "add", "--grade", Integer.toString(grade), "--name", name);
        assertThat(added.exit()).as(added.err()).isZero();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Mã học sinh", "Họ và tên", "Ngày sinh", "Giới tính"));
        int birthYear = 2026 - 6 - grade;
        for (String[] p : pupils) {
            rows.add(List.of(p[0], p[1], "15/05/" + birthYear, "Nữ"));
        }
        Path f = write(file("hocsinh-" + name + ".xlsx"), Map.of("HOCSINH", rows));
        CliRun imported = asAdmin("pupils", "import", "--class", name, "--file", f.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        return this;
    }

    /** A person with an account whose first password is already changed to {@link #PASSWORD}. */
    CliSchool person(String login, String name, String roles) {
        CliRun added = CliRun.of(Map.of("SOTRUONG_PASSWORD", ADMIN_PASSWORD, "SOTRUONG_NEW_PASSWORD", TEMP_PASSWORD),
                "--data", data(), "--user", ADMIN, "user", "add", "--login", login, "--name", name, "--roles", roles);
        assertThat(added.exit()).as(added.err()).isZero();
        CliRun changed = CliRun.of(Map.of("SOTRUONG_PASSWORD", TEMP_PASSWORD, "SOTRUONG_NEW_PASSWORD", PASSWORD),
                "--data", data(), "--user", login, "user", "passwd");
        assertThat(changed.exit()).as(changed.err()).isZero();
        return this;
    }

    /** Sheets in the order given; numbers as numeric cells, anything else as text, null as no cell. */
    static Path write(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(e.getKey());
                for (int r = 0; r < e.getValue().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> values = e.getValue().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            row.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }
}
