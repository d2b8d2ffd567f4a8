package vn.sotruong.data.lan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.lan.PairingCode;
import vn.sotruong.core.lan.Workstation;
import vn.sotruong.core.lan.WorkstationService;
import vn.sotruong.core.lan.WorkstationStatus;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

/** Ghép máy trạm on a real store: requests, approval by code, revocation, and what is refused. */
class WorkstationServiceTest extends SchoolStoreFixture {
    private static final byte[] CERT = "the office PC's certificate".getBytes(StandardCharsets.US_ASCII);

    private WorkstationService lan() {
        return store.workstations();
    }

    private static String secret(int n) {
        return "workstation-secret-number-" + n + "-0123456789abcdef";
    }

    @Test
    void aRequestWaitsWithTheCodeMadeOfTheCertificateAndTheSecret() {
        Workstation w = lan().request("  Phòng máy 1 ", secret(1), "192.168.1.21", CERT);
        assertThat(w.status()).isEqualTo(WorkstationStatus.PENDING);
        assertThat(w.name()).isEqualTo("Phòng máy 1");
        assertThat(w.pairingCode()).isEqualTo(PairingCode.of(CERT, PairingCode.secretHash(secret(1))))
                .isNotEqualTo(PairingCode.of("another certificate".getBytes(StandardCharsets.US_ASCII),
                        PairingCode.secretHash(secret(1))));
        assertThat(lan().request("Phòng máy 1", secret(1), "192.168.1.21", CERT).id())
                .as("asking again is the same request").isEqualTo(w.id());
        assertThat(s.audit().latest(admin, 5)).first().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(AuditKind.WORKSTATION_PAIRING_REQUESTED);
            assertThat(e.workstation()).isEqualTo("máy trạm " + w.id() + ": Phòng máy 1");
        });
    }

    @Test
    void theAdministratorApprovesByCodeAndRevokesAndEachStepIsAudited() {
        Workstation w = lan().request("Phòng máy 1", secret(1), "192.168.1.21", CERT);
        assertThat(code(() -> lan().admit(secret(1)))).isEqualTo("lan.pairingPending");
        Workstation approved = lan().approveByCode(admin, w.pairingCode());
        assertThat(approved.status()).isEqualTo(WorkstationStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(Schools.ADMIN);
        assertThat(lan().admit(secret(1)).id()).isEqualTo(w.id());
        assertThat(lan().revoke(admin, w.id()).status()).isEqualTo(WorkstationStatus.REVOKED);
        assertThat(code(() -> lan().admit(secret(1)))).isEqualTo("lan.revoked");
        assertThat(code(() -> lan().request("Phòng máy 1", secret(1), "192.168.1.21", CERT))).isEqualTo("lan.revoked");
        assertThat(s.audit().latest(admin, 3)).extracting(e -> e.kind())
                .containsSubsequence(AuditKind.WORKSTATION_REVOKED, AuditKind.WORKSTATION_APPROVED);
        assertThat(s.audit().verify(admin)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "blank name|   |" + "workstation-secret-number-1-0123456789abcdef|lan.nameInvalid",
        "name too long|" + "Phòng máy rất rất rất rất rất rất rất rất rất rất rất rất rất dài|"
                + "workstation-secret-number-1-0123456789abcdef|lan.nameInvalid",
        "short secret|Phòng máy 1|short|lan.secretInvalid",
        "no secret|Phòng máy 1||lan.secretInvalid"})
    void aBadRequestIsRefusedAndStoresNothing(String why, String name, String secret, String refusal) {
        assertThat(code(() -> lan().request(name, secret, "192.168.1.21", CERT))).isEqualTo(refusal);
        assertThat(lan().list(admin)).isEmpty();
    }

    @Test
    void wrongCodesUnknownNumbersAndTeachersAreRefused() {
        Workstation w = lan().request("Phòng máy 1", secret(1), "192.168.1.21", CERT);
        Actor teacher = Schools.person(s, "gv.toan", "Phạm Văn Toán", Role.GVBM);
        String wrong = w.pairingCode().equals("000000") ? "000001" : "000000";
        assertThat(code(() -> lan().approveByCode(admin, wrong))).isEqualTo("lan.codeUnknown");
        assertThat(code(() -> lan().approve(admin, 999))).isEqualTo("lan.unknown");
        assertThat(code(() -> lan().approveByCode(teacher, w.pairingCode()))).isEqualTo("auth.denied");
        assertThat(code(() -> lan().list(teacher))).isEqualTo("auth.denied");
        assertThat(code(() -> lan().revoke(teacher, w.id()))).isEqualTo("auth.denied");
        assertThat(code(() -> lan().admit("workstation-secret-nobody-has-0123456789"))).isEqualTo("lan.notPaired");
        assertThat(lan().list(admin)).singleElement().extracting(Workstation::status)
                .isEqualTo(WorkstationStatus.PENDING);
        lan().approve(admin, w.id());
        assertThat(code(() -> lan().approve(admin, w.id()))).isEqualTo("lan.notPending");
    }

    @Test
    void aFloodOfPairingRequestsIsCappedAtTheWaitingLimit() {
        for (int i = 0; i < WorkstationService.MAX_PENDING; i++) {
            lan().request("Máy " + i, secret(i), "192.168.1." + i, CERT);
        }
        assertThat(code(() -> lan().request("Máy thừa", secret(999), "192.168.1.200", CERT)))
                .isEqualTo("lan.tooManyPending");
        assertThat(lan().list(admin)).hasSize(WorkstationService.MAX_PENDING);
        lan().revoke(admin, lan().list(admin).getFirst().id());
        assertThat(code(() -> lan().request("Máy thừa", secret(999), "192.168.1.200", CERT))).isEqualTo("ok");
    }
}
