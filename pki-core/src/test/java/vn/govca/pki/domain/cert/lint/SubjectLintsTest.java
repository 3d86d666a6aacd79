package vn.govca.pki.domain.cert.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.junit.jupiter.api.Test;

class SubjectLintsTest {

    private final LintFixture fx = new LintFixture();
    private final LintTarget personal = fx.personal();
    private final LintTarget tls = fx.tls();

    private void assertFails(Lint lint, LintTarget base, TbsEditor edit) {
        assertThat(lint.check(base)).as("baseline").isEmpty();
        assertThat(LintFixture.run(lint, base, edit)).as(lint.id()).isNotEmpty();
    }

    /** The personal subject with {@code oid}'s value replaced (or added when absent). */
    private X500Name personalWith(ASN1ObjectIdentifier oid, ASN1Encodable value) {
        List<RDN> rdns = new ArrayList<>();
        boolean replaced = false;
        for (RDN r : personal.subject().getRDNs()) {
            if (r.getFirst().getType().equals(oid) && !replaced) {
                rdns.add(new RDN(oid, value));
                replaced = true;
            } else {
                rdns.add(r);
            }
        }
        if (!replaced) {
            rdns.add(new RDN(oid, value));
        }
        return new X500Name(rdns.toArray(RDN[]::new));
    }

    private X500Name personalWithout(ASN1ObjectIdentifier oid) {
        return new X500Name(java.util.Arrays.stream(personal.subject().getRDNs())
                .filter(r -> !r.getFirst().getType().equals(oid)).toArray(RDN[]::new));
    }

    @Test
    void subjectAttributesLint_missingRequired_fails() {
        assertFails(new SubjectAttributesLint(), personal, new TbsEditor(personal).subject(personalWithout(BCStyle.UID)));
        assertFails(new SubjectAttributesLint(), personal, new TbsEditor(personal).subject(personalWithout(BCStyle.CN)));
    }

    @Test
    void subjectAttributesLint_notAllowedUnsupportedRepeated_fails() {
        LintTarget org = new LintTarget(personal.tbsDer(), fx.profile("organization"), personal.issuer(), personal.now());
        assertThat(new SubjectAttributesLint().check(org)).isEmpty();
        X500Name withTitle = personalWith(BCStyle.T, new DERUTF8String("Chuyên viên"));
        assertThat(LintFixture.run(new SubjectAttributesLint(), org, new TbsEditor(org).subject(withTitle))).isNotEmpty();
        assertFails(new SubjectAttributesLint(), personal,
                new TbsEditor(personal).subject(personalWith(BCStyle.DC, new DERIA5String("vn"))));
        X500Name twoCn = new X500Name(new RDN[] {new RDN(BCStyle.C, new DERPrintableString("VN")),
            new RDN(BCStyle.CN, new DERUTF8String("A")), new RDN(BCStyle.CN, new DERUTF8String("B")),
            new RDN(BCStyle.UID, new DERUTF8String("CCCD:001099012345"))});
        assertFails(new SubjectAttributesLint(), personal, new TbsEditor(personal).subject(twoCn));
    }

    @Test
    void subjectAttributesLint_tooLongOrEmptyOrMultiValued_fails() {
        assertFails(new SubjectAttributesLint(), personal,
                new TbsEditor(personal).subject(personalWith(BCStyle.CN, new DERUTF8String("x".repeat(65)))));
        assertFails(new SubjectAttributesLint(), personal,
                new TbsEditor(personal).subject(personalWith(BCStyle.O, new DERUTF8String(" "))));
        RDN multi = new RDN(new AttributeTypeAndValue[] {
            new AttributeTypeAndValue(BCStyle.CN, new DERUTF8String("A")),
            new AttributeTypeAndValue(BCStyle.OU, new DERUTF8String("B"))});
        List<RDN> rdns = new ArrayList<>(List.of(personal.subject().getRDNs()));
        rdns.add(multi);
        assertFails(new SubjectAttributesLint(), personal, new TbsEditor(personal).subject(new X500Name(rdns.toArray(RDN[]::new))));
    }

    @Test
    void subjectEncodingLint_wrongStringTypes_fail() {
        assertFails(new SubjectEncodingLint(), personal,
                new TbsEditor(personal).subject(personalWith(BCStyle.C, new DERUTF8String("VN"))));
        assertFails(new SubjectEncodingLint(), personal,
                new TbsEditor(personal).subject(personalWith(BCStyle.C, new DERPrintableString("vn"))));
        assertFails(new SubjectEncodingLint(), personal,
                new TbsEditor(personal).subject(personalWith(BCStyle.CN, new DERPrintableString("Pham Van A"))));
        assertFails(new SubjectEncodingLint(), personal,
                new TbsEditor(personal).subject(personalWith(BCStyle.EmailAddress, new DERUTF8String("pva@bcy.gov.vn"))));
        assertFails(new SubjectEncodingLint(), personal,
                new TbsEditor(personal).subject(personalWith(BCStyle.SERIALNUMBER, new DERUTF8String("123"))));
    }

    @Test
    void subjectEncodingLint_notNfc_fails() {
        String nfd = Normalizer.normalize("Phạm Văn A", Normalizer.Form.NFD);
        assertFails(new SubjectEncodingLint(), personal,
                new TbsEditor(personal).subject(personalWith(BCStyle.CN, new DERUTF8String(nfd))));
    }

    @Test
    void uidLint_wrongPrefixOrBadNumber_fails() {
        assertFails(new UidLint(), personal,
                new TbsEditor(personal).subject(personalWith(BCStyle.UID, new DERUTF8String("MST:0100109106"))));
        assertFails(new UidLint(), personal,
                new TbsEditor(personal).subject(personalWith(BCStyle.UID, new DERUTF8String("CCCD:123"))));
        assertFails(new UidLint(), personal,
                new TbsEditor(personal).subject(personalWith(BCStyle.UID, new DERUTF8String("001099012345"))));
    }

    @Test
    void subjectAltNameLint_requiredDnsMissing_fails() {
        assertFails(new SubjectAltNameLint(), tls, new TbsEditor(tls).remove(Extension.subjectAlternativeName));
    }

    @Test
    void subjectAltNameLint_emptySubjectNonCritical_fails() {
        TbsEditor e = new TbsEditor(tls).subject(new X500Name(new RDN[0]));
        LintTarget emptySubject = LintFixture.edited(tls, e);
        assertThat(new SubjectAltNameLint().check(emptySubject)).isNotEmpty();
        assertThat(new SubjectAltNameLint().check(LintFixture.edited(tls,
                e.critical(Extension.subjectAlternativeName, true)))).isEmpty();
        assertFails(new SubjectAltNameLint(), tls, new TbsEditor(tls).critical(Extension.subjectAlternativeName, true));
    }

    @Test
    void subjectAltNameLint_forbiddenUnsupportedOrInvalidEntries_fail() {
        assertFails(new SubjectAltNameLint(), tls, new TbsEditor(tls).put(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName[] {new GeneralName(GeneralName.dNSName, "dichvucong.gov.vn"),
                    new GeneralName(GeneralName.rfc822Name, "a@gov.vn")})));
        assertFails(new SubjectAltNameLint(), tls, new TbsEditor(tls).put(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName[] {new GeneralName(GeneralName.dNSName, "dichvucong.gov.vn"),
                    new GeneralName(GeneralName.iPAddress, "10.1.2.3")})));
        assertFails(new SubjectAltNameLint(), tls, new TbsEditor(tls).put(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.dNSName, "*.dichvucong.gov.vn"))));
        assertFails(new SubjectAltNameLint(), tls, new TbsEditor(tls).put(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName[0])));
    }

    @Test
    void subjectAltNameLint_cnNotInDnsNames_fails() {
        assertFails(new SubjectAltNameLint(), tls, new TbsEditor(tls).put(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.dNSName, "khac.gov.vn"))));
    }

    @Test
    void subjectAltNameLint_subjectEmailNotRepeated_fails() {
        assertFails(new SubjectAltNameLint(), personal, new TbsEditor(personal).remove(Extension.subjectAlternativeName));
        assertFails(new SubjectAltNameLint(), personal, new TbsEditor(personal).put(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.rfc822Name, "other@bcy.gov.vn"))));
        assertFails(new SubjectAltNameLint(), personal, new TbsEditor(personal)
                .subject(personalWith(BCStyle.EmailAddress, new DERIA5String("not-an-address"))));
    }
}
