package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.shell.NavItem;

class BundleTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiText.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("ui_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("ui.properties").stringPropertyNames()));
    }

    @Test
    void everyLiteralKeyTheSourcesAskForExists() throws IOException {
        Properties vi = load("ui.properties");
        Pattern call = Pattern.compile("\\bt\\(\"([a-zA-Z0-9_.]+[a-zA-Z0-9_])\"");
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    if (!vi.containsKey(m.group(1))) {
                        missing.add(m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void computedKeysExist() throws IOException {
        Properties vi = load("ui.properties");
        for (NavItem i : NavItem.values()) {
            assertThat(vi).containsKey(i.labelKey());
        }
        for (AuditKind k : AuditKind.values()) {
            assertThat(vi).containsKey("audit.kind." + k.name());
        }
        for (String key : new vn.sotruong.core.school.SettingsService(null, null, null).numericKeys()) {
            // the settings page names each field and explains it from the setting's key
            assertThat(vi).containsKey("settings." + key).containsKey("settings." + key + ".help");
        }
        for (int d = 1; d <= 7; d++) {
            assertThat(vi).containsKey("day." + d);
        }
        // the Sao lưu page names stages, checks, kinds and reminder events from their enum names
        for (var stage : vn.sotruong.data.backup.BackupProgress.Stage.values()) {
            assertThat(vi).containsKey("backup.stage." + stage.name());
        }
        for (var check : vn.sotruong.data.backup.BackupListing.Check.values()) {
            assertThat(vi).containsKey("backup.check." + check.name());
        }
        for (var kind : vn.sotruong.data.backup.BackupKind.values()) {
            assertThat(vi).containsKey("backup.kind." + kind.name());
        }
        for (var event : vn.sotruong.data.backup.BackupEvent.Kind.values()) {
            assertThat(vi).containsKey("backup.reminder.event." + event.name());
        }
        for (String key : new String[] {vn.sotruong.data.backup.BackupSettings.KEEP_USB,
                vn.sotruong.data.backup.BackupSettings.KEEP_LOCAL, vn.sotruong.data.backup.BackupSettings.REMIND_DAYS}) {
            assertThat(vi).containsKey("backup.settings." + key);
        }
    }

    @Test
    void anApostropheShowsOnceWithOrWithoutArguments() {
        UiText en = new UiText(UiText.ENGLISH);
        assertThat(en.t("backup.create.note")).contains("the school's oldest backups").doesNotContain("''");
        assertThat(en.t("backup.restore.other.body", "A", "B")).contains("that school's?").doesNotContain("''");
    }

    @Test
    void vietnameseIsTheDefaultWhateverTheMachineLocale() {
        assertThat(new UiText(java.util.Locale.GERMANY).t("nav.home")).isEqualTo("Trang chủ");
        assertThat(new UiText(UiText.ENGLISH).t("nav.home")).isEqualTo("Home");
        assertThat(UiText.vietnamese().date(java.time.LocalDate.of(2026, 9, 5))).isEqualTo("05/09/2026");
    }
}
