package vn.govca.crl.domain;

import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The narrow interface through which the CRL publisher reads revoked certificates (STYLE "A
 * consumer sees a narrow interface"): a source pushes the entries of one CRL, one at a time, so
 * that a database cursor can feed a CRL of millions of entries without anything holding them all
 * (DESIGN "Scale").
 *
 * <p>A source hands each serial at most once per call (duplicates would be listed twice), in any
 * order. Failures (e.g. {@code GovCaException} UNAVAILABLE from the database) propagate to the
 * writer, which then abandons the CRL.
 */
@FunctionalInterface
public interface RevokedEntrySource {

    /** Passes every entry of the CRL to {@code sink}, in the calling thread, then returns. */
    void forEachEntry(Consumer<? super RevokedEntry> sink);

    /** A source over an iterable (each call iterates anew). */
    static RevokedEntrySource of(Iterable<RevokedEntry> entries) {
        Objects.requireNonNull(entries);
        return entries::forEach;
    }

    /** A single-use source over an iterator (a second call sees no entries). */
    static RevokedEntrySource of(Iterator<RevokedEntry> entries) {
        Objects.requireNonNull(entries);
        return entries::forEachRemaining;
    }
}
