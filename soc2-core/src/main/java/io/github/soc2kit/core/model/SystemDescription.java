package io.github.soc2kit.core.model;

import java.util.List;

/** system/description.yaml, as far as the checks need it; renderers read the document itself. */
public record SystemDescription(List<Component> components, List<CriterionRef> criteria, Origin origin) {

    public SystemDescription {
        components = List.copyOf(components);
        criteria = List.copyOf(criteria);
    }

    /** A DC 3 component: infrastructure, software, people, procedures or data. */
    public record Component(String id, String kind, String name, boolean inScope, Origin origin) { }

    /** A criterion named in the description (CUECs, subservice organizations, not-relevant criteria). */
    public record CriterionRef(String id, String pointer) { }
}
