package vn.sotruong.data.security;

import static vn.sotruong.data.jooq.Tables.ACCOUNT;
import static vn.sotruong.data.jooq.Tables.ACCOUNT_ROLE;
import static vn.sotruong.data.jooq.Tables.STAFF;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Record;
import vn.sotruong.core.security.Account;
import vn.sotruong.core.security.AccountStore;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jdbc.Timestamps;

public final class JooqAccountStore implements AccountStore {
    private final JooqTransactions tx;

    public JooqAccountStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Account> findByLogin(String login) {
        return fetch(ACCOUNT.LOGIN.eq(login.strip().toLowerCase(Locale.ROOT))).stream().findFirst();
    }

    @Override
    public Optional<Account> findById(long id) {
        return fetch(ACCOUNT.ID.eq(id)).stream().findFirst();
    }

    @Override
    public Optional<Account> findByStaff(long staffId) {
        return fetch(ACCOUNT.STAFF_ID.eq(staffId)).stream().findFirst();
    }

    @Override
    public List<Account> list() {
        return fetch(org.jooq.impl.DSL.trueCondition());
    }

    private List<Account> fetch(Condition where) {
        var rows = tx.dsl().select(ACCOUNT.fields()).select(STAFF.FULL_NAME).from(ACCOUNT).join(STAFF)
                .on(STAFF.ID.eq(ACCOUNT.STAFF_ID)).where(where).orderBy(ACCOUNT.LOGIN).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Role>> roles = new HashMap<>();
        tx.dsl().selectFrom(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.in(rows.getValues(ACCOUNT.ID)))
                .forEach(r -> roles.computeIfAbsent(r.getAccountId(), k -> EnumSet.noneOf(Role.class))
                        .add(Role.valueOf(r.getRole())));
        return rows.stream().map(r -> toAccount(r, roles.getOrDefault(r.get(ACCOUNT.ID), Set.of()))).toList();
    }

    private static Account toAccount(Record r, Set<Role> roles) {
        return new Account(r.get(ACCOUNT.ID), r.get(ACCOUNT.STAFF_ID), r.get(ACCOUNT.LOGIN), r.get(STAFF.FULL_NAME),
                r.get(ACCOUNT.PASSWORD_HASH), r.get(ACCOUNT.MUST_CHANGE_PASSWORD),
                Timestamps.instant(r.get(ACCOUNT.PASSWORD_CHANGED_AT)), r.get(ACCOUNT.ACTIVE), roles);
    }

    @Override
    public long create(long staffId, String login, String passwordHash, boolean mustChange, Instant now,
                       Set<Role> roles) {
        long id = tx.dsl().insertInto(ACCOUNT, ACCOUNT.STAFF_ID, ACCOUNT.LOGIN, ACCOUNT.PASSWORD_HASH,
                        ACCOUNT.MUST_CHANGE_PASSWORD, ACCOUNT.PASSWORD_CHANGED_AT, ACCOUNT.ACTIVE, ACCOUNT.CREATED_AT)
                .values(staffId, login.toLowerCase(Locale.ROOT), passwordHash, mustChange, Timestamps.utc(now), true,
                        Timestamps.utc(now))
                .returningResult(ACCOUNT.ID).fetchOne().value1();
        setRoles(id, roles);
        return id;
    }

    @Override
    public void updatePassword(long accountId, String passwordHash, boolean mustChange, Instant changedAt) {
        tx.dsl().update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, passwordHash).set(ACCOUNT.MUST_CHANGE_PASSWORD, mustChange)
                .set(ACCOUNT.PASSWORD_CHANGED_AT, Timestamps.utc(changedAt)).where(ACCOUNT.ID.eq(accountId)).execute();
    }

    @Override
    public void setRoles(long accountId, Set<Role> roles) {
        tx.dsl().deleteFrom(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(accountId)).execute();
        for (Role r : roles) {
            tx.dsl().insertInto(ACCOUNT_ROLE, ACCOUNT_ROLE.ACCOUNT_ID, ACCOUNT_ROLE.ROLE).values(accountId, r.name())
                    .execute();
        }
    }

    @Override
    public void setActive(long accountId, boolean active) {
        tx.dsl().update(ACCOUNT).set(ACCOUNT.ACTIVE, active).where(ACCOUNT.ID.eq(accountId)).execute();
    }

    @Override
    public int countActiveWithRole(Role role) {
        return tx.dsl().fetchCount(tx.dsl().select(ACCOUNT.ID).from(ACCOUNT).join(ACCOUNT_ROLE)
                .on(ACCOUNT_ROLE.ACCOUNT_ID.eq(ACCOUNT.ID))
                .where(ACCOUNT.ACTIVE.isTrue().and(ACCOUNT_ROLE.ROLE.eq(role.name()))));
    }
}
