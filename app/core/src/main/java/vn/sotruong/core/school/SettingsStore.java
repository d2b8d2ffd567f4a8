package vn.sotruong.core.school;

import java.util.Map;
import java.util.Optional;

/** School settings as key/value text. Each reader supplies its documented default. */
public interface SettingsStore {
    Optional<String> get(String key);

    void put(String key, String value);

    Map<String, String> all();
}
