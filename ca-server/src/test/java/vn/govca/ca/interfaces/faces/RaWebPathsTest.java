package vn.govca.ca.interfaces.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RaWebPathsTest {

    @Test
    void physical_viewIdOfPrefixMapping_underRa() {
        assertThat(RaViewResources.physical("/home.xhtml")).isEqualTo("/ra/home.xhtml");
        assertThat(RaViewResources.physical("/certificates/detail.xhtml")).isEqualTo("/ra/certificates/detail.xhtml");
        assertThat(RaViewResources.physical("templates/layout.xhtml")).isEqualTo("/ra/templates/layout.xhtml");
    }

    @Test
    void physical_alreadyUnderRaOrNotAView_unchanged() {
        assertThat(RaViewResources.physical("/ra/home.xhtml")).isEqualTo("/ra/home.xhtml");
        assertThat(RaViewResources.physical("/")).isEqualTo("/");
        assertThat(RaViewResources.physical(null)).isNull();
    }

    @Test
    void isPublic_signInErrorAndResources_onlyThose() {
        assertThat(RaWebFilter.isPublic("/ra/login.xhtml")).isTrue();
        assertThat(RaWebFilter.isPublic("/ra/error.xhtml")).isTrue();
        assertThat(RaWebFilter.isPublic("/ra/jakarta.faces.resource/theme.css.xhtml")).isTrue();
        assertThat(RaWebFilter.isPublic("/ra/home.xhtml")).isFalse();
        assertThat(RaWebFilter.isPublic("/ra/login.xhtml/../home.xhtml")).isFalse();
        assertThat(RaWebFilter.isPublic("/ra/certificates/search.xhtml")).isFalse();
    }

    @Test
    void isInternal_templatesAndAliases_notPages() {
        assertThat(RaWebFilter.isInternal("/ra/templates/layout.xhtml")).isTrue();
        assertThat(RaWebFilter.isInternal("/ra/templates/bars.xhtml")).isTrue();
        assertThat(RaWebFilter.isInternal("/ra/templates/requests-table.xhtml")).isTrue();
        assertThat(RaWebFilter.isInternal("/ra/requests/list.xhtml")).isFalse();
        assertThat(RaWebFilter.isInternal("/ra/ra/home.xhtml")).isTrue();
        assertThat(RaWebFilter.isInternal("/ra/WEB-INF/web.xml")).isTrue();
        assertThat(RaWebFilter.isInternal("/ra/home.xhtml")).isFalse();
    }

    @Test
    void path_mappedPathOfTheRequest_notItsRawUri() {
        // what Undertow hands the filter for /ra/templates;x=1/layout.xhtml, /ra//templates/layout.xhtml
        // and /ra/requests/../templates/layout.xhtml: the raw URI differs, the mapped path does not
        String layout = "/ra/templates/layout.xhtml";
        assertThat(RaWebFilter.path(request("/ra", "/templates/layout.xhtml"))).isEqualTo(layout);
        assertThat(RaWebFilter.path(request("/ra", "//templates/layout.xhtml"))).isEqualTo(layout);
        assertThat(RaWebFilter.path(request("/ra", null))).isEqualTo("/ra");
        assertThat(RaWebFilter.path(request("/ra", "/"))).isEqualTo("/ra/");
    }

    /** A request whose only answers are its servlet path and path info (and the raw URI, which must not be read). */
    private static HttpServletRequest request(String servletPath, String pathInfo) {
        return (HttpServletRequest) Proxy.newProxyInstance(RaWebPathsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath" -> servletPath;
                    case "getPathInfo" -> pathInfo;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void from_missingKey_thirtyMinutes() {
        assertThat(RaWebSettings.from(new Properties()).sessionSeconds()).isEqualTo(1800);
    }

    @Test
    void from_setKey_thatManyMinutes() {
        Properties p = new Properties();
        p.setProperty(RaWebSettings.SESSION_MINUTES, " 15 ");
        assertThat(RaWebSettings.from(p).sessionMinutes()).isEqualTo(15);
    }

    @Test
    void from_outOfRangeOrText_refusedNamingTheKey() {
        Properties p = new Properties();
        p.setProperty(RaWebSettings.SESSION_MINUTES, "0");
        assertThatThrownBy(() -> RaWebSettings.from(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(RaWebSettings.SESSION_MINUTES);
        p.setProperty(RaWebSettings.SESSION_MINUTES, "half an hour");
        assertThatThrownBy(() -> RaWebSettings.from(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(RaWebSettings.SESSION_MINUTES);
    }
}
