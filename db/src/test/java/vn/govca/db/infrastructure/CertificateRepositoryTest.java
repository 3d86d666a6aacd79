package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.db.domain.SerialHex;
import vn.govca.db.domain.Sha256Hex;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;

class CertificateRepositoryTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void reserve_newSerial_isFoundBySerialAsReserved(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            long id = db.inTransaction(em ->
                    new CertificateRepository(em).reserve(Samples.reservation(caId, "7AB3", "Phạm Văn A")).id());

            CertificateRecord found = db.inTransaction(em ->
                    new CertificateRepository(em).findBySerial(caId, SerialHex.of("7ab3")).orElseThrow());

            assertThat(found.id()).isEqualTo(id);
            assertThat(found.status()).isEqualTo(CertificateStatus.RESERVED);
            assertThat(found.serial().value()).isEqualTo("7ab3");
            assertThat(found.subjectSearch()).isEqualTo("pham van a");
            assertThat(found.notBefore()).isEqualTo(Samples.T0);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void reserve_serialTakenInSameCa_throwsDuplicateSerial(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            db.runInTransaction(em -> new CertificateRepository(em).reserve(Samples.reservation(caId, "abc", "A")));

            assertThatThrownBy(() -> db.runInTransaction(em ->
                    new CertificateRepository(em).reserve(Samples.reservation(caId, "ABC", "B"))))
                    .isInstanceOf(DuplicateSerialException.class)
                    .satisfies(e -> assertThat(((DuplicateSerialException) e).serialHex()).isEqualTo("abc"));
            // The caller retries with a new serial in a new transaction.
            long retried = db.inTransaction(em ->
                    new CertificateRepository(em).reserve(Samples.reservation(caId, "abd", "B")).id());
            assertThat(retried).isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void reserve_sameSerialInOtherCa_succeeds(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long ca1 = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            long ca2 = db.inTransaction(em -> Samples.addActiveCa(em, "ca-2"));
            db.runInTransaction(em -> new CertificateRepository(em).reserve(Samples.reservation(ca1, "abc", "A")));

            db.runInTransaction(em -> new CertificateRepository(em).reserve(Samples.reservation(ca2, "abc", "A")));

            Optional<CertificateRecord> found = db.inTransaction(em ->
                    new CertificateRepository(em).findBySerial(ca2, SerialHex.of("abc")));
            assertThat(found).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void reserve_unknownCa_isNotReportedAsDuplicateSerial(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            assertThatThrownBy(() -> db.runInTransaction(em ->
                    new CertificateRepository(em).reserve(Samples.reservation(999, "abc", "A"))))
                    .isNotInstanceOf(DuplicateKeyException.class)
                    .isInstanceOf(jakarta.persistence.PersistenceException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void markSigned_thenFindByFingerprint_returnsActiveWithDer(DatabaseKind kind) {
        byte[] der = {0x30, (byte) 0x82, 0x01, 0x0a, 0x00, (byte) 0xff};
        Sha256Hex fingerprint = Sha256Hex.digestOf(der);
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            long id = db.inTransaction(em ->
                    new CertificateRepository(em).reserve(Samples.reservation(caId, "1", "A")).id());
            Instant signedAt = Samples.T0.plusSeconds(2);

            db.runInTransaction(em ->
                    new CertificateRepository(em).findById(id).orElseThrow().markSigned(der, fingerprint, signedAt));

            CertificateRecord found = db.inTransaction(em ->
                    new CertificateRepository(em).findByFingerprint(fingerprint).orElseThrow());
            assertThat(found.status()).isEqualTo(CertificateStatus.ACTIVE);
            assertThat(found.der()).isEqualTo(der);
            assertThat(found.updatedAt()).isEqualTo(signedAt);
            assertThat(found.version()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void storeSigned_reserved_isActiveWithDerAndBothRecordsMarkedAsAnEntityUpdateWould(DatabaseKind kind) {
        byte[] der = {0x30, (byte) 0x82, 0x01, 0x0b, 0x01, (byte) 0xfe};
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            long id = db.inTransaction(em -> {
                long certId = new CertificateRepository(em).reserve(Samples.reservation(caId, "2", "A")).id();
                new IssuanceRecordRepository(em).add(vn.govca.db.domain.IssuanceRecord.reserved(certId,
                        new byte[] {0x30, 0x00}, "op", Samples.T0));
                return certId;
            });
            Instant signedAt = Samples.T0.plusSeconds(2).plusNanos(123_456_789);

            db.runInTransaction(em -> {
                new CertificateRepository(em).storeSigned(id, der, Sha256Hex.digestOf(der), signedAt);
                new IssuanceRecordRepository(em).markAllSigned(java.util.List.of(id), signedAt);
            });

            CertificateRecord found = db.inTransaction(em ->
                    new CertificateRepository(em).findByFingerprint(Sha256Hex.digestOf(der)).orElseThrow());
            assertThat(found.id()).isEqualTo(id);
            assertThat(found.status()).isEqualTo(CertificateStatus.ACTIVE);
            assertThat(found.der()).isEqualTo(der);
            assertThat(found.updatedAt()).isEqualTo(signedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            assertThat(found.version()).isEqualTo(2);
            vn.govca.db.domain.IssuanceRecord issuance = db.inTransaction(em ->
                    new IssuanceRecordRepository(em).findByCertificateId(id).orElseThrow());
            assertThat(issuance.state()).isEqualTo(vn.govca.db.domain.IssuanceState.SIGNED);
            assertThat(issuance.completedAt()).isEqualTo(signedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void storeSigned_notReservedOrWrongFingerprint_isRefusedAndChangesNothing(DatabaseKind kind) {
        byte[] der = {0x30, 0x03, 0x02, 0x01, 0x05};
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            long id = db.inTransaction(em ->
                    new CertificateRepository(em).reserve(Samples.reservation(caId, "3", "A")).id());

            assertThatThrownBy(() -> db.runInTransaction(em -> new CertificateRepository(em)
                    .storeSigned(id, der, Sha256Hex.digestOf(new byte[] {1}), Samples.T0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not the SHA-256");
            db.runInTransaction(em ->
                    new CertificateRepository(em).storeSigned(id, der, Sha256Hex.digestOf(der), Samples.T0));
            assertThatThrownBy(() -> db.runInTransaction(em ->
                    new CertificateRepository(em).storeSigned(id, new byte[] {9}, Sha256Hex.digestOf(new byte[] {9}),
                            Samples.T0.plusSeconds(1))))
                    .isInstanceOf(vn.govca.db.domain.RecordStateException.class).hasMessageContaining("not RESERVED");
            assertThatThrownBy(() -> db.runInTransaction(em ->
                    new IssuanceRecordRepository(em).markAllSigned(java.util.List.of(id), Samples.T0)))
                    .isInstanceOf(vn.govca.db.domain.RecordStateException.class);

            CertificateRecord found = db.inTransaction(em -> new CertificateRepository(em).findById(id).orElseThrow());
            assertThat(found.der()).isEqualTo(der);
            assertThat(found.version()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void markAllSigned_allReserved_marksEachOnceAndOneNotReserved_refusesAndTheRollbackKeepsAll(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            java.util.List<Long> ids = new java.util.ArrayList<>();
            for (String serial : new String[] {"11", "12", "13"}) {
                ids.add(db.inTransaction(em -> {
                    long certId = new CertificateRepository(em).reserve(Samples.reservation(caId, serial, "A")).id();
                    new IssuanceRecordRepository(em).add(vn.govca.db.domain.IssuanceRecord.reserved(certId,
                            new byte[] {0x30, 0x00}, "op", Samples.T0));
                    return certId;
                }));
            }
            Instant signedAt = Samples.T0.plusSeconds(5);

            db.runInTransaction(em -> new IssuanceRecordRepository(em).markAllSigned(ids.subList(0, 2), signedAt));
            assertThatThrownBy(() -> db.runInTransaction(em ->
                    new IssuanceRecordRepository(em).markAllSigned(ids, signedAt.plusSeconds(1))))
                    .isInstanceOf(vn.govca.db.domain.RecordStateException.class).hasMessageContaining("2 of them");

            for (int i = 0; i < 3; i++) {
                long id = ids.get(i);
                vn.govca.db.domain.IssuanceRecord r = db.inTransaction(em ->
                        new IssuanceRecordRepository(em).findByCertificateId(id).orElseThrow());
                assertThat(r.state()).as("certificate %d", id).isEqualTo(i < 2
                        ? vn.govca.db.domain.IssuanceState.SIGNED : vn.govca.db.domain.IssuanceState.RESERVED);
                if (i < 2) {
                    assertThat(r.completedAt()).isEqualTo(signedAt);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void revoke_committed_persistsReasonAndTimesExactly(DatabaseKind kind) {
        Instant revokedAt = Instant.parse("2041-07-01T12:00:00.000001Z");
        Instant compromisedAt = Instant.parse("2041-06-30T00:00:00Z");
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            long id = db.inTransaction(em -> {
                CertificateRecord c = new CertificateRepository(em).reserve(Samples.reservation(caId, "1", "A"));
                byte[] der = {1, 2, 3};
                c.markSigned(der, Sha256Hex.digestOf(der), Samples.T0);
                return c.id();
            });

            db.runInTransaction(em ->
                    new CertificateRepository(em).findById(id).orElseThrow().revoke(1, revokedAt, compromisedAt));

            CertificateRecord found = db.inTransaction(em -> new CertificateRepository(em).findById(id).orElseThrow());
            assertThat(found.status()).isEqualTo(CertificateStatus.REVOKED);
            assertThat(found.revocationReason()).isEqualTo(1);
            assertThat(found.revocationTime()).isEqualTo(revokedAt);
            assertThat(found.invalidityDate()).isEqualTo(compromisedAt);
        }
    }

    /** Times are stored as UTC wall time, beyond 2038, whatever the JVM's zone (tests run in UTC+7). */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void reserve_farFutureNotAfter_isStoredAsUtcWallTime(DatabaseKind kind) throws Exception {
        Instant notAfter = Instant.parse("9999-12-31T23:59:59Z");
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            db.runInTransaction(em -> new CertificateRepository(em).reserve(CertificateRecord.reserve(caId,
                    SerialHex.of("5"), "CN=Root", "Root", "root-ca", Samples.T0, notAfter, Samples.T0)));

            try (Connection c = db.database().connect();
                 PreparedStatement ps = c.prepareStatement("SELECT not_before, not_after FROM certificate")) {
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getObject(1, LocalDateTime.class))
                            .isEqualTo(LocalDateTime.ofInstant(Samples.T0, ZoneOffset.UTC));
                    assertThat(rs.getObject(2, LocalDateTime.class)).isEqualTo(LocalDateTime.of(9999, 12, 31, 23, 59, 59));
                }
            }
            CertificateRecord found = db.inTransaction(em ->
                    new CertificateRepository(em).findBySerial(caId, SerialHex.of("5")).orElseThrow());
            assertThat(found.notAfter()).isEqualTo(notAfter);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void changedAfter_someRowsMovedPastWatermark_returnsOnlyThoseOfTheCaOldestFirstWithinLimit(DatabaseKind kind) {
        Instant revokedAt = Samples.T0.plusSeconds(60);
        Instant heldAt = Samples.T0.plusSeconds(30);
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            long otherCa = db.inTransaction(em -> Samples.addActiveCa(em, "ca-2"));
            db.runInTransaction(em -> {
                CertificateRepository repo = new CertificateRepository(em);
                for (String serial : new String[] {"a1", "a2", "a3"}) {
                    byte[] der = serial.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    repo.reserve(Samples.reservation(caId, serial, serial))
                            .markSigned(der, Sha256Hex.digestOf(der), Samples.T0);
                }
                repo.reserve(Samples.reservation(otherCa, "b1", "b1"))
                        .markSigned(new byte[] {2}, Sha256Hex.digestOf(new byte[] {2}), Samples.T0);
            });
            db.runInTransaction(em -> {
                CertificateRepository repo = new CertificateRepository(em);
                repo.findBySerial(caId, SerialHex.of("a3")).orElseThrow().revoke(1, revokedAt, null);
                repo.findBySerial(caId, SerialHex.of("a1")).orElseThrow().revoke(4, heldAt, null);
                repo.findBySerial(otherCa, SerialHex.of("b1")).orElseThrow().revoke(1, revokedAt, null);
            });

            var all = db.inTransaction(em -> new CertificateRepository(em).changedAfter(caId, Samples.T0, 100));
            var first = db.inTransaction(em -> new CertificateRepository(em).changedAfter(caId, Samples.T0, 1));
            var none = db.inTransaction(em -> new CertificateRepository(em).changedAfter(caId, revokedAt, 100));

            assertThat(all).containsExactly(new CertificateRepository.Change(caId, "a1", heldAt),
                    new CertificateRepository.Change(caId, "a3", revokedAt));
            assertThat(first).containsExactly(new CertificateRepository.Change(caId, "a1", heldAt));
            assertThat(none).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void changedAfter_limitOutOfRange_throwsIllegalArgument(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            assertThatThrownBy(() -> db.runInTransaction(em ->
                    new CertificateRepository(em).changedAfter(1, Samples.T0, 0)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
