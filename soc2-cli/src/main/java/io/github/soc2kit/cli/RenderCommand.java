package io.github.soc2kit.cli;

import io.github.soc2kit.core.api.PolicyRenderer;
import io.github.soc2kit.core.api.RenderRequest;
import io.github.soc2kit.core.api.RenderResult;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code soc2kit render [DIR]}: as {@code mvn soc2:render}. */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "Renders the policy repository as two static sites. The public one, safe to publish: policies,"
                    + " controls, the controls matrix, the system description, the compliance calendar and the PDF of"
                    + " the policy set. The internal one, never to publish: the same with statuses, readiness,"
                    + " findings and management-response drafts.",
            "Verifies the evidence first for the internal site, unless --no-findings. Nothing is rendered when"
                    + " validation fails (exit code 1)."
        })
final class RenderCommand implements Callable<Integer> {

    @Mixin
    RepositoryOptions repository;

    @Mixin
    FailOnWarningOption warnings;

    @Mixin
    AsOfOption asOf;

    @Option(
            names = "--site",
            paramLabel = "FOLDER",
            description = "Where the public site is written, replaced as a whole (default: DIR/target/soc2-site).")
    @Nullable Path site;

    @Option(
            names = "--internal-site",
            paramLabel = "FOLDER",
            description = "Where the internal site is written, replaced as a whole (default:"
                    + " DIR/target/soc2-site-internal).")
    @Nullable Path internalSite;

    @Option(names = "--no-findings", description = "The public site alone: no verification and no internal site.")
    boolean noFindings;

    @Override
    public Integer call() {
        Output output = repository.output();
        Path folder = site == null ? repository.buildDirectory().resolve(PolicyRenderer.SITE) : site.toAbsolutePath();
        Path internal = internalSite == null
                ? repository.buildDirectory().resolve(PolicyRenderer.INTERNAL_SITE)
                : internalSite.toAbsolutePath();
        RenderRequest request = new RenderRequest(
                repository.repository(),
                repository.buildDirectory(),
                folder,
                internal,
                null,
                asOf.day(),
                output.progress());
        PolicyRenderer renderer = new PolicyRenderer(Clock.systemUTC());
        RenderResult result = noFindings
                ? renderer.render(request)
                : renderer.renderWithFindings(request, repository.outputDirectory());
        output.findings(result.report(), false);
        return output.conclude(
                result.report(),
                result.report().hasErrors(),
                warnings.failOnWarning,
                result.summary(repository.repository(), folder, internal));
    }
}
