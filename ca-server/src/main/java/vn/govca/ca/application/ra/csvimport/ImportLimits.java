package vn.govca.ca.application.ra.csvimport;

/**
 * Bounds on one bulk-import upload, so that a mistaken or hostile file is refused early
 * (TOO_LARGE) instead of filling memory: the file size in bytes, the number of data rows (the
 * header not counted) and the length of one field.
 *
 * @param maxBytes       largest accepted file, default 10 MiB
 * @param maxRows        most data rows, default 10,000
 * @param maxFieldLength longest field in characters, default 1,000
 */
public record ImportLimits(long maxBytes, int maxRows, int maxFieldLength) {

    /** 10 MiB, 10,000 rows, 1,000 characters per field. */
    public static final ImportLimits DEFAULT = new ImportLimits(10L * 1024 * 1024, 10_000, 1_000);

    public ImportLimits {
        if (maxBytes < 1 || maxRows < 1 || maxFieldLength < 1) {
            throw new IllegalArgumentException("import limits must be positive: " + maxBytes + ", " + maxRows
                    + ", " + maxFieldLength);
        }
    }
}
