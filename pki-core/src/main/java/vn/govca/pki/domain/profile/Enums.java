package vn.govca.pki.domain.profile;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Immutable, ordered copies of enum sets for the profile records. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> Set<E> copy(Class<E> type, Collection<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return Collections.unmodifiableSet(set);
    }
}
