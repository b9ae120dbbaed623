package io.github.soc2kit.core.api;

import io.github.soc2kit.core.diff.PolicyChange;
import io.github.soc2kit.core.diff.SemanticDiff;
import io.github.soc2kit.core.history.Base;
import io.github.soc2kit.core.history.BaseReader;
import io.github.soc2kit.core.report.DiffReport;
import io.github.soc2kit.core.rules.Validation;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What a change does: compares the policies and controls of the working tree with a git ref (semantic changes,
 * loosening, weakened tests, missing version bumps, criteria losing their last control), and previews drift by
 * checking the current evidence under the base's parameters and control tests and under the changed ones.
 */
public final class PolicyDiff {

    private final Clock clock;

    /** A diff whose drift preview is as of today on the system clock, unless the request names a day. */
    public PolicyDiff() {
        this(Clock.systemUTC());
    }

    /** @param clock where the preview's default as-of date comes from: the caller reads it once, at its edge */
    public PolicyDiff(Clock clock) {
        this.clock = clock;
    }

    public DiffResult diff(DiffRequest request) {
        Path reports =
                new OutputFolders(request.repository(), request.buildDirectory()).reports(request.outputDirectory());
        Validation validation = PolicyValidator.read(request.repository(), request.listener());
        Base base = new BaseReader().read(request.repository(), request.base());
        request.listener()
                .info("comparing with " + base.ref() + " (" + base.commit().substring(0, 7) + ")");
        SemanticDiff.Summary summary = PolicyChange.of(validation, request.repository(), base, request.asOf(), clock);
        if (!summary.asOf().isEmpty()) {
            request.listener().info("drift preview as of " + summary.asOf());
        }
        return new DiffResult(
                base.ref(),
                base.commit(),
                summary.changes().size(),
                summary.loosening(),
                DiffReport.console(summary),
                DiffReport.writeAll(summary, reports));
    }
}
