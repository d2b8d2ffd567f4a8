package vn.sotruong.core.app;

import java.security.cert.X509Certificate;
import java.util.Optional;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.school.SchoolInit;
import vn.sotruong.core.security.Actor;

/**
 * Lập trường: the school with its first year and administrator (one transaction, {@code SchoolSetupService}), then the
 * school's certificate authority created by that administrator, so minutes and checkpoints can be signed from the
 * first day (ADR 0037). The authority needs no password of its own: its key is sealed with the secret file in the data
 * folder (ADR 0019). If it cannot be made now the school stands; it is made later on the "Chữ ký số" page or with
 * {@code sign ca init}.
 */
public final class SchoolFounding {
    private SchoolFounding() {
    }

    /** Sets the school up and creates its authority; the certificate, or empty when only the school was made. */
    public static Optional<X509Certificate> found(CoreServices s, SchoolInit init, String workstation) {
        s.setup().initialise(init);
        try {
            Actor admin = s.auth().login(init.adminLogin().strip(), init.adminPassword(), workstation).actor();
            return Optional.of(s.signatures().createAuthority(admin));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }
}
