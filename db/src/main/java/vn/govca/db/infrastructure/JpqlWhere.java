package vn.govca.db.infrastructure;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;
import vn.govca.db.domain.RaScope;

/**
 * The WHERE clause of an RA list query, built from optional parts joined by AND, with bound
 * parameters only (user text never becomes JPQL). {@link #scope} is the security boundary: it
 * adds the province and agency-tree conditions of an {@link RaScope}.
 */
final class JpqlWhere {

    /** LIKE escape character; not a backslash, which MariaDB string literals would swallow. */
    static final char ESCAPE = '!';

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code clause} with parameter {@code name} when {@code value} is not null. */
    JpqlWhere and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    JpqlWhere and(String clause) {
        clauses.add(clause);
        return this;
    }

    /**
     * Restricts rows of entity alias {@code alias} (with {@code provinceId} and {@code agencyId}
     * attributes) to {@code scope}; the agency tree is matched through the agency's path.
     */
    JpqlWhere scope(RaScope scope, String alias) {
        Objects.requireNonNull(scope, "scope");
        and(alias + ".provinceId = :scopeProvince", "scopeProvince", scope.provinceId());
        if (scope.agencyPath() != null) {
            and(alias + ".agencyId IN (SELECT scopeAgency.id FROM AgencyRecord scopeAgency"
                    + " WHERE scopeAgency.path LIKE :scopePath)", "scopePath", scope.agencyPath() + "%");
        }
        return this;
    }

    /** Restricts agencies of alias {@code alias} to {@code scope} (their own province and path). */
    JpqlWhere agencyScope(RaScope scope, String alias) {
        Objects.requireNonNull(scope, "scope");
        and(alias + ".provinceId = :scopeProvince", "scopeProvince", scope.provinceId());
        if (scope.agencyPath() != null) {
            and(alias + ".path LIKE :scopePath", "scopePath", scope.agencyPath() + "%");
        }
        return this;
    }

    /** {@code " WHERE a AND b"}, or empty. */
    String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** A LIKE pattern matching values that start with {@code text}; wildcards in it are escaped. */
    static String prefixPattern(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char ch : text.toCharArray()) {
            if (ch == ESCAPE || ch == '%' || ch == '_') {
                out.append(ESCAPE);
            }
            out.append(ch);
        }
        return out.append('%').toString();
    }

    /** The LIKE clause for {@link #prefixPattern} values. */
    static String like(String attribute, String parameter) {
        return attribute + " LIKE :" + parameter + " ESCAPE '" + ESCAPE + "'";
    }

    static void checkLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new IllegalArgumentException("page size " + limit + " must be 1 to " + max);
        }
    }

    /** Runs a query ordered by id, fetching one row more than {@code limit} to know whether more follow. */
    static <T> RecordPage<T> page(TypedQuery<T> query, int limit, ToLongFunction<T> id) {
        List<T> rows = new ArrayList<>(query.setMaxResults(limit + 1).getResultList());
        if (rows.size() <= limit) {
            return new RecordPage<>(rows, OptionalLong.empty());
        }
        List<T> page = rows.subList(0, limit);
        return new RecordPage<>(page, OptionalLong.of(id.applyAsLong(page.get(limit - 1))));
    }
}
