package vn.govca.ca.infrastructure.crl;

import java.math.BigInteger;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a published CRL file says about itself — CRL number (RFC 5280 §5.2.3), base CRL number of
 * a delta (§5.2.4), thisUpdate and nextUpdate (§5.1.2.4-5) — with its length and SHA-256, and the
 * identity of the file it was read from (file key, size, modification time), so that a cached
 * description is never applied to a file that has since been replaced.
 */
public record CrlFileInfo(BigInteger crlNumber, BigInteger baseCrlNumber, Instant thisUpdate, Instant nextUpdate,
                          long length, String sha256, Object fileKey, FileTime lastModified) {

    public CrlFileInfo {
        Objects.requireNonNull(crlNumber, "crlNumber");
        Objects.requireNonNull(thisUpdate, "thisUpdate");
        Objects.requireNonNull(nextUpdate, "nextUpdate");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /** Whether this describes the file with attributes {@code a} (same file, size and modification time). */
    public boolean describes(BasicFileAttributes a) {
        return Objects.equals(fileKey, a.fileKey()) && length == a.size() && lastModified.equals(a.lastModifiedTime());
    }

    public boolean isDelta() {
        return baseCrlNumber != null;
    }

    public Optional<BigInteger> base() {
        return Optional.ofNullable(baseCrlNumber);
    }
}
