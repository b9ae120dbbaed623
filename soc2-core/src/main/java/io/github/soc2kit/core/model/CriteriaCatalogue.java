package io.github.soc2kit.core.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trust services criteria that controls may map to, in catalogue order.
 *
 * @param series the title of each series by its id, for example CC6 to "Logical and physical access controls"
 */
public record CriteriaCatalogue(String version, Map<String, String> series, Map<String, Criterion> criteria) {

    public CriteriaCatalogue {
        series = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(series));
        criteria = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
    }

    /** The title of a series, for example "Change management" for CC8; the id itself when unknown. */
    public String seriesTitle(String id) {
        return series.getOrDefault(id, id);
    }

    public Optional<Criterion> find(String id) {
        return Optional.ofNullable(criteria.get(id));
    }

    public Collection<Criterion> all() {
        return criteria.values();
    }

    /** The criteria of the given categories, in catalogue order. */
    public List<Criterion> inCategories(Collection<String> categories) {
        return criteria.values().stream()
                .filter(c -> categories.contains(c.category()))
                .toList();
    }
}
