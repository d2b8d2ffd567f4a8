package vn.sotruong.data.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application and H2 versions this build was made with. */
public record AppVersion(String app, String h2) {
    public static AppVersion current() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/vn/sotruong/data/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AppVersion(p.getProperty("app.version", "dev"), p.getProperty("h2.version", "0"));
    }

    /** Compares dotted versions numerically ("2.5.252" &gt; "2.3.230"); non-numeric parts count as 0. */
    public static int compare(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(num(x, i), num(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int num(String[] parts, int i) {
        return i < parts.length && parts[i].matches("\\d{1,9}") ? Integer.parseInt(parts[i]) : 0;
    }
}
