package vn.sotruong.data.security;

import java.util.Properties;

/**
 * Argon2id cost parameters, from configuration: {@code argon2.memoryKiB}, {@code argon2.iterations},
 * {@code argon2.parallelism} in the store's {@code sotruong.properties}, overridden by system
 * properties {@code sotruong.argon2.*}. Defaults: 64 MiB, 3 passes, 1 lane (~0.2 s on an old PC).
 */
public record Argon2Settings(int memoryKiB, int iterations, int parallelism) {
    public static Argon2Settings defaults() {
        return new Argon2Settings(65536, 3, 1);
    }

    public static Argon2Settings from(Properties config) {
        Argon2Settings d = defaults();
        return new Argon2Settings(
                read(config, "argon2.memoryKiB", d.memoryKiB()),
                read(config, "argon2.iterations", d.iterations()),
                read(config, "argon2.parallelism", d.parallelism()));
    }

    private static int read(Properties config, String key, int def) {
        String v = System.getProperty("sotruong." + key, config.getProperty(key));
        if (v == null || !v.strip().matches("\\d+")) {
            return def;
        }
        return Math.max(1, Integer.parseInt(v.strip()));
    }
}
