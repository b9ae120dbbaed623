package io.github.soc2kit.maven;

import io.github.soc2kit.core.api.DiffRequest;
import io.github.soc2kit.core.api.DiffResult;
import io.github.soc2kit.core.api.PolicyDiff;
import io.github.soc2kit.core.api.VerifyRequest;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Says what a change does to the policies and controls: compares the working tree with a git ref and reports
 * policies and controls added, removed or changed, each parameter change as tightening or loosening, weakened
 * tests, text changed without a version bump, criteria that lose their last control, and a drift preview (the
 * current evidence under the old and the new parameters). Writes {@code diff.md} (for a pull-request comment) and
 * {@code diff.json} to the output directory. Never fails the build for what it finds.
 *
 * @since 0.1.0
 */
@Mojo(name = "diff", threadSafe = true, requiresProject = false)
public class DiffMojo extends AbstractSoc2Mojo {

    /**
     * The git ref to compare with, for example {@code origin/main} or a commit id. By default the merge base of
     * {@code HEAD} with the default branch: the one {@code origin/HEAD} points to, else the first of
     * {@code origin/main}, {@code origin/master}, {@code main} and {@code master} that exists. In CI, fetch it:
     * {@code fetch-depth: 0} on {@code actions/checkout}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "soc2.base")
    private String base;

    /**
     * Skip this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "soc2.diff.skip", defaultValue = "false")
    private boolean skipDiff;

    @Override
    protected boolean skipGoal() {
        return skipDiff;
    }

    @Override
    protected void run() {
        DiffResult result = new PolicyDiff(clock())
                .diff(new DiffRequest(
                        repository(), buildDirectory(), base, outputDirectory(), VerifyRequest.asOf(asOf), listener()));
        result.console().forEach(this::info);
        info("soc2: pull-request comment: " + relativeToBase(result.files().get(0)));
    }
}
