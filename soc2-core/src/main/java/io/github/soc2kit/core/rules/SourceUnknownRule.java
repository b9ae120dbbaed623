package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.Suggest;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.EvidenceSource;
import io.github.soc2kit.core.model.FileKind;
import io.github.soc2kit.core.model.PolicyRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Every evidence source a test reads is declared in evidence/sources.yaml, or is a built-in register. */
final class SourceUnknownRule implements Rule {

    static final RuleId ID = RuleId.SOURCE_UNKNOWN;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        if (!repo.complete(FileKind.SOURCES)) {
            return List.of();
        }
        Set<String> ids = new TreeSet<>(PolicyRepository.REGISTERS);
        repo.sources().stream().map(EvidenceSource::id).forEach(ids::add);
        List<Finding> findings = new ArrayList<>();
        for (Control control :
                repo.controls().stream().flatMap(c -> c.perTest().stream()).toList()) {
            for (ControlTest.Ref source : control.test().sources()) {
                if (!ids.contains(source.value())) {
                    findings.add(
                            Finding.error(
                                    ID,
                                    control.origin().at(source.pointer()),
                                    "control '" + control.id() + "' reads evidence source '" + source.value()
                                            + "', which is not declared",
                                    Suggest.hint(
                                            source.value(),
                                            ids,
                                            "declare it in evidence/sources.yaml, or use a register: exceptions, handoffs, incidents")));
                }
            }
        }
        return findings;
    }
}
