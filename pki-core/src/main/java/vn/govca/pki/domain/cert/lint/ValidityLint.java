package vn.govca.pki.domain.cert.lint;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.x509.Time;

/**
 * RFC 5280 §4.1.2.5: notBefore precedes notAfter; dates through 2049 as UTCTime and from 2050 as
 * GeneralizedTime; the validity period (inclusive of both ends) does not exceed the profile's
 * maximum (Decree 68/2024 Art. 9 caps); the certificate is not backdated by more than
 * {@value #MAX_BACKDATE_MINUTES} minutes before the signing time.
 */
public final class ValidityLint implements Lint {

    static final int MAX_BACKDATE_MINUTES = 60;
    private static final int FIRST_GENERALIZED_YEAR = 2050;

    @Override
    public String reference() {
        return "RFC 5280 §4.1.2.5; Decree 68/2024 Art. 9 (profile maxValidityDays)";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        encoding("notBefore", t.notBefore(), out);
        encoding("notAfter", t.notAfter(), out);
        Instant from = t.notBefore().getDate().toInstant();
        Instant to = t.notAfter().getDate().toInstant();
        if (!from.isBefore(to)) {
            out.add("notBefore " + from + " is not before notAfter " + to);
            return out;
        }
        Duration period = Duration.between(from, to).plusSeconds(1);
        Duration max = Duration.ofDays(t.profile().maxValidityDays());
        if (period.compareTo(max) > 0) {
            out.add("validity " + describe(period) + " exceeds profile " + t.profile().name()
                    + " maximum " + t.profile().maxValidityDays() + " days");
        }
        if (from.isBefore(t.now().minus(Duration.ofMinutes(MAX_BACKDATE_MINUTES)))) {
            out.add("notBefore " + from + " is backdated more than " + MAX_BACKDATE_MINUTES
                    + " minutes before the signing time " + t.now());
        }
        return out;
    }

    private static String describe(Duration period) {
        long days = period.toDays();
        long rest = period.minusDays(days).toSeconds();
        return rest == 0 ? days + " days" : days + " days " + rest + " s";
    }

    private static void encoding(String field, Time time, List<String> out) {
        int year = time.getDate().toInstant().atZone(ZoneOffset.UTC).getYear();
        boolean utc = time.toASN1Primitive() instanceof ASN1UTCTime;
        boolean generalized = time.toASN1Primitive() instanceof ASN1GeneralizedTime;
        if (year < FIRST_GENERALIZED_YEAR && !utc) {
            out.add(field + " in " + year + " must be encoded as UTCTime");
        } else if (year >= FIRST_GENERALIZED_YEAR && !generalized) {
            out.add(field + " in " + year + " must be encoded as GeneralizedTime");
        }
    }
}
