package vn.govca.dist.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

/**
 * Checks an error answer against DESIGN invariant 7: an RFC 9457 {@code application/problem+json}
 * body with type, title, status and detail, GovCA's {@code category}, and no stack trace or
 * exception class in it.
 */
public final class ProblemAssert {

    private ProblemAssert() {
    }

    /** Asserts the status, the media type and the category; returns the problem body. */
    public static JsonObject assertProblem(ApiResponse r, int status, String category) {
        assertThat(r.status()).as("status of %s", r).isEqualTo(status);
        assertThat(r.contentType()).as("content type of %s", r).startsWith("application/problem+json");
        JsonObject p = r.json();
        assertThat(p.getString("category", null)).as("category of %s", r).isEqualTo(category);
        assertThat(p.getInt("status", -1)).as("status member of %s", r).isEqualTo(status);
        assertThat(p.getString("type", "")).as("type of %s", r).isNotBlank();
        assertThat(p.getString("title", "")).as("title of %s", r).isNotBlank();
        assertThat(p.getString("detail", "")).as("detail of %s", r).isNotBlank();
        assertThat(r.text()).as("body of %s", r).doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("vn.govca.");
        return p;
    }
}
