package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.model.Origin;
import io.github.soc2kit.core.model.PolicyRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ids must be unique: policies, controls, people, components, evidence sources and register entries. */
final class IdDuplicateRule implements Rule {

    static final RuleId ID = RuleId.ID_DUPLICATE;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        List<Finding> findings = new ArrayList<>();
        unique(
                "policy",
                repo.policies().stream()
                        .map(p -> new Named(p.id(), p.origin(), "id"))
                        .toList(),
                findings);
        unique(
                "control",
                repo.controls().stream()
                        .map(c -> new Named(c.id(), c.origin(), "id"))
                        .toList(),
                findings);
        unique(
                "person",
                repo.people().stream()
                        .map(p -> new Named(p.email(), p.origin(), "email"))
                        .toList(),
                findings);
        unique(
                "evidence source",
                repo.sources().stream()
                        .map(s -> new Named(s.id(), s.origin(), "id"))
                        .toList(),
                findings);
        if (repo.description() != null) {
            unique(
                    "component",
                    repo.description().components().stream()
                            .map(c -> new Named(c.id(), c.origin(), "id"))
                            .toList(),
                    findings);
        }
        for (String register : List.of("exceptions", "incidents")) {
            unique(
                    register.substring(0, register.length() - 1),
                    repo.register(register).stream()
                            .map(e -> new Named(e.get("id"), e.origin(), "id"))
                            .toList(),
                    findings);
        }
        return findings;
    }

    private record Named(String id, Origin origin, String field) {}

    private static void unique(String what, List<Named> items, List<Finding> findings) {
        Map<String, SourcePosition> first = new HashMap<>();
        for (Named item : items) {
            if (item.id().isEmpty()) {
                continue;
            }
            SourcePosition at = item.origin().at(item.field());
            SourcePosition previous = first.putIfAbsent(item.id(), at);
            if (previous != null) {
                findings.add(Finding.error(
                        ID,
                        at,
                        what + " id '" + item.id() + "' is already used at " + previous,
                        "give each " + what + " its own id"));
            }
        }
    }
}
