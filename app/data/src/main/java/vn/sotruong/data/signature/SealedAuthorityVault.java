package vn.sotruong.data.signature;

import static vn.sotruong.data.jooq.Tables.SCHOOL_AUTHORITY;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.signature.AuthorityVault;
import vn.sotruong.core.signature.Certificates;
import vn.sotruong.core.signature.Pkcs12;
import vn.sotruong.core.signature.SigningCredential;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jdbc.Timestamps;
import vn.sotruong.data.store.SecretFile;

/**
 * The school's root key kept in table {@code school_authority} as a PKCS#12 sealed with the random secret in
 * {@code school-ca.key} in the data folder (ADR 0019): the store and its backups hold only the sealed key, the
 * secret never leaves this PC's data folder. Opened keys are kept in memory for the store's life.
 */
public final class SealedAuthorityVault implements AuthorityVault {
    public static final String SECRET_FILE = "school-ca.key";

    private final JooqTransactions tx;
    private final Path secret;
    private volatile SigningCredential opened;

    public SealedAuthorityVault(JooqTransactions tx, Path dataDir) {
        this.tx = tx;
        this.secret = dataDir.resolve(SECRET_FILE);
    }

    @Override
    public Optional<X509Certificate> certificate() {
        return tx.dsl().select(SCHOOL_AUTHORITY.CERTIFICATE).from(SCHOOL_AUTHORITY).orderBy(SCHOOL_AUTHORITY.ID.desc())
                .limit(1).fetchOptional(SCHOOL_AUTHORITY.CERTIFICATE).map(Certificates::parse);
    }

    @Override
    public SigningCredential open() {
        byte[] sealed = tx.dsl().select(SCHOOL_AUTHORITY.SEALED_KEY).from(SCHOOL_AUTHORITY)
                .orderBy(SCHOOL_AUTHORITY.ID.desc()).limit(1).fetchOptional(SCHOOL_AUTHORITY.SEALED_KEY)
                .orElseThrow(() -> new DomainException("signature.noAuthority"));
        SigningCredential c = opened;
        if (c != null && java.util.Arrays.equals(Certificates.der(c.certificate()), certificate().map(Certificates::der)
                .orElse(null))) {
            return c;
        }
        char[] pw;
        try {
            pw = SecretFile.read(secret).orElseThrow(() -> new DomainException("signature.authorityLocked",
                    secret.toString()));
        } catch (IOException e) {
            throw new DomainException("signature.authorityLocked", secret.toString());
        }
        try {
            c = Pkcs12.read(sealed, pw);
        } catch (DomainException e) {
            throw new DomainException("signature.authorityLocked", secret.toString());
        }
        opened = c;
        return c;
    }

    @Override
    public void keep(SigningCredential root, String by, Instant at) {
        char[] pw;
        try {
            SecretFile.create(secret);
            pw = SecretFile.read(secret).orElseThrow();
        } catch (IOException e) {
            throw new DomainException("signature.authorityLocked", secret.toString());
        }
        tx.dsl().insertInto(SCHOOL_AUTHORITY).set(SCHOOL_AUTHORITY.CERTIFICATE, Certificates.der(root.certificate()))
                .set(SCHOOL_AUTHORITY.SEALED_KEY, Pkcs12.write(root, pw)).set(SCHOOL_AUTHORITY.CREATED_BY, by)
                .set(SCHOOL_AUTHORITY.CREATED_AT, Timestamps.utc(at)).execute();
        opened = null;
    }
}
