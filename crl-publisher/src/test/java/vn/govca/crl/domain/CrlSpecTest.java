package vn.govca.crl.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.govca.crl.testing.CrlFixture;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;

class CrlSpecTest {

    private static final URI DELTA_URL = URI.create("http://pki.govca.test/crl/nha-nuoc-g2-delta.crl");
    private static CrlFixture ca;

    @BeforeAll
    static void issuer() {
        ca = CrlFixture.create(KeySpec.EC_P256);
    }

    @Test
    void full_validParts_kept() {
        CrlSpec spec = ca.full(7).freshestCrl(DELTA_URL).build();

        assertThat(spec.isDelta()).isFalse();
        assertThat(spec.crlNumber()).isEqualTo(7);
        assertThat(spec.baseCrlNumber()).isEmpty();
        assertThat(spec.freshestCrl()).contains(DELTA_URL);
        assertThat(spec.thisUpdate()).isEqualTo(CrlFixture.THIS_UPDATE);
    }

    @Test
    void delta_baseBelowNumber_kept() {
        CrlSpec spec = ca.delta(9, 7).build();

        assertThat(spec.isDelta()).isTrue();
        assertThat(spec.baseCrlNumber()).contains(BigInteger.valueOf(7));
    }

    @Test
    void build_nextUpdateNotAfterThisUpdate_malformed() {
        Instant t = CrlFixture.THIS_UPDATE;

        assertMalformed(() -> CrlSpec.full(ca.issuer, BigInteger.ONE, t, t.plusMillis(500)).build());
        assertMalformed(() -> CrlSpec.full(ca.issuer, BigInteger.ONE, t, t.minusSeconds(1)).build());
    }

    @Test
    void build_crlNumberZeroOrOver20Octets_malformed() {
        Instant t = CrlFixture.THIS_UPDATE;

        assertMalformed(() -> ca.full(0).build());
        assertMalformed(() -> CrlSpec.full(ca.issuer, BigInteger.ONE.shiftLeft(159), t, t.plusSeconds(60)).build());
    }

    @Test
    void build_deltaBaseNotBelowNumber_malformed() {
        assertMalformed(() -> ca.delta(5, 5).build());
        assertMalformed(() -> ca.delta(5, 6).build());
        assertMalformed(() -> ca.delta(5, 0).build());
    }

    @Test
    void build_deltaWithFreshestCrl_malformed() {
        assertMalformed(() -> ca.delta(5, 4).freshestCrl(DELTA_URL).build());
    }

    @Test
    void build_relativeOrFileUrl_malformed() {
        assertMalformed(() -> ca.full(1).freshestCrl(URI.create("/crl/x.crl")).build());
        assertMalformed(() -> ca.full(1).issuingDistributionPoint(URI.create("file:///etc/passwd")).build());
    }

    @Test
    void build_expiredCertsOnCrlAfterThisUpdate_malformed() {
        assertMalformed(() -> ca.full(1).expiredCertsOnCrl(CrlFixture.THIS_UPDATE.plusSeconds(1)).build());
        assertThat(ca.full(1).expiredCertsOnCrl(CrlFixture.THIS_UPDATE).build().expiredCertsOnCrl())
                .contains(CrlFixture.THIS_UPDATE);
    }

    private static void assertMalformed(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(GovCaException.Category.MALFORMED));
    }
}
