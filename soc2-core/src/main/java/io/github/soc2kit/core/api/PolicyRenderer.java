package io.github.soc2kit.core.api;

import io.github.soc2kit.core.assess.Verification;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.InvalidConfigurationException;
import io.github.soc2kit.core.history.GitHistory;
import io.github.soc2kit.core.history.RepositoryHistory;
import io.github.soc2kit.core.model.Soc2Config;
import io.github.soc2kit.core.render.SiteRenderer;
import io.github.soc2kit.core.render.SiteWriter;
import io.github.soc2kit.core.rules.Validation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * Renders a policy repository as a static site: policies, controls, the controls matrix, the system description,
 * the compliance calendar (HTML and iCalendar), the PDF of the policy set, and, given a verify result, the
 * findings and a management-response draft per control in deviation. Deterministic: the same repository renders
 * to the same bytes. A repository with validation errors renders nothing; its findings are returned.
 */
public final class PolicyRenderer {

    private final Clock clock;

    /** A renderer whose default as-of date is today on the system clock. */
    public PolicyRenderer() {
        this(Clock.systemUTC());
    }

    /** @param clock where the default as-of date comes from: the caller reads it once, at its edge */
    public PolicyRenderer(Clock clock) {
        this.clock = clock;
    }

    /**
     * @throws io.github.soc2kit.core.diag.TemplateRenderException when a template fails; no site is written then
     * @throws InvalidConfigurationException when the site folder is one soc2kit must not write to
     *     ({@link OutputFolders}), or would replace the repository or the reports
     */
    public RenderResult render(RenderRequest request) {
        Path site = new OutputFolders(request.repository(), request.buildDirectory()).site(request.outputDirectory());
        VerifyResult verified = request.findings();
        if (verified != null) {
            verified.files().forEach(report -> keepsReports(site, report));
        }
        return render(read(request), request, site, verified == null ? null : verified.report());
    }

    /**
     * Verifies the repository first (writing the verify reports to {@code reportsDirectory}), then renders the
     * site with the findings page and a management-response draft for each control in deviation.
     */
    public RenderResult renderWithFindings(RenderRequest request, Path reportsDirectory) {
        OutputFolders folders = new OutputFolders(request.repository(), request.buildDirectory());
        Path site = folders.site(request.outputDirectory());
        Path reports = folders.reports(reportsDirectory);
        keepsReports(site, reports);
        Validation validation = read(request);
        VerifyResult verified = EvidenceVerifier.verify(
                validation,
                new VerifyRequest(
                        request.repository(), request.buildDirectory(), reports, request.asOf(), request.listener()),
                clock,
                System::nanoTime);
        return render(validation, request, site, verified.report());
    }

    /** Refuses a site folder that holds {@code reports} (a report or the reports folder): rendering would delete it. */
    private static void keepsReports(Path site, Path reports) {
        if (reports.toAbsolutePath().normalize().startsWith(site)) {
            throw new InvalidConfigurationException(
                    "siteDirectory",
                    "the site folder " + site + " holds the reports of soc2:verify and would delete them; give the site"
                            + " a folder of its own, for example target/soc2-site");
        }
    }

    private static Validation read(RenderRequest request) {
        return PolicyValidator.read(request.repository().toAbsolutePath().normalize(), request.listener());
    }

    private RenderResult render(
            Validation validation, RenderRequest request, Path site, @Nullable VerifyReport findings) {
        if (validation.report().hasErrors()) {
            return new RenderResult(validation.report(), List.of());
        }
        Path repository = request.repository().toAbsolutePath().normalize();
        Soc2Config config = Objects.requireNonNull(validation.repository().config(), "validation requires soc2.yaml");
        RepositoryHistory history =
                new GitHistory().read(repository, ZoneId.of(config.timezone()), config.periodStart());
        LocalDate asOf = findings != null && !findings.asOf().isEmpty()
                ? LocalDate.parse(findings.asOf())
                : Verification.asOf(config, request.asOf(), clock);
        SortedMap<String, byte[]> files = new SiteRenderer(repository, validation, findings, history, asOf).render();
        List<Path> written = SiteWriter.replace(site, files);
        request.listener().info("rendered " + written.size() + " files");
        return new RenderResult(validation.report(), written);
    }
}
