package io.github.soc2kit.maven;

import io.github.soc2kit.core.api.PolicyRenderer;
import io.github.soc2kit.core.api.RenderRequest;
import io.github.soc2kit.core.api.RenderResult;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResult;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders the policy repository as two static sites. The public site ({@code target/soc2-site}), safe to publish:
 * a page per policy and per control, the policy index, the controls matrix by trust services criterion, the system
 * description along DC 1 to DC 9, the compliance calendar (HTML and {@code calendar.ics}) and the PDF of the policy
 * set, with people by name and role and nothing from verification. The internal site
 * ({@code target/soc2-site-internal}), for the company only: the same pages with each control's status, plus
 * readiness, findings, evidence provenance and management-response drafts. Templates in the repository's
 * {@code templates/} folder override the bundled ones file by file. The same commit renders to byte-identical files.
 *
 * <p>Bound to the {@code package} phase by default, because {@code site} is not part of a normal build; run
 * {@code mvn soc2:render} to render on demand. A repository with validation errors renders nothing.
 *
 * @since 0.1.0
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public class RenderMojo extends AbstractSoc2Mojo {

    /**
     * Where the public site is written. The folder is replaced as a whole by each render (and kept as it was when a
     * render fails), so give the site a folder of its own. Default: {@code soc2-site} in the build directory
     * ({@code target/soc2-site}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "soc2.siteDirectory")
    private File siteDirectory;

    /**
     * Where the internal site is written (readiness, findings, statuses, e-mail addresses: never publish it). Replaced
     * as a whole like the public site, and neither may lie inside the other. Default: {@code soc2-site-internal} in
     * the build directory ({@code target/soc2-site-internal}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "soc2.internalSiteDirectory")
    private File internalSiteDirectory;

    /**
     * Write the internal site, with the findings of {@code soc2:verify} when it ran earlier in the same build on the
     * same repository (bind this goal after it, for example to the {@code verify} phase), else verifying the evidence
     * first. Set to {@code false} for the public site alone.
     *
     * @since 0.1.0
     */
    @Parameter(property = "soc2.render.findings", defaultValue = "true")
    private boolean findings;

    /**
     * Skip this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "soc2.render.skip", defaultValue = "false")
    private boolean skipRender;

    @Override
    protected boolean skipGoal() {
        return skipRender;
    }

    @Override
    protected void run() throws MojoFailureException {
        Path site = siteDirectory != null
                ? siteDirectory.toPath()
                : buildDirectory().resolve(PolicyRenderer.SITE);
        Path internal = internalSite(internalSiteDirectory);
        VerifyResult verified = findings && project.getContextValue(verifiedKey()) instanceof VerifyResult v ? v : null;
        if (verified != null) {
            info("soc2: using the findings of soc2:verify in this build");
        }
        RenderRequest request = new RenderRequest(
                repository(), buildDirectory(), site, internal, verified, VerifyRequest.asOf(asOf), listener());
        PolicyRenderer renderer = new PolicyRenderer(clock());
        RenderResult result = findings && verified == null
                ? renderer.renderWithFindings(request, outputDirectory())
                : renderer.render(request);
        conclude(result.report(), result.report().hasErrors(), result.summary(repository(), site, internal));
    }
}
