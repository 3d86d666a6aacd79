package vn.govca.ca.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

/**
 * DESIGN invariant 7 at the REST edge: every error becomes an RFC 9457 problem+json body with the
 * category's status, and an internal fault never leaks its message. Runs on RESTEasy's
 * RuntimeDelegate (test scope), the JAX-RS implementation WildFly ships.
 */
class ExceptionMappersTest {

    private static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");
    private static final String SECRET = "SQLState 42S02: table GOVCA.ADMINISTRATOR missing at /var/govca/db";

    private final GovCaExceptionMapper govCa = new GovCaExceptionMapper();
    private final FallbackExceptionMapper fallback = new FallbackExceptionMapper();

    @ParameterizedTest
    @EnumSource(value = Category.class, mode = EnumSource.Mode.EXCLUDE, names = "INTERNAL")
    void govCaMapper_eachCategory_statusProblemJsonAndDetail(Category category) {
        Response r = govCa.toResponse(new GovCaException(category, "serial 01 is not known"));

        Problem p = problem(r, category.httpStatus());
        assertThat(p.category()).isEqualTo(category.name());
        assertThat(p.detail()).isEqualTo("serial 01 is not known");
    }

    @Test
    void govCaMapper_internal_500WithoutOriginalMessage() {
        Response r = govCa.toResponse(GovCaException.internal(SECRET, new SQLException(SECRET)));

        Problem p = problem(r, 500);
        assertThat(p.category()).isEqualTo(Category.INTERNAL.name());
        assertThat(p.detail()).doesNotContain("SQLState").doesNotContain("GOVCA").doesNotContain("/var/govca");
    }

    @Test
    void fallback_runtimeException_500WithoutOriginalMessage() {
        Response r = fallback.toResponse(new IllegalStateException(SECRET, new SQLException(SECRET)));

        Problem p = problem(r, 500);
        assertThat(p.category()).isEqualTo(Category.INTERNAL.name());
        assertThat(p.detail()).doesNotContain("SQLState").doesNotContain("GOVCA").doesNotContain("/var/govca");
    }

    @Test
    void fallback_error_500WithoutOriginalMessage() {
        Response r = fallback.toResponse(new StackOverflowError(SECRET));

        assertThat(problem(r, 500).detail()).doesNotContain("SQLState");
    }

    @Test
    void fallback_notFound_keeps404() {
        Response r = fallback.toResponse(new NotFoundException());

        assertThat(problem(r, 404).category()).isEqualTo(Category.NOT_FOUND.name());
    }

    @Test
    void fallback_notAuthorized_401Unauthenticated() {
        Response r = fallback.toResponse(new NotAuthorizedException("Bearer"));

        assertThat(problem(r, 401).category()).isEqualTo(Category.UNAUTHENTICATED.name());
    }

    @Test
    void fallback_forbidden_403Forbidden() {
        assertThat(problem(fallback.toResponse(new ForbiddenException()), 403).category())
                .isEqualTo(Category.FORBIDDEN.name());
    }

    @Test
    void fallback_notAllowed_405NamingAllowedMethods() {
        Response r = fallback.toResponse(new NotAllowedException("GET", new String[] {"POST"}));

        assertThat(problem(r, 405).detail()).contains("GET").contains("POST");
    }

    @Test
    void fallback_notSupported_415Malformed() {
        Response r = fallback.toResponse(new NotSupportedException());

        assertThat(problem(r, 415).category()).isEqualTo(Category.MALFORMED.name());
    }

    @Test
    void fallback_notAcceptable_keeps406() {
        problem(fallback.toResponse(new NotAcceptableException()), 406);
    }

    @Test
    void fallback_badRequest_400Malformed() {
        assertThat(problem(fallback.toResponse(new BadRequestException()), 400).category())
                .isEqualTo(Category.MALFORMED.name());
    }

    @Test
    void fallback_payloadTooLarge_413TooLarge() {
        Response r = fallback.toResponse(new WebApplicationException(413));

        assertThat(problem(r, 413).category()).isEqualTo(Category.TOO_LARGE.name());
    }

    @Test
    void fallback_serverErrorStatus_500WithoutOriginalMessage() {
        Response r = fallback.toResponse(new WebApplicationException(SECRET, 502));

        assertThat(problem(r, 500).detail()).doesNotContain("SQLState");
    }

    @Test
    void fallback_jsonbException_400Malformed() {
        Response r = fallback.toResponse(new JsonbException("Unable to deserialize property 'validityDays'"));

        assertThat(problem(r, 400).category()).isEqualTo(Category.MALFORMED.name());
    }

    @Test
    void fallback_jsonParsingException_400Malformed() {
        Response r = fallback.toResponse(parsingException("{\"subject\": "));

        assertThat(problem(r, 400).category()).isEqualTo(Category.MALFORMED.name());
    }

    @Test
    void fallback_processingWrappingJsonb_400Malformed() {
        Response r = fallback.toResponse(new ProcessingException(new JsonbException("bad")));

        assertThat(problem(r, 400).category()).isEqualTo(Category.MALFORMED.name());
    }

    @Test
    void fallback_multiLineJsonbMessage_detailKeepsFirstLineOnly() {
        Response r = fallback.toResponse(new JsonbException("bad token\n\tat org.eclipse.yasson.Internal"));

        assertThat(problem(r, 400).detail()).doesNotContain("\n").doesNotContain("yasson");
    }

    @Test
    void fallback_govCaException_sameAsGovCaMapper() {
        Response r = fallback.toResponse(GovCaException.conflict("a CA named 'Root' already exists"));

        assertThat(problem(r, 409).category()).isEqualTo(Category.CONFLICT.name());
    }

    @Test
    void fallback_ejbWrappingGovCaException_categoryOfWrapped() {
        Response r = fallback.toResponse(new EJBException(GovCaException.policy("validity too long")));

        assertThat(problem(r, 422).category()).isEqualTo(Category.POLICY_VIOLATION.name());
    }

    @Test
    void fallback_ejbWrappingInternal_500WithoutOriginalMessage() {
        Response r = fallback.toResponse(new EJBException(GovCaException.internal(SECRET, null)));

        assertThat(problem(r, 500).detail()).doesNotContain("SQLState");
    }

    @Test
    void fallback_ejbWrappingPlainException_500WithoutOriginalMessage() {
        Response r = fallback.toResponse(new EJBException(new IllegalArgumentException(SECRET)));

        assertThat(problem(r, 500).detail()).doesNotContain("SQLState");
    }

    /** Asserts status and media type, and returns the problem body. */
    private static Problem problem(Response r, int status) {
        assertThat(r.getStatus()).isEqualTo(status);
        assertThat(r.getMediaType()).isEqualTo(PROBLEM_JSON);
        assertThat(r.getEntity()).isInstanceOf(Problem.class);
        Problem p = (Problem) r.getEntity();
        assertThat(p.status()).isEqualTo(status);
        assertThat(p.title()).isNotBlank();
        return p;
    }

    private static JsonParsingException parsingException(String json) {
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            while (parser.hasNext()) {
                parser.next();
            }
        } catch (JsonParsingException e) {
            return e;
        }
        throw new AssertionError("expected " + json + " to be unparsable");
    }
}
