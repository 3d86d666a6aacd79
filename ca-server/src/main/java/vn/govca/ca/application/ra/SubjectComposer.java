package vn.govca.ca.application.ra;

import java.util.ArrayList;
import java.util.List;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.IdentityDocumentType;
import vn.govca.db.domain.ProvinceRecord;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.pki.domain.identity.CitizenId;
import vn.govca.pki.domain.identity.OldIdNumber;
import vn.govca.pki.domain.identity.PassportNumber;
import vn.govca.pki.domain.identity.TaxCode;
import vn.govca.pki.domain.identity.VnIdentifier;
import vn.govca.pki.domain.name.DnAttribute;
import vn.govca.pki.domain.name.NameEntry;
import vn.govca.pki.domain.name.SubjectName;

/**
 * The subject a certificate of a subscriber carries, composed by the RA from its records — the RA,
 * not the CSR, is authoritative for names (DOMAIN.md conventions):
 * individual {@code C=VN, L=<province>, O=<top agency>, OU=<agency>, CN=<full name>, UID=CCCD:<id>};
 * organization {@code C=VN, L=<province>, O=<top agency>, CN=<name>, UID=MST:<tax code>};
 * device {@code C=VN, L=<province>, O=<agency>, CN=<first host name>} with its host names as dNSName.
 */
final class SubjectComposer {

    private SubjectComposer() {
    }

    /** What a certificate for the subscriber will name. */
    record Composed(SubjectName subject, List<String> dnsNames, List<String> emails) {
    }

    static Composed compose(SubscriberRecord s, AgencyRecord agency, AgencyRecord top, ProvinceRecord province) {
        List<NameEntry> dn = new ArrayList<>();
        dn.add(new NameEntry(DnAttribute.C, "VN"));
        if (province != null) {
            dn.add(new NameEntry(DnAttribute.L, shortName(province.name())));
        }
        switch (s.kind()) {
            case INDIVIDUAL -> {
                dn.add(new NameEntry(DnAttribute.O, top.name()));
                if (!top.id().equals(agency.id())) {
                    dn.add(new NameEntry(DnAttribute.OU, agency.name()));
                }
                dn.add(new NameEntry(DnAttribute.CN, s.displayName()));
                dn.add(new NameEntry(DnAttribute.UID, identifier(s.idType(), s.idNumber()).uidValue()));
                return new Composed(new SubjectName(dn), List.of(), s.email() == null ? List.of() : List.of(s.email()));
            }
            case ORGANIZATION -> {
                if (!top.id().equals(agency.id()) || !top.name().equals(s.displayName())) {
                    dn.add(new NameEntry(DnAttribute.O, top.name()));
                }
                dn.add(new NameEntry(DnAttribute.CN, s.displayName()));
                if (s.taxCode() == null) {
                    throw vn.govca.pki.domain.GovCaException.policy("organization subscriber #" + s.id()
                            + " has no tax code (MST); its certificate carries UID=MST:<code>");
                }
                dn.add(new NameEntry(DnAttribute.UID, VnIdentifier.of(new TaxCode(s.taxCode())).uidValue()));
                return new Composed(new SubjectName(dn), List.of(), s.email() == null ? List.of() : List.of(s.email()));
            }
            default -> {
                dn.add(new NameEntry(DnAttribute.O, agency.name()));
                List<String> hosts = s.hostNames();
                dn.add(new NameEntry(DnAttribute.CN, hosts.isEmpty() ? s.displayName() : hosts.get(0)));
                return new Composed(new SubjectName(dn), hosts, List.of());
            }
        }
    }

    /** "Tỉnh Sơn La" → "Sơn La", "Thành phố Hà Nội" → "Hà Nội", as certificates name places. */
    static String shortName(String provinceName) {
        for (String prefix : new String[] {"Thành phố ", "Tỉnh "}) {
            if (provinceName.startsWith(prefix)) {
                return provinceName.substring(prefix.length());
            }
        }
        return provinceName;
    }

    private static VnIdentifier identifier(IdentityDocumentType type, String number) {
        if (type == null) {
            throw vn.govca.pki.domain.GovCaException.policy("the subscriber has no identity document; personal"
                    + " certificates carry UID=CCCD:/CMND:/HC:<number>");
        }
        return switch (type) {
            case CCCD -> VnIdentifier.of(new CitizenId(number));
            case CMND -> VnIdentifier.of(new OldIdNumber(number));
            case PASSPORT -> VnIdentifier.of(new PassportNumber(number));
        };
    }

}
