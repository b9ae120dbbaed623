package io.github.soc2kit.core.render;

import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.ControlStatus;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.history.Approval;
import io.github.soc2kit.core.history.FileVersion;
import io.github.soc2kit.core.history.RepositoryHistory;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.CriteriaCatalogue;
import io.github.soc2kit.core.model.Criterion;
import io.github.soc2kit.core.model.Person;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.Soc2Config;
import io.github.soc2kit.core.model.SystemDescription;
import io.github.soc2kit.core.rules.Validation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The data of the site's pages as plain maps and lists, built from a validated repository, the criteria catalogue
 * and, for the internal site, the report of {@code soc2:verify}. Without a report the model is the public site's:
 * people by name and role, with no e-mail address, and nothing from verification. Everything is sorted: policies
 * by id, controls by id, criteria in catalogue order, due dates by date.
 */
final class SiteModel {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>@]+@[^\\s<>@]+");

    private final Soc2Config config;
    private final CriteriaCatalogue catalogue;
    private final @Nullable VerifyReport report;
    private final PolicyRepository repository;
    private final List<Policy> policies;
    private final List<Control> controls;
    private final Map<String, SystemDescription.Component> components;
    private final Map<String, String> notRelevant = new TreeMap<>();
    private final RepositoryHistory history;
    private final LocalDate asOf;
    private final TestWords testWords;
    private @Nullable Map<String, Object> site;

    /**
     * @param report the verify report for the internal site; null for the public site
     */
    SiteModel(Validation validation, @Nullable VerifyReport report, RepositoryHistory history, LocalDate asOf) {
        this.asOf = asOf;
        PolicyRepository repository = validation.repository();
        this.history = history;
        this.testWords = new TestWords(validation.conditions());
        this.config = Optional.ofNullable(repository.config())
                .orElseThrow(() -> new IllegalStateException("render needs a valid soc2.yaml"));
        this.catalogue = validation.catalogue();
        this.report = report;
        this.repository = repository;
        this.policies = repository.policies().stream()
                .sorted(Comparator.comparing(Policy::id))
                .toList();
        this.controls = repository.controls().stream()
                .sorted(Comparator.comparing(Control::id))
                .toList();
        SystemDescription description = repository.description();
        this.components = description == null
                ? Map.of()
                : description.components().stream()
                        .collect(Collectors.toMap(SystemDescription.Component::id, Function.identity(), (a, b) -> a));
        if (description != null) {
            for (SystemDescription.NotRelevantCriterion item : description.notRelevantCriteria()) {
                notRelevant.put(item.criterion(), item.reason());
            }
        }
    }

    List<Policy> policies() {
        return policies;
    }

    List<Control> controls() {
        return controls;
    }

    /** The verify report of the internal site; null for the public site. */
    @Nullable VerifyReport report() {
        return report;
    }

    /** Whether this is the internal site, with the verify report and people's e-mail addresses. */
    boolean internal() {
        return report != null;
    }

    /** Shown on every page: who, what, when, and what it was rendered from; worked out once. */
    Map<String, Object> site() {
        if (site == null) {
            site = siteOnce();
        }
        return site;
    }

    private Map<String, Object> siteOnce() {
        return Plain.map(
                "organization", config.organization(),
                "system", config.system(),
                "reportType", config.reportType(),
                "periodStart", text(config.periodStart()),
                "periodEnd", text(config.periodEnd()),
                "timezone", config.timezone(),
                "asOf", asOf.toString(),
                "categories",
                        config.categories().stream().map(Words::capitalized).toList(),
                "internal", internal(),
                "source", source());
    }

    /** What the site was rendered from: "commit 1a2b3c4", with uncommitted changes or not, or "not in git". */
    private String source() {
        if (!history.available()) {
            return "not in git";
        }
        String head = history.head();
        String commit = head == null ? "no commit yet" : "commit " + head.substring(0, 7);
        return history.uncommitted() ? commit + " with uncommitted changes to its policies or controls" : commit;
    }

    Map<String, Object> index() {
        List<Map<String, Object>> criteria = criteria();
        return Plain.map(
                "policies", policies.stream().map(this::policySummary).toList(),
                "controls", controls.stream().map(this::controlSummary).toList(),
                "controlCount", controls.size(),
                "criteriaInScope", criteria.size(),
                "criteriaUncovered",
                        criteria.stream()
                                .filter(c -> (Boolean) c.get("uncovered"))
                                .count(),
                "opinion", report == null ? "" : report.assessment().opinion().label());
    }

    private Map<String, Object> policySummary(Policy policy) {
        return Plain.map(
                "id", policy.id(),
                "title", policy.title(),
                "version", policy.version(),
                "summary", policy.summary(),
                "owner", person(policy.owner()),
                "approver", person(policy.approvedBy()),
                "approvedOn", text(policy.approvedOn()),
                "review", Words.of(policy.review()),
                "controlCount",
                        controls.stream()
                                .filter(c -> c.policy().equals(policy.id()))
                                .count());
    }

    /** The policy index: every policy with its version, owner, approval and review cadence. */
    Map<String, Object> policyIndex() {
        return Plain.map("policies", policies.stream().map(this::policySummary).toList());
    }

    Map<String, Object> policy(Policy policy) {
        LocalDate effective = policy.effective() != null ? policy.effective() : policy.approvedOn();
        List<String> html = Markdown.policyHtml(policy);
        List<Map<String, Object>> sections = new ArrayList<>();
        for (int i = 0; i < policy.sections().size(); i++) {
            sections.add(Plain.map(
                    "anchor",
                    "section-" + (i + 1),
                    "title",
                    policy.sections().get(i).title(),
                    "html",
                    html.get(i)));
        }
        Map<String, Object> page = policySummary(policy);
        page.putAll(Plain.map(
                "approvalSource", approvalSource(policy),
                "effective", text(effective),
                "parameters",
                        new TreeMap<>(policy.parameters())
                                .entrySet().stream()
                                        .map(e -> Plain.map("name", e.getKey(), "value", Markdown.text(e.getValue())))
                                        .toList(),
                "sections", sections,
                "controls",
                        controls.stream()
                                .filter(c -> c.policy().equals(policy.id()))
                                .map(this::controlSummary)
                                .toList(),
                "history", history(policy)));
        return page;
    }

    /** The policy's versions from git, newest first: version, effective day, commit, author, approval, subject. */
    private List<Map<String, Object>> history(Policy policy) {
        ZoneId zone = ZoneId.of(config.timezone());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FileVersion version : history.policy(policy.id())) {
            Policy at = Objects.requireNonNull(version.policy());
            String author = withoutEmail(version.author());
            rows.add(
                    0,
                    Plain.map(
                            "version",
                            at.version(),
                            "effective",
                            version.effective() == null
                                    ? "on merge"
                                    : version.effective().toString(),
                            "commit",
                            version.uncommitted() ? "uncommitted" : version.shortCommit(),
                            "date",
                            version.time() == null
                                    ? ""
                                    : version.time().atZone(zone).toLocalDate().toString(),
                            "author",
                            author,
                            "approval",
                            approval(version, at),
                            "message",
                            scrubbed(version.message().lines().findFirst().orElse(""))));
        }
        return rows;
    }

    /**
     * A version's approval as its row shows it: the git evidence (a trailer's approver by name only), or, when git
     * holds none, the approval the file itself records, so that the table and the policy's header never disagree.
     */
    private String approval(FileVersion version, Policy at) {
        Approval approval = version.approval();
        if (approval == null) {
            return "none in git; the file records " + person(at.approvedBy()).get("name")
                    + (at.approvedOn() == null ? "" : " on " + at.approvedOn());
        }
        return withoutEmail(approval.describe());
    }

    /** Where the current version's approval comes from, when git holds no evidence of it; empty otherwise. */
    private String approvalSource(Policy policy) {
        List<FileVersion> versions = history.policy(policy.id());
        return versions.isEmpty() || versions.get(versions.size() - 1).approval() != null
                ? ""
                : "as recorded in the policy file; git holds no approval of this version";
    }

    /**
     * A name as git records it ("Ana Lind &lt;ana@x&gt;", or an address alone), without the address; on the public site
     * an address anywhere in it becomes the person's name (or the address's local part), since git's text is free.
     */
    private String withoutEmail(String text) {
        return scrubbed(text.replaceFirst("\\s*<[^>]*>$", ""));
    }

    /** Free text from git as the site shows it: on the public site, each address replaced by its person's name. */
    private String scrubbed(String text) {
        return internal()
                ? text
                : ADDRESS.matcher(text)
                        .replaceAll(m -> Matcher.quoteReplacement(
                                (String) person(m.group()).get("name")));
    }

    /** A control in a list: id, title, owner, frequency, risk, criteria, and its status on the internal site. */
    private Map<String, Object> controlSummary(Control control) {
        return Plain.map(
                "id", control.id(),
                "title", control.title(),
                "owner", person(control.owner()),
                "frequency", Words.of(control.frequency()),
                "risk", control.riskLabel(),
                "criteria", control.criteria(),
                "result", result(control.id()).map(FindingsModel::status).orElse(Map.of()));
    }

    Map<String, Object> control(Control control) {
        Policy policy = repository.policy(control.policy());
        return Plain.map(
                "id", control.id(),
                "title", control.title(),
                "html", control.description().isEmpty() ? "" : Markdown.html(control.description()),
                "policy", policyRef(control),
                "owner", person(control.owner()),
                "frequency", Words.of(control.frequency()),
                "risk", control.riskLabel(),
                "nature", Words.of(control.nature()),
                "type", Words.of(control.type()),
                "criteria", control.criteria().stream().map(this::criterion).toList(),
                "components", control.components().stream().map(this::component).toList(),
                "tests",
                        control.tests().stream()
                                .map(test -> testWords.of(test, policy))
                                .toList(),
                "result", result(control.id()).map(FindingsModel::status).orElse(Map.of()));
    }

    /** The control's policy: its id and title. */
    Map<String, Object> policyRef(Control control) {
        Policy policy = repository.policy(control.policy());
        return Plain.map("id", control.policy(), "title", policy == null ? control.policy() : policy.title());
    }

    Optional<ControlResult> result(String controlId) {
        return report == null
                ? Optional.empty()
                : report.controls().stream()
                        .filter(r -> r.id().equals(controlId))
                        .findFirst();
    }

    boolean inDeviation(String controlId) {
        return result(controlId).map(r -> r.status() == ControlStatus.DEVIATION).orElse(false);
    }

    Map<String, Object> criterion(String id) {
        return Plain.map(
                "id", id, "summary", catalogue.find(id).map(Criterion::summary).orElse(""));
    }

    private Map<String, Object> component(String id) {
        SystemDescription.Component component = components.get(id);
        return Plain.map(
                "id",
                id,
                "name",
                component == null ? id : component.name(),
                "kind",
                component == null ? "" : component.kind());
    }

    /** The controls matrix: every criterion in scope, by series, with the controls that address it. */
    Map<String, Object> matrix() {
        Map<String, List<Map<String, Object>>> bySeries = new LinkedHashMap<>();
        Map<String, String> seriesOf = new LinkedHashMap<>();
        for (Criterion criterion : catalogue.inCategories(config.categories())) {
            seriesOf.put(criterion.id(), criterion.series());
        }
        List<Map<String, Object>> criteria = criteria();
        for (Map<String, Object> row : criteria) {
            bySeries.computeIfAbsent(seriesOf.get((String) row.get("id")), s -> new ArrayList<>())
                    .add(row);
        }
        List<Map<String, Object>> series = bySeries.entrySet().stream()
                .map(e -> Plain.map(
                        "id", e.getKey(), "title", catalogue.seriesTitle(e.getKey()), "criteria", e.getValue()))
                .toList();
        return Plain.map(
                "series",
                series,
                "uncovered",
                criteria.stream().filter(c -> (Boolean) c.get("uncovered")).toList(),
                "controls",
                controls.stream().map(this::controlSummary).toList());
    }

    /** Each criterion in scope with its controls, whether it is declared not relevant, and whether it is uncovered. */
    private List<Map<String, Object>> criteria() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Criterion criterion : catalogue.inCategories(config.categories())) {
            List<Map<String, Object>> covering = controls.stream()
                    .filter(c -> c.criteria().contains(criterion.id()))
                    .map(c -> Plain.map("id", c.id(), "title", c.title()))
                    .toList();
            String reason = notRelevant.getOrDefault(criterion.id(), "");
            rows.add(Plain.map(
                    "id",
                    criterion.id(),
                    "summary",
                    criterion.summary(),
                    "controls",
                    covering,
                    "notRelevant",
                    reason,
                    "uncovered",
                    covering.isEmpty() && reason.isEmpty()));
        }
        return rows;
    }

    /** The compliance calendar by month. */
    Map<String, Object> calendar(List<DueDate> dates) {
        Map<String, List<Map<String, Object>>> months = new LinkedHashMap<>();
        for (DueDate date : dates) {
            String month = date.due().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                    + date.due().getYear();
            months.computeIfAbsent(month, m -> new ArrayList<>())
                    .add(Plain.map(
                            "due",
                            date.due().toString(),
                            "period",
                            date.period(),
                            "start",
                            date.start().toString(),
                            "end",
                            date.end().toString(),
                            "status",
                            date.status(),
                            "control",
                            Plain.map("id", date.control(), "title", date.title()),
                            "owner",
                            person(date.ownerEmail())));
        }
        return Plain.map(
                "count",
                dates.size(),
                "months",
                months.entrySet().stream()
                        .map(e -> Plain.map("name", e.getKey(), "dates", e.getValue()))
                        .toList());
    }

    /**
     * A person of the roster by email, with the email on the internal site only; the email itself as the name when
     * the roster does not know it.
     */
    Map<String, Object> person(String email) {
        Person person = repository.person(email);
        return Plain.map(
                "email",
                internal() ? email : "",
                "name",
                person != null ? person.name() : internal() ? email : email.replaceFirst("@.*", ""),
                "title",
                person == null ? "" : person.title());
    }

    private static String text(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
