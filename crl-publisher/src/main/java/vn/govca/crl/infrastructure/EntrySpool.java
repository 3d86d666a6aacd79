package vn.govca.crl.infrastructure;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.govca.crl.domain.CrlEntryEncoder;
import vn.govca.crl.domain.RevokedEntry;

/**
 * The encoded revokedCertificates of one CRL, spooled to a temporary file (mode 0600 on POSIX)
 * in one pass over the source, so that their count and total length — which the TBSCertList's
 * length octets need before any entry — are known without holding the entries in memory. The
 * file is deleted by {@link #close()}.
 */
final class EntrySpool implements AutoCloseable {

    static final int BUFFER = 1 << 16;

    private final Path file;
    private final OutputStream out;
    private final CrlEntryEncoder encoder;
    private long count;
    private long length;
    private boolean sealed;

    EntrySpool(Path directory, boolean delta) throws IOException {
        this.file = Files.createTempFile(directory, "crl-entries-", ".der");
        try {
            this.out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        this.encoder = new CrlEntryEncoder(delta);
    }

    /** Encodes and appends one entry. */
    void add(RevokedEntry entry) {
        if (sealed) {
            throw new IllegalStateException("spool is sealed");
        }
        byte[] der = encoder.encode(entry);
        try {
            out.write(der);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
        length += der.length;
    }

    /** Flushes the file; no entry may be added afterwards. */
    void seal() throws IOException {
        sealed = true;
        out.close();
    }

    long count() {
        return count;
    }

    long length() {
        return length;
    }

    /** A new stream over the spooled entries (after {@link #seal()}). */
    InputStream read() throws IOException {
        if (!sealed) {
            throw new IllegalStateException("spool is not sealed");
        }
        return Files.newInputStream(file);
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
