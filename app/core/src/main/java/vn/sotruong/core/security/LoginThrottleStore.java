package vn.sotruong.core.security;

import java.util.Optional;

public interface LoginThrottleStore {
    Optional<LoginThrottle> find(String loginKey);

    void save(LoginThrottle throttle);

    void clear(String loginKey);
}
