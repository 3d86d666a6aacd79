package vn.govca.pki.infrastructure.token;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import vn.govca.pki.domain.GovCaException;

/**
 * A password-protected PKCS#12 file (RFC 7292) read whole and replaced atomically: the new
 * content goes to a temporary file in the same directory (mode 0600 where the file system is
 * POSIX), is forced to disk and renamed over the old one, so a crash leaves either the old or the
 * new key store, never a torn one.
 */
final class Pkcs12File {

    private static final String TYPE = "PKCS12";
    private static final String JDK_PROVIDER = "SUN";

    private final String tokenName;
    private final Path file;

    Pkcs12File(String tokenName, Path file) {
        this.tokenName = tokenName;
        this.file = file.toAbsolutePath().normalize();
    }

    Path path() {
        return file;
    }

    /**
     * Loads the key store, or creates and writes an empty one when the file does not exist.
     *
     * @throws GovCaException UNAVAILABLE for a wrong password or an unreadable/corrupt file
     */
    KeyStore loadOrCreate(char[] password) {
        KeyStore store = newStore();
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
            return store;
        } catch (NoSuchFileException e) {
            return create(password);
        } catch (IOException | GeneralSecurityException e) {
            throw unreadable(e);
        }
    }

    /**
     * Replaces the file with {@code store}.
     *
     * @throws GovCaException UNAVAILABLE if the file cannot be written
     */
    void write(KeyStore store, char[] password) {
        byte[] content;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            content = out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw GovCaException.internal("soft token '" + tokenName + "': cannot encode the key store", e);
        }
        Path dir = file.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir, ownerOnly(dir, "rwx------"));
            tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp", ownerOnly(dir, "rw-------"));
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            move(tmp);
            tmp = null;
            syncDirectory(dir);
        } catch (IOException e) {
            throw GovCaException.unavailable("soft token '" + tokenName + "': cannot write key store "
                    + file + ": " + e, e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private KeyStore create(char[] password) {
        KeyStore store = newStore();
        try {
            store.load(null, password);
        } catch (IOException | GeneralSecurityException e) {
            throw GovCaException.internal("soft token '" + tokenName + "': cannot create a key store", e);
        }
        if (Files.exists(file)) {
            throw GovCaException.unavailable("soft token '" + tokenName + "': key store " + file
                    + " appeared while it was being created", new FileAlreadyExistsException(file.toString()));
        }
        write(store, password);
        return store;
    }

    private KeyStore newStore() {
        try {
            return KeyStore.getInstance(TYPE, JDK_PROVIDER);
        } catch (GeneralSecurityException e) {
            throw GovCaException.internal("the JDK provides no PKCS12 key store", e);
        }
    }

    private GovCaException unreadable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnrecoverableKeyException) {
                return GovCaException.unavailable("soft token '" + tokenName
                        + "': wrong password for key store " + file, e);
            }
        }
        return GovCaException.unavailable("soft token '" + tokenName + "': cannot read key store " + file
                + ": " + JcaCryptoToken.rootMessage(e), e);
    }

    private void move(Path tmp) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncDirectory(Path dir) {
        // Makes the rename durable on POSIX systems; file systems that cannot open a directory
        // (Windows) persist renames on their own.
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            System.getLogger(Pkcs12File.class.getName()).log(System.Logger.Level.DEBUG,
                    "cannot sync directory " + dir, e);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            System.getLogger(Pkcs12File.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot delete temporary key store " + tmp, e);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path dir, String perms) {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        boolean posix = existing != null
                && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(perms))}
                : new FileAttribute<?>[0];
    }
}
