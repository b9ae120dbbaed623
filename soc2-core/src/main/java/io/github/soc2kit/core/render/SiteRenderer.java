package io.github.soc2kit.core.render;

import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.ControlStatus;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.history.RepositoryHistory;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.SystemDescription;
import io.github.soc2kit.core.rules.Validation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Renders the two sites in memory, as relative path to bytes, so that nothing is written unless every page
 * rendered.
 *
 * <p>The <b>public</b> site, safe to publish to customers: {@code index.html}, {@code policies.html},
 * {@code policies/<id>.html}, {@code controls/<id>.html}, {@code matrix.html}, {@code system-description.html},
 * {@code calendar.html} and {@code calendar.ics} (when any control is periodic), {@code policies.pdf} and
 * {@code site.css}. People appear by name and role, never by e-mail address, and nothing comes from verification.
 *
 * <p>The <b>internal</b> site, given a verify report: the same pages with each control's status and people's
 * addresses, plus {@code findings.html} (readiness, findings, evidence provenance) and {@code remediation/<id>.html}
 * (a management-response draft) for each control in deviation.
 */
public final class SiteRenderer {

    /**
     * The files of the two sites, each by its path relative to the site root, with '/'.
     *
     * @param published the public site
     * @param internal the internal site; null without a verify report
     */
    public record Sites(
            SortedMap<String, byte[]> published, @Nullable SortedMap<String, byte[]> internal) {}

    private final PolicyRepository repository;
    private final Validation validation;
    private final RepositoryHistory history;
    private final Templates templates;
    private final @Nullable VerifyReport report;
    private final LocalDate asOf;

    /**
     * @param root the policy repository's folder; its {@code templates/} folder overrides bundled templates
     * @param validation the repository as read and validated
     * @param report the result of {@code soc2:verify} for the internal site, or null when it did not run
     * @param history the git history of the policies, for their change-history tables
     * @param asOf the day the sites state and their statuses are as of: the report's own when there is one
     */
    public SiteRenderer(
            Path root,
            Validation validation,
            @Nullable VerifyReport report,
            RepositoryHistory history,
            LocalDate asOf) {
        this.repository = validation.repository();
        this.validation = validation;
        this.history = history;
        this.asOf = asOf;
        this.templates = new Templates(root);
        this.report = report;
    }

    /**
     * The public site, and the internal one when there is a verify report.
     *
     * @throws io.github.soc2kit.core.diag.TemplateRenderException when a template fails
     */
    public Sites render() {
        SiteModel open = new SiteModel(validation, null, history, asOf);
        SortedMap<String, byte[]> published = pages(open);
        String print = templates.render(
                "print.ftl",
                Plain.map(
                        "site",
                        open.site(),
                        "css",
                        templates.render("print.css", Map.of()),
                        "paper",
                        repository.config().paper().label(),
                        "policies",
                        open.policies().stream().map(open::policy).toList()));
        byte[] pdf = PdfWriter.write(print);
        published.put("policies.pdf", pdf);
        if (report == null) {
            return new Sites(published, null);
        }
        SiteModel model = new SiteModel(validation, report, history, asOf);
        SortedMap<String, byte[]> internal = pages(model);
        internal.put("policies.pdf", pdf);
        page(internal, model, "findings.html", "findings.ftl", "findings", FindingsModel.findings(report, model));
        for (Control control : model.controls()) {
            Optional<ControlResult> result = model.result(control.id());
            if (result.isPresent() && result.get().status() == ControlStatus.DEVIATION) {
                page(
                        internal,
                        model,
                        "remediation/" + control.id() + ".html",
                        "remediation.ftl",
                        "remediation",
                        FindingsModel.remediation(control, result.get(), report, model));
            }
        }
        return new Sites(published, internal);
    }

    /** The pages both sites have, from {@code model}, with statuses from its report when it has one. */
    private SortedMap<String, byte[]> pages(SiteModel model) {
        SortedMap<String, byte[]> site = new TreeMap<>();
        site.put("site.css", bytes(templates.render("site.css", Map.of())));
        page(site, model, "index.html", "index.ftl", "index", model.index());
        page(site, model, "policies.html", "policies.ftl", "policies", model.policyIndex());
        for (Policy policy : model.policies()) {
            page(site, model, "policies/" + policy.id() + ".html", "policy.ftl", "policy", model.policy(policy));
        }
        for (Control control : model.controls()) {
            page(site, model, "controls/" + control.id() + ".html", "control.ftl", "control", model.control(control));
        }
        page(site, model, "matrix.html", "matrix.ftl", "matrix", model.matrix());
        SystemDescription description = Optional.ofNullable(repository.description())
                .orElseThrow(() -> new IllegalStateException("render needs a valid system/description.yaml"));
        page(
                site,
                model,
                "system-description.html",
                "system-description.ftl",
                "description",
                DescriptionModel.of(description, repository.config().categories(), model));
        List<DueDate> dates = ComplianceCalendar.of(repository, asOf, model.report());
        page(site, model, "calendar.html", "calendar.ftl", "calendar", model.calendar(dates));
        if (!dates.isEmpty()) {
            site.put(
                    "calendar.ics",
                    IcsWriter.write(
                            repository.config().organization() + " SOC 2 compliance calendar",
                            dates,
                            asOf,
                            model.internal()));
        }
        return site;
    }

    private void page(
            SortedMap<String, byte[]> site,
            SiteModel model,
            String path,
            String template,
            String key,
            Map<String, Object> data) {
        String root = "../".repeat((int) path.chars().filter(c -> c == '/').count());
        site.put(
                path,
                bytes(templates.render(
                        template, Plain.map("site", model.site(), "root", root, "page", path, key, data))));
    }

    private static byte[] bytes(String text) {
        return text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
    }
}
