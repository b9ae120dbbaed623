package io.github.soc2kit.core.api;

import io.github.soc2kit.core.diag.InvalidConfigurationException;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.Suggest;
import io.github.soc2kit.core.report.RuleDocs;
import java.util.Arrays;
import java.util.List;

/**
 * What a rule checks, why it matters and how to fix its findings: the rule's docs page, bundled in the jar, as the
 * {@code see: soc2kit explain <rule>} line after the findings promises.
 */
public final class RuleExplainer {

    /**
     * The page of the rule with id {@code rule}, Markdown.
     *
     * @throws InvalidConfigurationException naming option {@code rule} when no rule has that id, with the closest id
     */
    public String explain(String rule) {
        String id = rule.strip();
        return RuleDocs.page(Arrays.stream(RuleId.values())
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new InvalidConfigurationException(
                        "rule",
                        "unknown rule '" + id + "'; "
                                + Suggest.hint(id, ids(), "run 'soc2kit explain' for the list of rules"))));
    }

    /** Every rule, sorted by id, as {@code id  severity  summary}. */
    public List<String> index() {
        return Arrays.stream(RuleId.values())
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .map(r -> r.id() + "  " + r.severity().label() + "  " + r.summary())
                .toList();
    }

    private static List<String> ids() {
        return Arrays.stream(RuleId.values()).map(RuleId::id).toList();
    }
}
