package vn.govca.ca.application.ra.csvimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The template a subscriber manager downloads to start a bulk import: UTF-8 with a byte-order
 * mark (so that Excel shows the Vietnamese right), the header row with every column in its
 * Vietnamese name, and one example row for each kind of subscriber. The template itself imports
 * without error (tested), so a manager can edit the examples instead of reading a manual.
 */
public final class ImportTemplate {

    /** The file name offered for the download. */
    public static final String FILE_NAME = "mau_nhap_thue_bao.csv";

    /** The agency id written in the examples when none is given. */
    public static final String DEFAULT_AGENCY = "1";

    private static final String AGENCY_PLACEHOLDER = "{agency}";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final List<Map<ImportColumn, String>> EXAMPLES = List.of(
            Map.ofEntries(
                    Map.entry(ImportColumn.KIND, "cá nhân"),
                    Map.entry(ImportColumn.AGENCY, AGENCY_PLACEHOLDER),
                    Map.entry(ImportColumn.PROFILE, "personal"),
                    Map.entry(ImportColumn.RECIPIENT, "Nguyễn Thị Hương"),
                    Map.entry(ImportColumn.EMAIL, "huongnt@sonla.gov.vn"),
                    Map.entry(ImportColumn.FULL_NAME, "Nguyễn Thị Hương"),
                    Map.entry(ImportColumn.DATE_OF_BIRTH, "15/03/1990"),
                    Map.entry(ImportColumn.ID_TYPE, "CCCD"),
                    Map.entry(ImportColumn.ID_NUMBER, "014190012345"),
                    Map.entry(ImportColumn.ID_ISSUE_DATE, "10/08/2021"),
                    Map.entry(ImportColumn.ID_ISSUE_PLACE, "Cục Cảnh sát quản lý hành chính về trật tự xã hội"),
                    Map.entry(ImportColumn.MOBILE, "0912 345 678"),
                    Map.entry(ImportColumn.POSITION, "Chuyên viên Văn phòng UBND tỉnh")),
            Map.of(
                    ImportColumn.KIND, "tổ chức",
                    ImportColumn.AGENCY, AGENCY_PLACEHOLDER,
                    ImportColumn.PROFILE, "organization",
                    ImportColumn.RECIPIENT, "Lò Văn Minh",
                    ImportColumn.EMAIL, "stc@sonla.gov.vn",
                    ImportColumn.ORGANIZATION_NAME, "Sở Tài chính tỉnh Sơn La",
                    ImportColumn.ADDRESS, "Số 5, đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La",
                    ImportColumn.TAX_CODE, "0100109106",
                    ImportColumn.BUDGET_CODE, "1051234"),
            Map.of(
                    ImportColumn.KIND, "thiết bị",
                    ImportColumn.AGENCY, AGENCY_PLACEHOLDER,
                    ImportColumn.PROFILE, "tls-server",
                    ImportColumn.RECIPIENT, "Đặng Quốc Việt",
                    ImportColumn.EMAIL, "cntt@sonla.gov.vn",
                    ImportColumn.DEVICE_NAME, "Cổng dịch vụ công tỉnh Sơn La",
                    ImportColumn.HOST_NAMES, "dichvucong.sonla.gov.vn; www.dichvucong.sonla.gov.vn"));

    private ImportTemplate() {
    }

    /** The template file's bytes, the examples naming agency {@value #DEFAULT_AGENCY}. */
    public static byte[] bytes() {
        return bytes(DEFAULT_AGENCY);
    }

    /**
     * The template file's bytes, the examples naming {@code agencyId} (e.g. the downloading
     * manager's own agency, so that the examples import as they stand).
     */
    public static byte[] bytes(String agencyId) {
        Objects.requireNonNull(agencyId, "agencyId");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            CsvFormat.writeRecord(writer, Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList());
            for (Map<ImportColumn, String> example : EXAMPLES) {
                CsvFormat.writeRecord(writer, Arrays.stream(ImportColumn.values())
                        .map(c -> example.getOrDefault(c, "").replace(AGENCY_PLACEHOLDER, agencyId)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
