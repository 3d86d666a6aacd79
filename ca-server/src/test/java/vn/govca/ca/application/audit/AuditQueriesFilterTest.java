package vn.govca.ca.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.pki.domain.GovCaException;

class AuditQueriesFilterTest {

    @Test
    void filter_blankTexts_none() {
        AuditQueries.Filter f = new AuditQueries.Filter(null, null, "  ", "");
        assertThat(f.actorPrefix()).isNull();
        assertThat(f.action()).isNull();
    }

    @Test
    void filter_fromNotBeforeTo_malformed() {
        Instant t = Instant.parse("2026-11-23T00:00:00Z");
        assertThatThrownBy(() -> new AuditQueries.Filter(t, t, null, null))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.MALFORMED));
    }

    @Test
    void filter_actorLongerThanColumn_malformed() {
        assertThatThrownBy(() -> new AuditQueries.Filter(null, null, "a".repeat(129), null))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.MALFORMED));
    }

    @Test
    void escapeLike_wildcards_literal() {
        assertThat(AuditQueries.escapeLike("a_b%c\\d")).isEqualTo("a\\_b\\%c\\\\d");
    }

    @Test
    void page_operatorOrManager_forbiddenBeforeAnyRead() {
        AuditQueries q = new AuditQueries(); // no EntityManager: the role check comes first
        for (Role r : new Role[] {Role.CA_OPERATOR, Role.SUBSCRIBER_MANAGER}) {
            assertThatThrownBy(() -> q.page(new Principal(1, "u", r, "password"),
                    new AuditQueries.Filter(null, null, null, null), null, 10))
                    .isInstanceOfSatisfying(GovCaException.class,
                            e -> assertThat(e.category()).isEqualTo(GovCaException.Category.FORBIDDEN));
        }
    }
}
