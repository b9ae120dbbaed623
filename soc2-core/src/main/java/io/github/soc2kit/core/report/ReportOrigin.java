package io.github.soc2kit.core.report;

import io.github.soc2kit.core.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * What the reports of a verification say about where they come from: the soc2kit version that wrote them, and where
 * the policy repository sits, so that a CI tool finds the files they name.
 *
 * @param version soc2kit's version, for example {@code 0.1.0}
 * @param gitPrefix the policy repository's folder from the root of the git repository that tracks it: {@code ""} at
 *     the root, {@code "compliance/soc2/"} in a sub-folder; null when no git repository tracks it
 */
public record ReportOrigin(String version, @Nullable String gitPrefix) {

    /** A position as CI tools resolve it: its path from the git root when git tracks the repository. */
    SourcePosition located(SourcePosition at) {
        return gitPrefix == null ? at : new SourcePosition(gitPrefix + at.path(), at.line(), at.column());
    }
}
