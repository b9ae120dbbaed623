package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.Origin;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import java.util.ArrayList;
import java.util.List;

/** A policy or control file is named after its id, so people find it and git history follows it. */
final class FileNameMismatchRule implements Rule {

    static final RuleId ID = RuleId.FILE_NAME_MISMATCH;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        List<Finding> findings = new ArrayList<>();
        for (Policy policy : repo.policies()) {
            check("policy", policy.id(), policy.origin(), findings);
        }
        for (Control control : repo.controls()) {
            check("control", control.id(), control.origin(), findings);
        }
        return findings;
    }

    private static void check(String what, String id, Origin origin, List<Finding> findings) {
        String path = origin.path();
        String file = path.substring(path.lastIndexOf('/') + 1);
        String base = file.substring(0, file.lastIndexOf('.'));
        if (!id.isEmpty() && !base.equals(id)) {
            String extension = file.substring(file.lastIndexOf('.'));
            findings.add(Finding.warning(
                    ID,
                    origin.at("id"),
                    what + " '" + id + "' is in a file named '" + file + "'",
                    "rename the file to '" + id + extension + "'"));
        }
    }
}
