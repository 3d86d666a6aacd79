package vn.govca.ca.application.ra.csvimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

/**
 * Decodes an upload as strict UTF-8 (RFC 3629), refusing instead of replacing: a file saved by
 * Excel as "CSV" in a Windows-1258 or Latin-1 code page would otherwise turn every Vietnamese
 * letter into U+FFFD and import garbled names. The error names the first bad byte and its
 * offset. A leading UTF-8 byte-order mark (what Excel's "CSV UTF-8" writes) is skipped. The
 * reader counts bytes and refuses a file longer than the limit (TOO_LARGE) without reading on.
 */
final class StrictUtf8Reader extends Reader {

    private static final int BUFFER = 8192;

    private final InputStream in;
    private final long maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    /** Offset in the file of {@code bytes}' position 0. */
    private long bufferStart;
    private long bytesRead;
    private boolean started;
    private boolean endOfInput;
    private boolean flushed;

    StrictUtf8Reader(InputStream in, long maxBytes) {
        this.in = Objects.requireNonNull(in, "in");
        this.maxBytes = maxBytes;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            decodeMore();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    /** Decodes at least one more char into {@code chars}, or reaches the end. */
    private void decodeMore() throws IOException {
        chars.clear();
        if (!endOfInput && bytes.remaining() < 4) {
            fill();
        }
        int consumedBefore = bytes.position();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
            long offset = bufferStart + bytes.position();
            int bad = bytes.get(bytes.position()) & 0xFF;
            throw new GovCaException(Category.MALFORMED, String.format("the file is not UTF-8 (byte 0x%02X"
                    + " at offset %d); save it as \"CSV UTF-8\" (in Excel: Save As, CSV UTF-8 (Comma"
                    + " delimited)) and upload it again", bad, offset));
        }
        if (endOfInput && !bytes.hasRemaining() && result.isUnderflow()) {
            decoder.flush(chars);
            flushed = true;
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        if (!chars.hasRemaining() && bytes.position() == consumedBefore && !endOfInput && !flushed) {
            fill();
        }
    }

    private void fill() throws IOException {
        bufferStart += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
            bytesRead += n;
            if (bytesRead > maxBytes) {
                throw new GovCaException(Category.TOO_LARGE, "the file is larger than the limit of "
                        + maxBytes + " bytes (" + maxBytes / (1024 * 1024) + " MiB); split it into smaller files");
            }
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
