package vn.sotruong.data.security;

import static vn.sotruong.data.jooq.Tables.LOGIN_THROTTLE;

import java.util.Optional;
import vn.sotruong.core.security.LoginThrottle;
import vn.sotruong.core.security.LoginThrottleStore;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jdbc.Timestamps;

public final class JooqLoginThrottleStore implements LoginThrottleStore {
    private final JooqTransactions tx;

    public JooqLoginThrottleStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<LoginThrottle> find(String loginKey) {
        return tx.dsl().selectFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.LOGIN_KEY.eq(loginKey)).fetchOptional()
                .map(r -> new LoginThrottle(r.getLoginKey(), r.getFailures(), Timestamps.instant(r.getLastFailureAt()),
                        Timestamps.instant(r.getLockedUntil())));
    }

    @Override
    public void save(LoginThrottle t) {
        String key = t.loginKey().length() > 100 ? t.loginKey().substring(0, 100) : t.loginKey();
        tx.dsl().mergeInto(LOGIN_THROTTLE).using(tx.dsl().selectOne()).on(LOGIN_THROTTLE.LOGIN_KEY.eq(key))
                .whenMatchedThenUpdate().set(LOGIN_THROTTLE.FAILURES, t.failures())
                .set(LOGIN_THROTTLE.LAST_FAILURE_AT, Timestamps.utc(t.lastFailureAt()))
                .set(LOGIN_THROTTLE.LOCKED_UNTIL, Timestamps.utc(t.lockedUntil()))
                .whenNotMatchedThenInsert(LOGIN_THROTTLE.LOGIN_KEY, LOGIN_THROTTLE.FAILURES,
                        LOGIN_THROTTLE.LAST_FAILURE_AT, LOGIN_THROTTLE.LOCKED_UNTIL)
                .values(key, t.failures(), Timestamps.utc(t.lastFailureAt()), Timestamps.utc(t.lockedUntil()))
                .execute();
    }

    @Override
    public void clear(String loginKey) {
        tx.dsl().deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.LOGIN_KEY.eq(loginKey)).execute();
    }
}
