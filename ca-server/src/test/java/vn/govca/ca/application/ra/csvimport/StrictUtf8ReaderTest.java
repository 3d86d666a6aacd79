package vn.govca.ca.application.ra.csvimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class StrictUtf8ReaderTest {

    private static final String VIETNAMESE = "Nguyễn Thị Hương, Đặng Quốc Việt, Sở Tài chính tỉnh Sơn La 𠀀";

    private static String readAll(InputStream in, long max) throws IOException {
        try (Reader reader = new StrictUtf8Reader(in, max)) {
            StringWriter out = new StringWriter();
            reader.transferTo(out);
            return out.toString();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void read_vietnameseUtf8_decoded() throws IOException {
        assertThat(readAll(new ByteArrayInputStream(utf8(VIETNAMESE)), 1000)).isEqualTo(VIETNAMESE);
    }

    @Test
    void read_oneByteAtATime_multibyteCharactersReassembled() throws IOException {
        String text = VIETNAMESE.repeat(500);

        assertThat(readAll(new OneByteStream(utf8(text)), 1_000_000)).isEqualTo(text);
    }

    @Test
    void read_byteOrderMark_skipped() throws IOException {
        byte[] withBom = utf8("\uFEFFloai_thue_bao");

        assertThat(readAll(new ByteArrayInputStream(withBom), 1000)).isEqualTo("loai_thue_bao");
    }

    @Test
    void read_windows1258Bytes_malformedNamingByteAndOffset() {
        // "Nguyễn" as Excel writes it in the Vietnamese ANSI code page (windows-1258): ê = 0xEA, then
        // the combining tilde 0xDE.
        byte[] ansi = {'h', 'o', '_', 't', 'e', 'n', '\r', '\n', 'N', 'g', 'u', 'y', (byte) 0xEA, (byte) 0xDE, 'n'};

        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(ansi), 1000))
                .isInstanceOfSatisfying(GovCaException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.MALFORMED);
                    assertThat(e.getMessage()).contains("0xEA").contains("offset 12");
                });
    }

    @Test
    void read_latin1Bytes_malformed() {
        byte[] latin1 = "Hà Nội".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(latin1), 1000))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @Test
    void read_badByteAfterManyBuffers_offsetCounted() {
        byte[] good = utf8("a".repeat(20_000));
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC0;

        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(bytes), 100_000))
                .isInstanceOfSatisfying(GovCaException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.MALFORMED);
                    assertThat(e.getMessage()).contains("offset 20000");
                });
    }

    @Test
    void read_truncatedSequenceAtEnd_malformed() {
        byte[] ok = utf8("Hà");
        byte[] cut = {ok[0], ok[1]};

        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(cut), 1000))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @Test
    void read_overlongEncoding_malformed() {
        byte[] overlong = {'a', (byte) 0xC0, (byte) 0xAF};

        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(overlong), 1000))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @Test
    void read_overByteLimit_tooLarge() {
        byte[] big = utf8("x".repeat(50_000));

        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(big), 40_000))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.TOO_LARGE));
    }

    @Test
    void read_exactlyAtByteLimit_accepted() throws IOException {
        assertThat(readAll(new ByteArrayInputStream(utf8("x".repeat(9000))), 9000)).hasSize(9000);
    }

    /** Hands out one byte per read, like a slow network upload. */
    private static final class OneByteStream extends FilterInputStream {

        OneByteStream(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1));
        }
    }
}
