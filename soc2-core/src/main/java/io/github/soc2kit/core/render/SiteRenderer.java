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
 * Renders the whole site in memory, as relative path to bytes, so that nothing is written unless every page
 * rendered. Pages: {@code index.html}, {@code policies/<id>.html}, {@code controls/<id>.html},
 * {@code matrix.html}, {@code system-description.html}, {@code calendar.html} and {@code calendar.ics} (when any
 * control is periodic),
 * {@code policies.pdf}, and with a verify report {@code findings.html} and {@code remediation/<id>.html} for each
 * control in deviation; plus {@code site.css}.
 */
public final class SiteRenderer {

    private final PolicyRepository repository;
    private final SiteModel model;
    private final Templates templates;
    private final @Nullable VerifyReport report;
    private final LocalDate asOf;

    /**
     * @param root the policy repository's folder; its {@code templates/} folder overrides bundled templates
     * @param validation the repository as read and validated
     * @param report the result of {@code soc2:verify}, or null when it did not run
     * @param history the git history of the policies, for their change-history tables
     * @param asOf the day the site states and its statuses are as of: the report's own when there is one
     */
    public SiteRenderer(
            Path root,
            Validation validation,
            @Nullable VerifyReport report,
            RepositoryHistory history,
            LocalDate asOf) {
        this.repository = validation.repository();
        this.asOf = asOf;
        this.model = new SiteModel(validation, report, history, asOf);
        this.templates = new Templates(root);
        this.report = report;
    }

    /**
     * Every file of the site by its path relative to the site root, with '/'.
     *
     * @throws io.github.soc2kit.core.diag.TemplateRenderException when a template fails
     */
    public SortedMap<String, byte[]> render() {
        SortedMap<String, byte[]> site = new TreeMap<>();
        site.put("site.css", bytes(templates.render("site.css", Map.of())));
        page(site, "index.html", "index.ftl", "index", model.index());
        for (Policy policy : model.policies()) {
            page(site, "policies/" + policy.id() + ".html", "policy.ftl", "policy", model.policy(policy));
        }
        for (Control control : model.controls()) {
            page(site, "controls/" + control.id() + ".html", "control.ftl", "control", model.control(control));
        }
        page(site, "matrix.html", "matrix.ftl", "matrix", model.matrix());
        SystemDescription description = Optional.ofNullable(repository.description())
                .orElseThrow(() -> new IllegalStateException("render needs a valid system/description.yaml"));
        page(
                site,
                "system-description.html",
                "system-description.ftl",
                "description",
                DescriptionModel.of(description, repository.config().categories(), model));
        List<DueDate> dates = ComplianceCalendar.of(repository, asOf, report);
        page(site, "calendar.html", "calendar.ftl", "calendar", model.calendar(dates));
        if (!dates.isEmpty()) {
            site.put(
                    "calendar.ics",
                    IcsWriter.write(repository.config().organization() + " SOC 2 compliance calendar", dates, asOf));
        }
        if (report != null) {
            page(site, "findings.html", "findings.ftl", "findings", FindingsModel.findings(report, model));
            for (Control control : model.controls()) {
                Optional<ControlResult> result = model.result(control.id());
                if (result.isPresent() && result.get().status() == ControlStatus.DEVIATION) {
                    page(
                            site,
                            "remediation/" + control.id() + ".html",
                            "remediation.ftl",
                            "remediation",
                            FindingsModel.remediation(control, result.get(), report, model));
                }
            }
        }
        String print = templates.render(
                "print.ftl",
                Plain.map(
                        "site",
                        model.site(),
                        "css",
                        templates.render("print.css", Map.of()),
                        "paper",
                        repository.config().paper().label(),
                        "policies",
                        model.policies().stream().map(model::policy).toList()));
        site.put("policies.pdf", PdfWriter.write(print));
        return site;
    }

    private void page(
            SortedMap<String, byte[]> site, String path, String template, String key, Map<String, Object> data) {
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
