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
            "Renders the policy repository as a static site: policies, controls, the controls matrix, the system"
                    + " description, the compliance calendar and the PDF of the policy set.",
            "Verifies the evidence first for the findings page, unless --no-findings. Nothing is rendered when"
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
            description = "Where the site is written, replaced as a whole (default: DIR/target/soc2-site).")
    @Nullable Path site;

    @Option(
            names = "--no-findings",
            description = "A site of the policies alone: no findings page and no management-response drafts.")
    boolean noFindings;

    @Override
    public Integer call() {
        Output output = repository.output();
        Path folder = site == null ? repository.buildDirectory().resolve("soc2-site") : site.toAbsolutePath();
        RenderRequest request = new RenderRequest(
                repository.repository(), repository.buildDirectory(), folder, null, asOf.day(), output.progress());
        PolicyRenderer renderer = new PolicyRenderer(Clock.systemUTC());
        RenderResult result = noFindings
                ? renderer.render(request)
                : renderer.renderWithFindings(request, repository.outputDirectory());
        output.findings(result.report(), false);
        return output.conclude(
                result.report(),
                result.report().hasErrors(),
                warnings.failOnWarning,
                result.summary(repository.repository(), folder));
    }
}
