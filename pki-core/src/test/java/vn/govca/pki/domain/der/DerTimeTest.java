package vn.govca.pki.domain.der;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Time;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DerTimeTest {

    @ParameterizedTest
    @CsvSource({
        "1950-01-01T00:00:00Z, 23, 500101000000Z",
        "2025-03-01T02:03:04Z, 23, 250301020304Z",
        "2049-12-31T23:59:59Z, 23, 491231235959Z",
        "2050-01-01T00:00:00Z, 24, 20500101000000Z",
        "1949-12-31T23:59:59Z, 24, 19491231235959Z",
        "9999-12-31T23:59:59Z, 24, 99991231235959Z",
    })
    void time_rfc5280Boundaries_utcTimeThrough2049(String instant, int tag, String text) {
        byte[] der = DerTime.time(Instant.parse(instant));

        assertThat(der[0]).isEqualTo((byte) tag);
        assertThat(der[1]).isEqualTo((byte) text.length());
        assertThat(new String(Arrays.copyOfRange(der, 2, der.length), StandardCharsets.US_ASCII)).isEqualTo(text);
    }

    @Test
    void time_sameAsBouncyCastleTime() throws Exception {
        for (String s : new String[] {"2025-03-01T02:03:04Z", "2049-06-30T12:00:00Z", "2051-01-02T03:04:05Z"}) {
            Instant t = Instant.parse(s);

            assertThat(DerTime.time(t)).isEqualTo(new Time(Date.from(t)).toASN1Primitive().getEncoded());
        }
    }

    @Test
    void time_fraction_dropped() {
        assertThat(DerTime.time(Instant.parse("2025-03-01T02:03:04.999Z")))
                .isEqualTo(DerTime.time(Instant.parse("2025-03-01T02:03:04Z")));
    }

    @Test
    void generalizedTime_2025_parsesAsSameInstant() throws Exception {
        Instant t = Instant.parse("2025-03-01T02:03:04Z");

        ASN1GeneralizedTime g = ASN1GeneralizedTime.getInstance(ASN1Primitive.fromByteArray(DerTime.generalizedTime(t)));

        assertThat(g.getTimeString()).isEqualTo("20250301020304Z");
        assertThat(g.getDate().toInstant()).isEqualTo(t);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2026-12-06T19:05:09Z", "1970-01-01T00:00:00Z",
        "2049-12-31T23:59:59Z", "1950-02-03T04:05:06Z"})
    void generalizedTime_sameAsBouncyCastle(String time) throws Exception {
        Instant t = Instant.parse(time);
        byte[] bc = new org.bouncycastle.asn1.DERGeneralizedTime(Date.from(t)).getEncoded();

        assertThat(DerTime.generalizedTime(t)).isEqualTo(bc);
    }
}
