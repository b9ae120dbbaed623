package io.github.soc2kit.core.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The trust services criteria that controls may map to, in catalogue order. */
public record CriteriaCatalogue(String version, Map<String, Criterion> criteria) {

    public CriteriaCatalogue {
        criteria = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
    }

    public Optional<Criterion> find(String id) {
        return Optional.ofNullable(criteria.get(id));
    }

    public Collection<Criterion> all() {
        return criteria.values();
    }

    /** The criteria of the given categories, in catalogue order. */
    public List<Criterion> inCategories(Collection<String> categories) {
        return criteria.values().stream().filter(c -> categories.contains(c.category())).toList();
    }
}
