package vn.govca.ocsp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import vn.govca.ocsp.domain.CaRef;
import vn.govca.ocsp.domain.CertIdHashAlgorithm;
import vn.govca.ocsp.domain.ResponderCredential;
import vn.govca.ocsp.testing.OcspTestPki;
import vn.govca.pki.domain.cert.SerialNumber;

class PreProducedResponsesTest {

    private static final CaRef CA = new CaRef(2, "nha-nuoc-g2");
    private static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");

    private final ResponderCredential credential = OcspTestPki.create().credential;

    private static PreProducedResponses.Key key(long serial, CertIdHashAlgorithm alg, boolean absent) {
        return new PreProducedResponses.Key(CA.id(), BigInteger.valueOf(serial), alg, absent);
    }

    private ProducedResponse response(Instant producedAt) {
        return new ProducedResponse(new byte[] {1}, producedAt, producedAt, producedAt.plus(Duration.ofHours(4)),
                "\"e\"", credential.serial());
    }

    @Test
    void key_equalOnlyWhenEveryPartIsEqual() {
        var k = key(7, CertIdHashAlgorithm.SHA1, false);
        var same = new PreProducedResponses.Key(CA.id(), new BigInteger("7"), CertIdHashAlgorithm.SHA1, false);

        assertThat(same).isEqualTo(k).hasSameHashCodeAs(k);
        assertThat(key(8, CertIdHashAlgorithm.SHA1, false)).isNotEqualTo(k);
        assertThat(key(7, CertIdHashAlgorithm.SHA256, false)).isNotEqualTo(k);
        assertThat(key(7, CertIdHashAlgorithm.SHA1, true)).isNotEqualTo(k);
        assertThat(new PreProducedResponses.Key(CA.id() + 1, BigInteger.valueOf(7), CertIdHashAlgorithm.SHA1, false))
                .isNotEqualTo(k);
        assertThat(k).isNotEqualTo(null).isNotEqualTo("7");
    }

    @Test
    void fresh_withinReuseWindow_hit() {
        PreProducedResponses cache = new PreProducedResponses(100, 10, Duration.ofHours(3));
        var k = key(1, CertIdHashAlgorithm.SHA1, false);
        ProducedResponse r = response(T0);

        assertThat(cache.store(k, r, false, cache.generation(k))).isTrue();

        assertThat(cache.fresh(k, credential, T0.plus(Duration.ofHours(3)).minusSeconds(1))).containsSame(r);
        assertThat(cache.fresh(k, credential, T0.plus(Duration.ofHours(3)))).isEmpty();
    }

    @Test
    void fresh_otherCredential_miss() {
        PreProducedResponses cache = new PreProducedResponses(100, 10, Duration.ofHours(3));
        var k = key(1, CertIdHashAlgorithm.SHA1, false);
        ProducedResponse old = new ProducedResponse(new byte[] {1}, T0, T0, T0.plusSeconds(3600), null,
                credential.serial().add(BigInteger.ONE));
        cache.store(k, old, false, cache.generation(k));

        assertThat(cache.fresh(k, credential, T0)).isEmpty();
    }

    @Test
    void store_invalidatedSinceGenerationRead_refused() {
        PreProducedResponses cache = new PreProducedResponses(100, 10, Duration.ofHours(3));
        var k = key(7, CertIdHashAlgorithm.SHA256, false);
        long generation = cache.generation(k);

        cache.invalidate(CA, new SerialNumber(BigInteger.valueOf(7)));

        assertThat(cache.store(k, response(T0), false, generation)).isFalse();
        assertThat(cache.fresh(k, credential, T0)).isEmpty();
    }

    @Test
    void invalidate_serial_dropsEveryVariantOnlyOfThatSerial() {
        PreProducedResponses cache = new PreProducedResponses(100, 10, Duration.ofHours(3));
        var a = key(7, CertIdHashAlgorithm.SHA1, false);
        var b = key(7, CertIdHashAlgorithm.SHA1, true);
        var c = key(7, CertIdHashAlgorithm.SHA256, false);
        var other = key(8, CertIdHashAlgorithm.SHA1, false);
        for (var k : new PreProducedResponses.Key[] {a, b, c, other}) {
            cache.store(k, response(T0), false, cache.generation(k));
        }

        cache.invalidate(CA, new SerialNumber(BigInteger.valueOf(7)));

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.fresh(other, credential, T0)).isPresent();
    }

    @Test
    void invalidate_ca_dropsAllOfThatCa() {
        PreProducedResponses cache = new PreProducedResponses(100, 10, Duration.ofHours(3));
        var k = key(7, CertIdHashAlgorithm.SHA1, false);
        var otherCa = new PreProducedResponses.Key(3, BigInteger.valueOf(7), CertIdHashAlgorithm.SHA1, false);
        cache.store(k, response(T0), false, cache.generation(k));
        cache.store(otherCa, response(T0), false, cache.generation(otherCa));

        cache.invalidate(CA);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.fresh(otherCa, credential, T0)).isPresent();
    }

    @Test
    void store_beyondCapacity_evictsOldestFirst() {
        PreProducedResponses cache = new PreProducedResponses(160, 16, Duration.ofHours(3));
        for (int i = 0; i < 1000; i++) {
            var k = key(i + 1, CertIdHashAlgorithm.SHA1, false);
            cache.store(k, response(T0), false, cache.generation(k));
        }

        assertThat(cache.size()).isLessThanOrEqualTo(160);
        assertThat(cache.fresh(key(1000, CertIdHashAlgorithm.SHA1, false), credential, T0)).isPresent();
        assertThat(cache.fresh(key(1, CertIdHashAlgorithm.SHA1, false), credential, T0)).isEmpty();
    }

    @Test
    void store_beyondCapacity_entryReadSinceStoredGetsSecondChance() {
        PreProducedResponses cache = new PreProducedResponses(2, 16, Duration.ofHours(3));
        var read = key(1, CertIdHashAlgorithm.SHA1, false);
        var sameStripe = new ArrayList<PreProducedResponses.Key>();
        for (long serial = 2; sameStripe.size() < 2; serial++) {
            if (PreProducedResponses.segmentIndex(CA.id(), BigInteger.valueOf(serial))
                    == PreProducedResponses.segmentIndex(CA.id(), BigInteger.ONE)) {
                sameStripe.add(key(serial, CertIdHashAlgorithm.SHA1, false));
            }
        }
        var unread = sameStripe.get(0);
        var newest = sameStripe.get(1);
        cache.store(read, response(T0), false, cache.generation(read));
        cache.store(unread, response(T0), false, cache.generation(unread));
        assertThat(cache.fresh(read, credential, T0)).isPresent();

        cache.store(newest, response(T0), false, cache.generation(newest));

        assertThat(cache.fresh(read, credential, T0)).isPresent();
        assertThat(cache.fresh(unread, credential, T0)).isEmpty();
        assertThat(cache.fresh(newest, credential, T0)).isPresent();
    }

    @Test
    void store_asManyKeysAsCapacity_keepsEveryOne() {
        PreProducedResponses cache = new PreProducedResponses(100, 10, Duration.ofHours(3));
        for (int i = 1; i <= 100; i++) {
            var k = key(i, CertIdHashAlgorithm.SHA1, false);
            cache.store(k, response(T0), false, cache.generation(k));
        }

        assertThat(cache.size()).isEqualTo(100);
        for (int i = 1; i <= 100; i++) {
            assertThat(cache.fresh(key(i, CertIdHashAlgorithm.SHA1, false), credential, T0)).isPresent();
        }
    }

    @Test
    void fresh_pastNextUpdateWithinReuseWindow_miss() {
        PreProducedResponses cache = new PreProducedResponses(100, 10, Duration.ofHours(3));
        var k = key(1, CertIdHashAlgorithm.SHA1, false);
        ProducedResponse r = new ProducedResponse(new byte[] {1}, T0, T0, T0.plus(Duration.ofHours(1)), "\"e\"",
                credential.serial());
        cache.store(k, r, false, cache.generation(k));

        assertThat(cache.fresh(k, credential, T0.plus(Duration.ofHours(1)).minusSeconds(1))).containsSame(r);
        assertThat(cache.fresh(k, credential, T0.plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void store_sameKeysAgainAndAgain_staysBounded() {
        PreProducedResponses cache = new PreProducedResponses(16, 16, Duration.ofHours(3));
        for (int round = 0; round < 100; round++) {
            for (int i = 1; i <= 64; i++) {
                var k = key(i, CertIdHashAlgorithm.SHA1, false);
                cache.store(k, response(T0), false, cache.generation(k));
                if (i % 3 == 0) {
                    cache.invalidate(CA, new SerialNumber(BigInteger.valueOf(i)));
                }
            }
        }

        assertThat(cache.size()).isLessThanOrEqualTo(16);
    }

    @Test
    void store_neverIssuedFlood_keepsIssuedEntries() {
        PreProducedResponses cache = new PreProducedResponses(160, 16, Duration.ofHours(3));
        var issued = key(1, CertIdHashAlgorithm.SHA1, false);
        cache.store(issued, response(T0), false, cache.generation(issued));
        for (int i = 0; i < 1000; i++) {
            var k = key(1_000_000 + i, CertIdHashAlgorithm.SHA1, false);
            cache.store(k, response(T0), true, cache.generation(k));
        }

        assertThat(cache.fresh(issued, credential, T0)).isPresent();
        assertThat(cache.size()).isLessThanOrEqualTo(1 + 16);
    }
}
