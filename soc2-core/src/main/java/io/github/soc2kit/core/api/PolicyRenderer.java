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
import org.jspecify.annotations.Nullable;

/**
 * Renders a policy repository as two static sites. The public one, safe to publish: policies, controls, the controls
 * matrix, the system description, the compliance calendar (HTML and iCalendar) and the PDF of the policy set, with
 * people by name and role and nothing from verification. Given a verify result, the internal one: the same pages
 * with statuses, plus readiness, findings, evidence provenance and a management-response draft per control in
 * deviation. Deterministic: the same repository renders to the same bytes. A repository with validation errors
 * renders nothing; its findings are returned.
 */
public final class PolicyRenderer {

    /** The default folder of the public site in the build directory. */
    public static final String SITE = "soc2-site";

    /**
     * The default folder of the internal site (readiness, findings, management responses) in the build directory,
     * which the summary of {@code soc2:verify} points to.
     */
    public static final String INTERNAL_SITE = "soc2-site-internal";

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
     * @throws InvalidConfigurationException when a site folder is one soc2kit must not write to
     *     ({@link OutputFolders}), or would replace the repository, the reports or the other site
     */
    public RenderResult render(RenderRequest request) {
        Folders folders = folders(request);
        VerifyResult verified = request.findings();
        if (verified != null) {
            verified.files().forEach(folders::keepsReports);
        }
        return render(read(request), request, folders, verified == null ? null : verified.report());
    }

    /**
     * Verifies the repository first (writing the verify reports to {@code reportsDirectory}), then renders the
     * public site and the internal one with the findings.
     */
    public RenderResult renderWithFindings(RenderRequest request, Path reportsDirectory) {
        Folders folders = folders(request);
        Path reports = new OutputFolders(request.repository(), request.buildDirectory()).reports(reportsDirectory);
        folders.keepsReports(reports);
        Validation validation = read(request);
        VerifyResult verified = EvidenceVerifier.verify(
                validation,
                new VerifyRequest(
                        request.repository(), request.buildDirectory(), reports, request.asOf(), request.listener()),
                clock,
                System::nanoTime);
        return render(validation, request, folders, verified.report());
    }

    /** The two site folders, checked; neither may hold the other, or publishing one would publish both. */
    private static Folders folders(RenderRequest request) {
        OutputFolders folders = new OutputFolders(request.repository(), request.buildDirectory());
        Folders sites = new Folders(folders.site(request.outputDirectory()), folders.site(request.internalDirectory()));
        if (sites.site.startsWith(sites.internal) || sites.internal.startsWith(sites.site)) {
            throw new InvalidConfigurationException(
                    "internalSiteDirectory",
                    "the public site " + sites.site + " and the internal site " + sites.internal
                            + " must be separate folders, neither inside the other; for example target/soc2-site and"
                            + " target/soc2-site-internal");
        }
        return sites;
    }

    /** The folders of the public and the internal site. */
    private record Folders(Path site, Path internal) {

        /** Refuses a site folder that holds {@code reports} (a report or the reports folder): rendering would delete it. */
        void keepsReports(Path reports) {
            Path path = reports.toAbsolutePath().normalize();
            for (Path folder : List.of(site, internal)) {
                if (path.startsWith(folder)) {
                    throw new InvalidConfigurationException(
                            folder == site ? "siteDirectory" : "internalSiteDirectory",
                            "the site folder " + folder + " holds the reports of soc2:verify and would delete them;"
                                    + " give the site a folder of its own, for example target/"
                                    + (folder == site ? SITE : INTERNAL_SITE));
                }
            }
        }
    }

    private static Validation read(RenderRequest request) {
        return PolicyValidator.read(request.repository().toAbsolutePath().normalize(), request.listener());
    }

    private RenderResult render(
            Validation validation, RenderRequest request, Folders folders, @Nullable VerifyReport findings) {
        if (validation.report().hasErrors()) {
            return new RenderResult(validation.report(), List.of(), List.of());
        }
        Path repository = request.repository().toAbsolutePath().normalize();
        Soc2Config config = Objects.requireNonNull(validation.repository().config(), "validation requires soc2.yaml");
        RepositoryHistory history =
                new GitHistory().read(repository, ZoneId.of(config.timezone()), config.periodStart());
        LocalDate asOf = findings != null && !findings.asOf().isEmpty()
                ? LocalDate.parse(findings.asOf())
                : Verification.asOf(config, request.asOf(), clock);
        SiteRenderer.Sites sites = new SiteRenderer(repository, validation, findings, history, asOf).render();
        List<Path> written = SiteWriter.replace(folders.site, sites.published(), true);
        List<Path> internal =
                sites.internal() == null ? List.of() : SiteWriter.replace(folders.internal, sites.internal(), false);
        request.listener().info("rendered " + written.size() + " public and " + internal.size() + " internal files");
        return new RenderResult(validation.report(), written, internal);
    }
}
