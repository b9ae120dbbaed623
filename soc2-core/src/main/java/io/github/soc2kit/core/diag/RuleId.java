package io.github.soc2kit.core.diag;

/**
 * The rule catalogue: every id soc2kit reports findings under, with its default severity, a one-line summary and
 * its docs page {@code docs/rules/<id>.md}. A {@link Finding} is built from one of these, never from a string, so
 * every stage (load, history, drift, assess, rules) names its rules here. A rule that the {@code rules} package
 * checks has a class named after its id ({@code owner-inactive} is {@code OwnerInactiveRule}); every id has a
 * fixture folder {@code rules/<id>/} (a deviation: {@code checks/<kind>/}) but those RuleDocsTest lists as
 * exceptions; the summary is the one in the docs index, {@code docs/rules/README.md}.
 */
public enum RuleId {

    // reading the files (load)
    YAML_SYNTAX(
            "yaml-syntax",
            Severity.ERROR,
            "A file is not readable YAML: bad indentation, empty, several documents, too deep, or not UTF-8."),
    YAML_DUPLICATE_KEY("yaml-duplicate-key", Severity.ERROR, "The same key appears twice in one mapping."),
    YAML_ALIAS("yaml-alias", Severity.ERROR, "A file uses a YAML alias (`*name`) instead of writing the value out."),
    FILE_TOO_LARGE("file-too-large", Severity.ERROR, "A policy-repository YAML file is larger than 4 MB."),
    FILE_MISSING(
            "file-missing",
            Severity.ERROR,
            "The roster named by `soc2.yaml` or `system/description.yaml` does not exist."),
    FILE_REFUSED(
            "file-refused",
            Severity.ERROR,
            "A repository file is a link leading outside the repository, a folder, a special file or unreadable."),
    SCHEMA("schema", Severity.ERROR, "A file does not match the JSON Schema of its kind."),

    // structural rules (soc2:validate)
    ID_DUPLICATE(
            "id-duplicate",
            Severity.ERROR,
            "Two policies, controls, people, sources, components, exceptions or incidents share an id."),
    PERIOD_INVALID(
            "period-invalid",
            Severity.ERROR,
            "The observation period ends before it starts, or does not fit `report_type`."),
    TIMEZONE_UNKNOWN(
            "timezone-unknown",
            Severity.ERROR,
            "`timezone` in `soc2.yaml`, or an evidence source's `timezone`, is not a known IANA time zone."),
    POLICY_UNKNOWN("policy-unknown", Severity.ERROR, "A control names a policy that does not exist."),
    CONTROL_UNKNOWN(
            "control-unknown", Severity.ERROR, "A policy or a register entry names a control that does not exist."),
    POLICY_CONTROLS_MISMATCH(
            "policy-controls-mismatch",
            Severity.ERROR,
            "A policy's `controls:` list and its controls' `policy:` fields disagree."),
    PERSON_UNKNOWN(
            "person-unknown",
            Severity.ERROR,
            "An owner, approver, author or handoff party is not a person in the roster."),
    CRITERION_UNKNOWN(
            "criterion-unknown",
            Severity.ERROR,
            "A control or the system description names a criterion not in the 2017 TSC."),
    COMPONENT_UNKNOWN(
            "component-unknown",
            Severity.ERROR,
            "A control covers a component the system description does not define."),
    SOURCE_UNKNOWN("source-unknown", Severity.ERROR, "A control test reads an evidence source that is not declared."),
    PARAMETER_UNDEFINED(
            "parameter-undefined",
            Severity.ERROR,
            "Policy text or a control test uses a parameter the policy does not define."),
    CONDITION_INVALID(
            "condition-invalid",
            Severity.ERROR,
            "A test's `where` or `require` is not a CEL condition, a number of days (`within_days`, `grace_days`,"
                    + " `max_gap_days`) names a parameter that is not a whole number, or `every` one that is no period."),
    FILE_NAME_MISMATCH("file-name-mismatch", Severity.WARNING, "A policy or control file is not named after its id."),

    // the git history (soc2:verify)
    POLICY_REVIEW_OVERDUE(
            "policy-review-overdue",
            Severity.ERROR,
            "A policy's last review (approval date or approved commit) plus its cadence falls before the end of the"
                    + " period."),
    OWNER_HANDOFF_MISSING(
            "owner-handoff-missing",
            Severity.ERROR,
            "Git shows a control's owner changed during the period with no handoff in the register."),
    HISTORY_UNAVAILABLE(
            "history-unavailable",
            Severity.NOTE,
            "The policy repository is not in git; the history checks were skipped."),
    HISTORY_SHALLOW(
            "history-shallow",
            Severity.WARNING,
            "A shallow clone does not reach back to the start of the period: `git fetch --unshallow` or"
                    + " `fetch-depth: 0`."),

    // practice rules and drift findings (soc2:verify); a *-deviation is a warning while within the tolerable rate
    CRITERION_UNCOVERED(
            "criterion-uncovered",
            Severity.ERROR,
            "A criterion of a category in scope is addressed by no control and not declared not relevant."),
    COMPONENT_UNCOVERED(
            "component-uncovered",
            Severity.ERROR,
            "An in-scope component of the system description is covered by no control."),
    OWNER_INACTIVE(
            "owner-inactive",
            Severity.ERROR,
            "A control's owner left before the period ended, or joined during it without a handoff."),
    POPULATION_DEVIATION(
            "population-deviation", Severity.ERROR, "Records of a `population` test do not meet `require`."),
    CONFIG_DEVIATION(
            "config-deviation", Severity.ERROR, "Configuration snapshots of a `config` test do not meet `require`."),
    PERIODIC_DEVIATION(
            "periodic-deviation",
            Severity.ERROR,
            "A week, month, quarter, half-year or year has no evidence, or late evidence."),
    TIMELINESS_DEVIATION(
            "timeliness-deviation", Severity.ERROR, "A trigger was not followed by its response within `within_days`."),
    RECONCILIATION_DEVIATION(
            "reconciliation-deviation",
            Severity.ERROR,
            "A record has no counterpart with the same key on the other side."),
    CONTINUITY_DEVIATION(
            "continuity-deviation", Severity.ERROR, "An evidence stream has a gap longer than `max_gap_days`."),
    EXCEPTION_INVALID(
            "exception-invalid",
            Severity.ERROR,
            "A documented exception names a deviation but was approved too late, expired, or lacks a valid approval."),
    EXCEPTION_UNUSED(
            "exception-unused",
            Severity.WARNING,
            "An exception approved during the period (or its exception window) names a record that is not one of its"
                    + " control's deviations."),
    EVIDENCE_MISSING(
            "evidence-missing",
            Severity.ERROR,
            "A source a control test reads has no file: the control is in deviation."),
    EVIDENCE_INVALID(
            "evidence-invalid",
            Severity.ERROR,
            "An evidence file is malformed, cut off, or lacks a column or field it needs."),
    EVIDENCE_STALE(
            "evidence-stale",
            Severity.ERROR,
            "A population test reads an export that stops before the as-of date: the days after it were not tested."),
    EVIDENCE_DUPLICATE(
            "evidence-duplicate",
            Severity.ERROR,
            "An evidence export lists one user, account, pull request or incident twice; it is counted once."),
    CHECK_FAILED(
            "check-failed",
            Severity.ERROR,
            "A control could not be tested: a condition or a date failed on a record, or its source was unreadable."),
    IDENTITY_UNKNOWN(
            "identity-unknown", Severity.WARNING, "Records of a source name people who are not in the roster.");

    private final String id;
    private final Severity severity;
    private final String summary;

    RuleId(String id, Severity severity, String summary) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
    }

    /** The stable kebab-case id printed with every finding: {@code owner-inactive}. */
    public String id() {
        return id;
    }

    /** The severity its findings usually have; the deviations are warnings while within the tolerable rate. */
    public Severity severity() {
        return severity;
    }

    /** One sentence on what the rule reports, as in the docs index (Markdown code spans allowed). */
    public String summary() {
        return summary;
    }

    /** Its page, with the rationale and the fix: {@code docs/rules/<id>.md} in the soc2kit repository. */
    public String docsPage() {
        return "docs/rules/" + id + ".md";
    }

    /** Its page on the web: {@link #docsPage()} in the soc2kit repository on GitHub. */
    public String docsUrl() {
        return "https://github.com/soc2kit/soc2kit/blob/main/" + docsPage();
    }

    /**
     * The line an adapter prints after the findings of this rule, pointing at what a user of soc2kit has: the
     * {@code soc2kit explain} command, which prints the page bundled in the jar, and the page on the web.
     */
    public String seeAlso() {
        return "see: soc2kit explain " + id + " (" + docsUrl() + ")";
    }
}
