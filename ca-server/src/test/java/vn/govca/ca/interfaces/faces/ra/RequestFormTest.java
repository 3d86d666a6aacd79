package vn.govca.ca.interfaces.faces.ra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.govca.ca.application.ra.FileRequest;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.db.domain.RaRequestType;

class RequestFormTest {

    private static final String CSR = "-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n";
    private static final RequestForm.Target TARGET = new RequestForm.Target(42, "CA-NhaNuoc-G2", "personal-hold");

    /** Everything a reader could have typed, whichever form was shown. */
    private static RequestForm.Entered everything(boolean serverKeys) {
        return new RequestForm.Entered("CA-Dang-G2", "organization", CSR, serverKeys, 365, 42L, "KEY_EXPOSED",
                "Văn thư", "ghi chú", 9L);
    }

    @Test
    void of_unknownOrMissingType_newIssuance() {
        assertThat(RequestForm.of(null).type()).isEqualTo(RaRequestType.NEW_ISSUANCE);
        assertThat(RequestForm.of("DELETE_EVERYTHING").type()).isEqualTo(RaRequestType.NEW_ISSUANCE);
        assertThat(RequestForm.of("renewal").type()).isEqualTo(RaRequestType.NEW_ISSUANCE);
        assertThat(RequestForm.of("TOKEN_RESTORE").type()).isEqualTo(RaRequestType.TOKEN_RESTORE);
    }

    @Test
    void command_newIssuance_chosenProfileAndCaWithCsrNoTargetNoReason() {
        FileRequest f = RequestForm.of("NEW_ISSUANCE").command(7, everything(false), null, true);
        assertThat(f.type()).isEqualTo(RaRequestType.NEW_ISSUANCE);
        assertThat(f.subscriberId()).isEqualTo(7);
        assertThat(f.caName()).isEqualTo("CA-Dang-G2");
        assertThat(f.profile()).isEqualTo("organization");
        assertThat(f.csrPem()).isEqualTo(CSR);
        assertThat(f.serverKeyGeneration()).isFalse();
        assertThat(f.targetCertificateId()).isNull();
        assertThat(f.reason()).isNull();
        assertThat(f.validityDays()).isEqualTo(365);
        assertThat(f.recipient()).isEqualTo("Văn thư");
        assertThat(f.submit()).isTrue();
        assertThat(f.keyDeviceId()).as("a device only for a token restore").isNull();
    }

    @Test
    void command_newIssuanceBlankCa_caLeftToTheService() {
        RequestForm.Entered in = new RequestForm.Entered(" ", "personal", null, true, null, null, null, null, null, null);
        FileRequest f = RequestForm.of("NEW_ISSUANCE").command(7, in, null, false);
        assertThat(f.caName()).isNull();
        assertThat(f.submit()).isFalse();
    }

    @Test
    void command_serverKeyGeneration_noCsrSentEvenIfPasted() {
        FileRequest f = RequestForm.of("NEW_ISSUANCE").command(7, everything(true), null, true);
        assertThat(f.serverKeyGeneration()).isTrue();
        assertThat(f.csrPem()).isNull();
    }

    @Test
    void command_renewal_profileAndCaOfTheTargetNotOfTheForm() {
        FileRequest f = RequestForm.of("RENEWAL").command(7, everything(false), TARGET, true);
        assertThat(f.targetCertificateId()).isEqualTo(42L);
        assertThat(f.caName()).isEqualTo("CA-NhaNuoc-G2");
        assertThat(f.profile()).isEqualTo("personal-hold");
        assertThat(f.csrPem()).isEqualTo(CSR);
        assertThat(f.reason()).isNull();
        assertThat(f.validityDays()).isEqualTo(365);
    }

    @Test
    void command_changeWithoutTarget_noProfileSoTheServiceAsksForTheCertificate() {
        RequestForm.Entered in = new RequestForm.Entered(null, "personal", CSR, false, null, null, null, null, null, null);
        FileRequest f = RequestForm.of("CHANGE_OF_INFORMATION").command(7, in, null, true);
        assertThat(f.targetCertificateId()).isNull();
        assertThat(f.profile()).isNull();
    }

    @Test
    void command_revocation_targetAndReasonOnlyNoKeyNoRecipient() {
        FileRequest f = RequestForm.of("REVOCATION").command(7, everything(true), TARGET, true);
        assertThat(f.targetCertificateId()).isEqualTo(42L);
        assertThat(f.reason()).isEqualTo("KEY_EXPOSED");
        assertThat(f.csrPem()).isNull();
        assertThat(f.serverKeyGeneration()).isFalse();
        assertThat(f.profile()).isNull();
        assertThat(f.caName()).isNull();
        assertThat(f.validityDays()).isNull();
        assertThat(f.recipient()).isNull();
        assertThat(f.note()).isEqualTo("ghi chú");
    }

    @Test
    void command_suspensionAndReinstatement_targetAndNoteOnly() {
        for (String type : new String[] {"SUSPENSION", "REINSTATEMENT"}) {
            FileRequest f = RequestForm.of(type).command(7, everything(false), TARGET, true);
            assertThat(f.targetCertificateId()).as(type).isEqualTo(42L);
            assertThat(f.reason()).as(type).isNull();
            assertThat(f.csrPem()).as(type).isNull();
            assertThat(f.profile()).as(type).isNull();
            assertThat(f.validityDays()).as(type).isNull();
            assertThat(f.recipient()).as(type).isNull();
            assertThat(f.keyDeviceId()).as(type).isNull();
            assertThat(f.note()).as(type).isEqualTo("ghi chú");
        }
    }

    @Test
    void command_tokenRestore_deviceRecipientAndNoteNoCertificate() {
        FileRequest f = RequestForm.of("TOKEN_RESTORE").command(7, everything(false), TARGET, true);
        assertThat(f.keyDeviceId()).isEqualTo(9L);
        assertThat(f.targetCertificateId()).isNull();
        assertThat(f.csrPem()).isNull();
        assertThat(f.reason()).isNull();
        assertThat(f.recipient()).isEqualTo("Văn thư");
    }

    @Test
    void offers_eachType_onlyCertificatesItCanActOn() {
        assertThat(RequestForm.of("RENEWAL").offers(CertificateStatus.ACTIVE)).isTrue();
        assertThat(RequestForm.of("RENEWAL").offers(CertificateStatus.ON_HOLD)).isFalse();
        assertThat(RequestForm.of("SUSPENSION").offers(CertificateStatus.ON_HOLD)).isFalse();
        assertThat(RequestForm.of("REINSTATEMENT").offers(CertificateStatus.ON_HOLD)).isTrue();
        assertThat(RequestForm.of("REINSTATEMENT").offers(CertificateStatus.ACTIVE)).isFalse();
        assertThat(RequestForm.of("REVOCATION").offers(CertificateStatus.ON_HOLD)).isTrue();
        assertThat(RequestForm.of("REVOCATION").offers(CertificateStatus.REVOKED)).isFalse();
        assertThat(RequestForm.of("NEW_ISSUANCE").offers(CertificateStatus.ACTIVE)).isFalse();
    }

    @Test
    void fields_perType_matchTheServicesExpectations() {
        for (RaRequestType t : RaRequestType.values()) {
            RequestForm f = new RequestForm(t);
            assertThat(f.isNeedsKey()).as("%s key", t).isEqualTo(t.issuesCertificate());
            assertThat(f.isNeedsTarget()).as("%s target", t).isEqualTo(t.needsTargetCertificate());
            assertThat(f.isNeedsReason()).as("%s reason", t).isEqualTo(t == RaRequestType.REVOCATION);
            assertThat(f.isChoosesProfile()).as("%s profile", t).isEqualTo(t == RaRequestType.NEW_ISSUANCE);
            assertThat(f.isNeedsKeyDevice()).as("%s device", t).isEqualTo(t == RaRequestType.TOKEN_RESTORE);
        }
    }
}
