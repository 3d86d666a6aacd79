package vn.govca.ca.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

/** RFC 9457 problem bodies: one type URI and one status per error category. */
class ProblemTest {

    @ParameterizedTest
    @EnumSource(Category.class)
    void of_eachCategory_typeStatusAndCategoryFromCategory(Category category) {
        Problem p = Problem.of(new GovCaException(category, "validity 1900 days exceeds profile maximum 1826 days"));

        assertThat(p.status()).isEqualTo(category.httpStatus());
        assertThat(p.category()).isEqualTo(category.name());
        assertThat(p.type()).isEqualTo(Problem.typeUri(category).toString())
                .startsWith("urn:govca:problem:")
                .doesNotContain("_");
        assertThat(p.title()).isNotBlank();
        assertThat(p.detail()).isEqualTo("validity 1900 days exceeds profile maximum 1826 days");
    }

    @Test
    void of_distinctCategories_distinctTypes() {
        assertThat(Arrays.stream(Category.values()).map(c -> Problem.of(c, "x").type()).distinct())
                .hasSize(Category.values().length);
    }

    @Test
    void of_policyViolation_hyphenatedTypeUri() {
        assertThat(Problem.of(Category.POLICY_VIOLATION, "refused").type())
                .isEqualTo("urn:govca:problem:policy-violation");
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void toResponse_eachCategory_statusAndProblemJson(Category category) {
        Problem p = Problem.of(category, "detail");

        Response r = p.toResponse();

        assertThat(r.getStatus()).isEqualTo(category.httpStatus());
        assertThat(r.getMediaType()).isEqualTo(MediaType.valueOf("application/problem+json"));
        assertThat(r.getEntity()).isEqualTo(p);
    }
}
