package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import vn.govca.db.domain.AdministratorRecord;
import vn.govca.db.domain.AdministratorRole;
import vn.govca.db.domain.AgencyDetails;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.IdentityDocumentType;
import vn.govca.db.domain.IndividualDetails;
import vn.govca.db.domain.SubscriberRecord;

/** RA test rows: agencies in seeded provinces, individuals, administrators. */
final class RaSamples {

    private RaSamples() {
    }

    static long provinceId(EntityManager em, String code) {
        return new ProvinceRepository(em).byCode(code).orElseThrow().id();
    }

    /** A top-level agency of the province with {@code provinceCode}; null code: a central body. */
    static AgencyRecord rootAgency(EntityManager em, String provinceCode, String name) {
        Long province = provinceCode == null ? null : provinceId(em, provinceCode);
        return new AgencyRepository(em).save(AgencyRecord.root(province, AgencyDetails.named(name), Samples.T0));
    }

    static AgencyRecord childAgency(EntityManager em, AgencyRecord parent, String name) {
        return new AgencyRepository(em).save(AgencyRecord.childOf(parent, AgencyDetails.named(name), Samples.T0));
    }

    static IndividualDetails person(String name, String cccd) {
        return new IndividualDetails(name, LocalDate.of(1985, 5, 17), IdentityDocumentType.CCCD, cccd,
                LocalDate.of(2021, 3, 1), "Cục Cảnh sát QLHC về TTXH", "Chuyên viên", "0912345678",
                "a@sonla.gov.vn");
    }

    static SubscriberRecord individual(EntityManager em, AgencyRecord agency, String name, String cccd) {
        return new SubscriberRepository(em).save(SubscriberRecord.individual(agency, person(name, cccd), "manager",
                Samples.T0));
    }

    static long administrator(EntityManager em, String username, AdministratorRole role) {
        return new AdministratorRepository(em).add(AdministratorRecord.enrol(username, username, role, "h", null,
                Samples.T0)).id();
    }
}
