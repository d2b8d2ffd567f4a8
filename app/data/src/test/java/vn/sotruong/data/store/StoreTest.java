package vn.sotruong.data.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.data.support.Schools;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void createsMigratesAndReopensARealH2File() {
        try (Store store = Store.open(dir)) {
            assertThat(store.services().setup().isEmpty()).isTrue();
            Schools.init(store.services());
        }
        assertThat(dir.resolve("sotruong.mv.db")).exists();
        assertThat(dir.resolve("sotruong.trace.db")).as("a clean close leaves no H2 error trace").doesNotExist();
        assertThat(dir.resolve("store.properties")).content().contains("schema.version=").contains("h2.version=2.5.252");
        try (Store again = Store.open(dir)) {
            assertThat(again.services().setup().school().name()).isEqualTo("Trường THCS Chu Văn An");
            assertThat(again.services().years().currentYear()).get().extracting(y -> y.label()).isEqualTo("2026-2027");
        }
    }

    @Test
    void aSecondOpenOfTheSameStoreIsRefusedAndTheFirstKeepsWorking() {
        try (Store first = Store.open(dir)) {
            Schools.init(first.services());
            assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("store.inUse");
            assertThat(first.services().setup().school().name()).isNotBlank();
        }
        try (Store reopened = Store.open(dir)) {
            assertThat(reopened.services().setup().isEmpty()).isFalse();
        }
    }

    @Test
    void aStoreFromANewerSchemaIsRefusedAndLeftUntouched() throws Exception {
        try (Store store = Store.open(dir)) {
            Schools.init(store.services());
        }
        // what a newer version would leave: a migration this build does not know
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("sotruong"), "sa", "");
             var s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)");
        }
        String before = sha256(dir.resolve("sotruong.mv.db"));
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("store.newerVersion");
        assertThat(sha256(dir.resolve("sotruong.mv.db"))).as("file untouched").isEqualTo(before);
        // and the lock was released: the folder can be handed to the newer version
        assertThat(dir.resolve("sotruong.lock")).exists();
    }

    @Test
    void storePropertiesFromANewerVersionIsRefusedBeforeH2OpensTheFile() throws Exception {
        try (Store store = Store.open(dir)) {
            Schools.init(store.services());
        }
        Files.writeString(dir.resolve("store.properties"), "app.version=9.0.0\nschema.version=42\nh2.version=3.0.1\n");
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException d = (DomainException) e;
                    assertThat(d.code()).isEqualTo("store.newerVersion");
                    assertThat(d.args()).contains("9.0.0");
                });
    }

    @Test
    void anUnwritableFolderIsRefusedWithItsName() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path target = file.resolve("store");
        assertThatThrownBy(() -> Store.open(target)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("store.folderNotWritable"));
        assertThat(file).content().isEqualTo("x");
    }

    private static String sha256(Path f) throws Exception {
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @Test
    void theLatestSchemaConstantMatchesTheMigrations() {
        var flyway = org.flywaydb.core.Flyway.configure().locations("classpath:db/migration")
                .dataSource("jdbc:h2:mem:latest-schema", "sa", "").load();
        String newest = java.util.Arrays.stream(flyway.info().all()).map(i -> i.getVersion())
                .max(org.flywaydb.core.api.MigrationVersion::compareTo).orElseThrow().getVersion();
        assertThat(Store.LATEST_SCHEMA).as("update Store.LATEST_SCHEMA with each new migration").isEqualTo(newest);
    }

    @Test
    void comparesVersionsNumerically() {
        assertThat(AppVersion.compare("2.5.252", "2.3.230")).isPositive();
        assertThat(AppVersion.compare("10", "9")).isPositive();
        assertThat(AppVersion.compare("1", "1.0")).isZero();
        assertThat(AppVersion.compare("0.1.0-SNAPSHOT", "0.2.0")).isNegative();
    }
}
