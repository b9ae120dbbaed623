package io.github.soc2kit.maven;

import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.FailOn;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResult;
import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Verifies practice against policy: validates the repository, then checks every control test against the
 * evidence exports, judges each control against the tolerable deviation rate of its risk, and projects the
 * opinion. Writes {@code verify.json}, {@code verify.sarif}, {@code TEST-soc2.xml} and {@code verify.md} to the
 * output directory.
 *
 * @since 0.1.0
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class VerifyMojo extends AbstractSoc2Mojo {

    /**
     * When the build fails: {@code deviation} (any control in deviation or any error finding), {@code qualified}
     * (a projected qualified or adverse opinion) or {@code never}. Validation errors always fail the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "soc2.failOn", defaultValue = "deviation")
    private String failOn;

    /**
     * Where {@code soc2:render} writes the internal site, which the summary points to: set it in the plugin's
     * configuration for both goals. Default: {@code soc2-site-internal} in the build directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "soc2.internalSiteDirectory")
    private File internalSiteDirectory;

    /**
     * Skip this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "soc2.verify.skip", defaultValue = "false")
    private boolean skipVerify;

    @Override
    protected boolean skipGoal() {
        return skipVerify;
    }

    @Override
    protected void run() throws MojoFailureException {
        FailOn threshold = FailOn.parse(failOn);
        VerifyResult result = new EvidenceVerifier(clock())
                .verify(new VerifyRequest(
                        repository(), buildDirectory(), outputDirectory(), VerifyRequest.asOf(asOf), listener()));
        project.setContextValue(verifiedKey(), result);
        print(result.console());
        finish(
                result.findings(),
                result.fails(threshold),
                result.summary(repository(), internalSite(internalSiteDirectory)));
        String spared = result.spared(threshold);
        if (spared != null) {
            getLog().warn("soc2: " + spared);
        }
    }
}
