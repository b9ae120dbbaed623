package io.github.soc2kit.core.hostile;

import static io.github.soc2kit.core.hostile.HostileInputTest.Goal.RENDER;
import static io.github.soc2kit.core.hostile.HostileInputTest.Goal.VALIDATE;
import static io.github.soc2kit.core.hostile.HostileInputTest.Goal.VERIFY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.PolicyRenderer;
import io.github.soc2kit.core.api.PolicyValidator;
import io.github.soc2kit.core.api.RenderRequest;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.ValidateRequest;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResult;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.InvalidConfigurationException;
import io.github.soc2kit.core.diag.LogEntry;
import io.github.soc2kit.core.diag.PolicyLoadException;
import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.diag.Severity;
import io.github.soc2kit.core.diag.Soc2Exception;
import io.github.soc2kit.core.diag.TemplateRenderException;
import io.github.soc2kit.core.diag.Wording;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input suite of {@code docs/security.md}: one fixture per class of input that a pull request from
 * anyone can hold, each run through the three goals' façades (validate, verify, render) with the same checks. A
 * class that has its own detailed tests elsewhere ({@code FilePolicyTest}, {@code TemplatesTest},
 * {@code OutputFoldersTest}, {@code NdjsonReaderTest}, the {@code rules/} fixtures) keeps them; this is the one place
 * that states every class with every check:
 *
 * <ol>
 *   <li>the outcome of the goal the input aims at, the analogue of the build's exit status: a located finding under
 *       its rule id, a {@link Soc2Exception} that names the place, or the inert output expected; and no goal ends with
 *       any other exception;
 *   <li>no stack trace in any message;
 *   <li>no content of a file soc2kit must not read ({@link #SECRET}) in any message or any byte written (the PDF's
 *       text included), and no report that names the repository's folder;
 *   <li>no line forged from a value, in the build log or in a report read line by line, and no {@code @mention} in
 *       {@code verify.md};
 *   <li>no one mistake listed without end;
 *   <li>nothing written outside the fixture's {@code target/};
 *   <li>a bounded run time.
 * </ol>
 *
 * <p>A fixture is {@code hostile/<class>/}: files laid over the base repository, and a {@code setup} for what git
 * cannot hold (see {@link Setup}). A class that fails a check today is listed with the reason and skipped
 * ({@link Case#disabled}), so that the gap shows in every build.
 */
class HostileInputTest {

    /** What every file soc2kit must not read holds, and what no output may show. */
    static final String SECRET = "S0C2KIT-H0STILE-SECRET-5e1f";

    /** A bound for a run that nothing should slow down: far above the seconds it takes, far below a hang. */
    private static final Duration BOUND = Duration.ofSeconds(60);

    /** The bound of a run that meets the site's template time limit of 60 s. */
    private static final Duration TEMPLATE_TIME_LIMIT_BOUND = Duration.ofSeconds(150);

    /** A stack trace line, a "Caused by:", or the name of a Java exception class. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)^\\s*at [\\w$.]+\\(|Caused by: |\\b(?:java|javax|jdk|sun|tools|freemarker|org|com|dev|io)\\.[\\w.$]*"
                    + "(?:Exception|Error)\\b");

    /** A line that a build log would take for one of its own. */
    private static final Pattern FORGED_LINE = Pattern.compile("(?im)^\\s*\\[(?:INFO|WARNING|WARN|ERROR|DEBUG)\\]");

    /** A Markdown code span, in which GitHub makes nothing a mention. */
    private static final Pattern CODE_SPAN = Pattern.compile("(`+).*?\\1");

    /** An {@code @} that starts a word, which GitHub makes a mention (an e-mail address has a word before it). */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.+-])@[A-Za-z0-9]");

    /** More findings than this from one goal is one mistake listed without end. */
    private static final int MAX_FINDINGS = 500;

    enum Goal {
        VALIDATE,
        VERIFY,
        RENDER
    }

    static Stream<Case> cases() {
        return Stream.of(
                // reading outside the repository through a symbolic link
                new Case(
                        "link-out-policy",
                        finding(
                                VALIDATE,
                                "policies/secrets.yaml: error: 'policies/secrets.yaml' is a link that leads outside the"
                                        + " repository; soc2kit did not read it [file-refused]")),
                new Case(
                        "link-out-roster",
                        finding(
                                VALIDATE,
                                "people.yaml: error: 'people.yaml' is a link that leads outside the repository;"
                                        + " soc2kit did not read it [file-refused]")),
                new Case(
                        "link-out-evidence",
                        finding(
                                VERIFY,
                                "evidence/okta/users.json: error: evidence file 'evidence/okta/users.json' is a link"
                                        + " that leads outside the repository; soc2kit did not read it"
                                        + " [evidence-invalid]")),
                new Case(
                        "link-out-in-glob",
                        finding(
                                VERIFY,
                                "evidence/hris/2026-07.csv: error: evidence file 'evidence/hris/2026-07.csv' is a link"
                                        + " that leads outside the repository; soc2kit did not read it"
                                        + " [evidence-invalid]")),
                new Case(
                        "link-out-template",
                        failure(
                                RENDER,
                                "TemplateRenderException: template templates/index.ftl: is a link that leads outside"
                                        + " the repository; soc2kit did not read it")),
                new Case(
                        "link-dangling",
                        finding(
                                VALIDATE,
                                "controls/CHG-03.yaml: error: 'controls/CHG-03.yaml' is a link to a file that does not"
                                        + " exist; soc2kit did not read it [file-refused]")),
                new Case(
                        "link-loop",
                        finding(
                                VERIFY,
                                "evidence/okta/users.json: error: evidence file 'evidence/okta/users.json' is a link"
                                        + " that cannot be followed (a loop of links?); soc2kit did not read it"
                                        + " [evidence-invalid]")),
                // special files
                new Case(
                        "fifo-evidence",
                        finding(
                                VERIFY,
                                "evidence/okta/users.json: error: evidence file 'evidence/okta/users.json' is not a"
                                        + " regular file (a FIFO, socket or device); soc2kit did not read it"
                                        + " [evidence-invalid]")),
                new Case(
                        "unreadable-evidence",
                        finding(
                                VERIFY,
                                "evidence/okta/users.json: error: evidence file 'evidence/okta/users.json' cannot be read"
                                        + " (permission denied); soc2kit did not read it [evidence-invalid]")),
                new Case(
                        "folder-for-file",
                        finding(
                                VALIDATE,
                                "people.yaml: error: 'people.yaml' is a folder, not a file; soc2kit did not read it"
                                        + " [file-refused]")),
                new Case(
                        "locked-folder",
                        finding(
                                VALIDATE,
                                "controls/archive: error: 'controls/archive' cannot be listed (check its permissions);"
                                        + " soc2kit did not read the files in it [file-refused]")),
                // conditions that never finish
                new Case(
                        "condition-nested-macro",
                        finding(
                                VALIDATE,
                                "controls/CHG-01.yaml:13:10: error: 'where' of control 'CHG-01' is not a valid"
                                        + " condition: a macro such as all, exists or map inside another one over the"
                                        + " record's lists makes the work multiply with each list's size, which soc2kit"
                                        + " does not allow (at character 74 of 'record.base.ref == 'main' &&"
                                        + " record.labels.all(l, record.assignees.exists(a, a.login != l.name))')"
                                        + " [condition-invalid]")),
                new Case(
                        "condition-runaway",
                        finding(
                                VERIFY,
                                "controls/CHG-01.yaml:10:1: error: control 'CHG-01' could not be tested: cannot evaluate"
                                        + " 'record.base.ref == 'main' && record.labels.all(l, l.name !="
                                        + " 'skip-review')' on record 'tiny-co/tiny-app#406': Iteration budget"
                                        + " exceeded: 10000 (evidence/github/pulls.json:2:3) [check-failed]")),
                // templates and text that never finish or never stop growing
                new Case(
                                "template-endless-loop",
                                failure(
                                        RENDER,
                                        "TemplateRenderException: template templates/index.ftl:3:1: the site's"
                                                + " templates ran longer than the limit of 60 s"))
                        .bound(TEMPLATE_TIME_LIMIT_BOUND),
                new Case(
                        "template-recursion",
                        failure(
                                RENDER,
                                "TemplateRenderException: template templates/index.ftl:2:1: elements nest deeper than"
                                        + " the limit of 500 (a macro or function that calls itself without end?)")),
                new Case(
                        "template-endless-output",
                        failure(
                                RENDER,
                                "TemplateRenderException: template templates/index.ftl:3:17: the page has more than"
                                        + " the limit of 16,777,216 characters")),
                new Case(
                        "template-huge-range",
                        failure(
                                RENDER,
                                "TemplateRenderException: template templates/index.ftl:3:7: a range outside <#list> must"
                                        + " be written with numbers at most 10,000 apart, such as 1..12;"
                                        + " '1..100000000' is not")),
                new Case(
                        "site-output",
                        failure(
                                RENDER,
                                "TemplateRenderException: template templates/control.ftl:2:24: the site's pages have"
                                        + " more than the limit of 67,108,864 characters in all")),
                new Case(
                        "parameter-expansion",
                        failure(
                                RENDER,
                                "PolicyLoadException: policies/access-control.yaml:17:11: policy 'access-control' would"
                                        + " have more than the limit of 8,388,608 characters of text once its parameter"
                                        + " values are substituted; use shorter values or fewer placeholders")),
                // memory
                new Case(
                        "ndjson-long-line",
                        finding(
                                VERIFY,
                                "evidence/aws/backup-jobs.ndjson:3:1: error: line 3 of"
                                        + " 'evidence/aws/backup-jobs.ndjson' is longer than 8,388,608 bytes; an"
                                        + " NDJSON export holds one JSON object per line [evidence-invalid]")),
                new Case(
                        "json-value-limit",
                        finding(
                                VERIFY,
                                "evidence/okta/users.json:43:3: error: 'evidence/okta/users.json' holds a value longer"
                                        + " than 1,048,576 characters inside record 2 [evidence-invalid]")),
                new Case(
                        "yaml-value-limit",
                        finding(
                                VERIFY,
                                "evidence/manual/access-reviews.yaml:7:5: error: 'evidence/manual/access-reviews.yaml'"
                                        + " holds a value or comment that takes more than 1,114,112 bytes of the file"
                                        + " inside record 2"
                                        + " [evidence-invalid]")),
                new Case(
                        "deep-nesting",
                        finding(
                                VERIFY,
                                "evidence/okta/users.json:43:3: error: 'evidence/okta/users.json' holds values nested"
                                        + " more than 64 levels deep inside record 2 [evidence-invalid]")),
                new Case(
                        "huge-number",
                        finding(
                                VERIFY,
                                "evidence/okta/users.json:43:3: error: 'evidence/okta/users.json' holds a number longer"
                                        + " than 100 characters inside record 2 [evidence-invalid]")),
                // values that are not what they claim
                new Case(
                        "impossible-date",
                        finding(
                                VERIFY,
                                "controls/IAM-01.yaml:8:1: error: control 'IAM-01' could not be tested:"
                                        + " 'terminationDate' of record 'carla@tiny.example' is not a date or time:"
                                        + " '2026-02-31' (evidence/hris.csv:4:1) [check-failed]")),
                new Case(
                        "long-bad-value",
                        finding(
                                VERIFY,
                                "evidence/aws/credential-report.csv:3:1: error: record 2 of"
                                        + " 'evidence/aws/credential-report.csv' has '" + "notabool;".repeat(8)
                                        + "notabool…' in column 'mfa_active', expected 'true' or 'false'"
                                        + " [evidence-invalid]")),
                new Case(
                        "duplicate-records",
                        finding(
                                VERIFY,
                                "evidence/okta/users.json:84:3: error: a second record with the key 'ben@tiny.example'"
                                        + " (the first is at line 43); only the first is counted"
                                        + " [evidence-duplicate]")),
                new Case(
                        "record-missing-field",
                        finding(
                                VERIFY,
                                "evidence/okta/users.json:43:3: error: record 2 of 'evidence/okta/users.json' has no"
                                        + " field 'status' [evidence-invalid]")),
                // output that can be forged
                new Case(
                        "forged-log-id",
                        finding(
                                VALIDATE,
                                "controls/CHG-02.yaml:2:5: error: 'id': 'CHG-02\\n[INFO] BUILD SUCCESS' is not in the"
                                        + " expected form [schema]")),
                new Case(
                        "forged-log-evidence",
                        finding(
                                VERIFY,
                                "controls/IAM-01.yaml:8:1: error: IAM-01: 1 of 1 trigger (100.0 %) deviate: leavers"
                                        + " lose access in time: mallory@tiny.example\\n[info] all controls"
                                        + " effective\\n[error] @security-team approve this (no response in"
                                        + " 'okta-users' from 2026-03-02 to 2026-06-30 (limit 1))"
                                        + " [timeliness-deviation]")),
                new Case(
                        "data-link",
                        written(
                                RENDER,
                                "target/soc2-site/policies/access-control.html",
                                "see <a rel=\"nofollow\" href=\"\">the runbook</a>")),
                // writes outside target/
                new Case(
                        "reports-link-out",
                        failure(
                                VALIDATE,
                                "InvalidConfigurationException: <outputDirectory>: the reports folder"
                                        + " {repo}/target/soc2 is, or lies under, a symbolic link that leads out of the"
                                        + " build directory {repo}/target; delete the link or choose another folder")),
                new Case(
                        "site-in-repository",
                        failure(
                                RENDER,
                                "InvalidConfigurationException: <siteDirectory>: the site folder {repo}/policies/site"
                                        + " lies inside the policy repository, outside its build directory"
                                        + " {repo}/target, and would overwrite the repository's files; choose a folder"
                                        + " under {repo}/target")),
                new Case(
                        "site-equals-reports",
                        failure(
                                RENDER,
                                "InvalidConfigurationException: <siteDirectory>: the site folder {repo}/target/soc2"
                                        + " holds the reports of soc2:verify and would delete them; give the site a"
                                        + " folder of its own, for example target/soc2-site")),
                // errors without a place, or far too many
                new Case(
                        "repeated-mistake",
                        finding(
                                VALIDATE,
                                "controls/CHG-02.yaml: error: 39,901 more findings in this file are not listed"
                                        + " (only the first 100 are) [schema]")),
                new Case(
                        "unclosed-quote",
                        finding(
                                VERIFY,
                                "evidence/okta/users.json:57:23: error: unexpected end of file inside record 2:"
                                        + " expected '\"' to close a string [evidence-invalid]")),
                new Case(
                        "deep-nesting-yaml",
                        finding(
                                VALIDATE,
                                "policies/access-control.yaml:12:73: error: values are nested more than 64 levels"
                                        + " deep [yaml-syntax]")),
                new Case(
                        "nul-byte",
                        finding(
                                VALIDATE,
                                "controls/CHG-02.yaml:3:21: error: control character U+0000 is not allowed in YAML"
                                        + " [yaml-syntax]")),
                // handled before the issue
                new Case(
                        "yaml-syntax",
                        finding(
                                VALIDATE,
                                "controls/CHG-02.yaml:9:3: error: this line is indented like no key or list item above"
                                        + " it [yaml-syntax]")),
                new Case(
                        "yaml-alias",
                        finding(
                                VALIDATE,
                                "policies/laughs.yaml:3:8: error: YAML aliases ('*a') are not supported"
                                        + " [yaml-alias]")),
                new Case(
                        "wrong-type",
                        finding(
                                VALIDATE,
                                "controls/CHG-02.yaml:7:7: error: 'risk': 3 is not one of 'low', 'moderate', 'high'"
                                        + " [schema]")),
                new Case(
                        "path-traversal",
                        finding(
                                VERIFY,
                                "evidence/sources.yaml:11:11: error: evidence source 'okta-users' has no file matching"
                                        + " 'evidence/../../outside/users.json' [evidence-missing]")),
                new Case(
                        "huge-yaml",
                        finding(
                                VALIDATE,
                                "policies/notes.yaml: error: file is 4.0 MB; policy files may be at most 4 MB"
                                        + " [file-too-large]")));
    }

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostile_input_is_refused_where_it_is_without_leaking_hanging_or_writing_elsewhere(Case c) throws IOException {
        if (c.disabled() != null) {
            abort("fails today: " + c.disabled());
        }
        Path fixture = Fixtures.resource("hostile/" + c.name());
        Path repository = Fixtures.repository(temp.resolve("repo"), fixture);
        Files.deleteIfExists(repository.resolve(Setup.FILE)); // it describes the fixture; it is no file of it
        Path target = repository.resolve("target");
        Setup setup = Setup.apply(fixture.resolve(Setup.FILE), repository);
        try {
            SortedMap<String, String> before = snapshot(temp, target);

            Run run = assertTimeoutPreemptively(c.bound(), () -> Run.of(repository, setup));

            c.expected().check(run, repository);
            assertThat(run.messages())
                    .as("messages")
                    .noneMatch(m -> STACK_TRACE.matcher(m).find())
                    .noneMatch(m -> m.contains(SECRET));
            assertThat(run.causes()).as("the causes of a failure").noneMatch(m -> m.contains(SECRET));
            assertThat(run.log())
                    .as("the build log: a line per message")
                    .allMatch(line -> line.lines().count() == 1);
            List<String> problems = new ArrayList<>();
            for (Written file : written(target)) {
                if (file.text().contains(SECRET)) {
                    problems.add(file.path() + " holds the secret");
                }
                if (file.text().contains(temp.toString())) {
                    problems.add(file.path() + " names the repository's folder");
                }
                if (STACK_TRACE.matcher(file.text()).find()) {
                    problems.add(file.path() + " holds a stack trace");
                }
                if (!file.path().endsWith(".html") // a browser shows a line break in HTML text as a space
                        && FORGED_LINE.matcher(file.text()).find()) {
                    problems.add(file.path() + " has a line a log would take for its own");
                }
            }
            assertThat(problems).as("the files written under target/").isEmpty();
            Path comment = target.resolve("soc2/verify.md");
            if (Files.isRegularFile(comment, LinkOption.NOFOLLOW_LINKS)) {
                assertThat(CODE_SPAN.matcher(Files.readString(comment)).replaceAll(""))
                        .as("verify.md but its code spans")
                        .doesNotContainPattern(MENTION);
            }
            assertThat(run.outcomes())
                    .as("findings of one goal")
                    .allSatisfy(o -> assertThat(o.findings()).hasSizeLessThan(MAX_FINDINGS));
            assertThat(changes(before, snapshot(temp, target)))
                    .as("changes outside target/")
                    .isEmpty();
        } finally {
            setup.undo();
        }
    }

    // the cases

    /**
     * One class of hostile input: its fixture {@code hostile/<name>/}, what the goal it aims at ends with, how long
     * the three goals may take, and why it fails today (null when it does not).
     */
    record Case(
            String name,
            Expected expected,
            Duration bound,
            @Nullable String disabled) {

        Case(String name, Expected expected) {
            this(name, expected, BOUND, null);
        }

        Case bound(Duration longer) {
            return new Case(name, expected, longer, disabled);
        }

        /** A case that fails today for the reason given: skipped, and reported as such, until it is fixed. */
        Case disabled(String why) {
            return new Case(name, expected, bound, why);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** What the goal that the input aims at ends with. */
    interface Expected {
        void check(Run run, Path repository) throws IOException;
    }

    /** The goal ended with findings, {@code line} among them as the build log prints it. */
    static Expected finding(Goal goal, String line) {
        return (run, repository) -> {
            Outcome outcome = run.outcome(goal);
            assertThat(outcome.failure()).as(goal + " failed").isNull();
            assertThat(outcome.lines()).as(goal + " findings").contains(line);
        };
    }

    /**
     * The goal stopped with a {@link Soc2Exception}, which the build log prints as {@code line} (its type first);
     * {@code {repo}} stands for the repository's folder.
     */
    static Expected failure(Goal goal, String line) {
        return (run, repository) -> {
            Outcome outcome = run.outcome(goal);
            assertThat(outcome.failure()).as(goal + " failure").isNotNull();
            assertThat(outcome.lines()).containsExactly(line.replace("{repo}", repository.toString()));
        };
    }

    /** The goal ended without an error, and wrote {@code file} (repository-relative) holding {@code text}. */
    static Expected written(Goal goal, String file, String text) {
        return (run, repository) -> {
            Outcome outcome = run.outcome(goal);
            assertThat(outcome.failure()).as(goal + " failed").isNull();
            assertThat(outcome.lines()).as(goal + " findings").noneMatch(line -> line.contains(": error: "));
            assertThat(repository.resolve(file)).content().contains(text);
        };
    }

    // running the goals

    /** What one goal ended with: its findings, or the failure that stopped it. */
    record Outcome(
            Goal goal,
            List<Finding> findings,
            List<LogEntry> console,
            @Nullable Soc2Exception failure) {

        /**
         * As the build log prints it (see AbstractSoc2Mojo): each finding on its line, or the failure that stopped the
         * goal, after its type.
         */
        List<String> lines() {
            if (failure != null) {
                String text = String.valueOf(failure.getMessage());
                if (failure instanceof PolicyLoadException e) {
                    text = e.at() + ": " + text;
                } else if (failure instanceof InvalidConfigurationException e) {
                    text = "<" + e.option() + ">: " + text;
                } else if (failure instanceof TemplateRenderException) {
                    text = "template " + text;
                }
                return List.of(failure.getClass().getSimpleName() + ": " + Wording.printable(text));
            }
            return findings.stream().map(f -> Wording.printable(f.format())).toList();
        }
    }

    /** The three goals run one after the other on the fixture, as a build runs soc2:validate, verify and render. */
    record Run(List<Outcome> outcomes, List<String> progress) {

        static Run of(Path repository, Setup setup) {
            List<String> progress = new ArrayList<>();
            Soc2Listener listener = progress::add;
            Path target = repository.resolve("target");
            Path reports = target.resolve("soc2");
            Path site = setup.site() == null ? target.resolve("soc2-site") : repository.resolve(setup.site());
            List<Outcome> outcomes = List.of(
                    findings(
                            VALIDATE,
                            () -> new PolicyValidator()
                                    .validate(new ValidateRequest(repository, target, reports, listener))
                                    .report()),
                    outcome(VERIFY, () -> {
                        VerifyResult result = new EvidenceVerifier()
                                .verify(new VerifyRequest(
                                        repository, target, reports, Fixtures.AFTER_PERIOD, listener));
                        return new Outcome(VERIFY, result.findings().findings(), result.console(), null);
                    }),
                    findings(
                            RENDER,
                            () -> new PolicyRenderer()
                                    .renderWithFindings(
                                            new RenderRequest(
                                                    repository,
                                                    target,
                                                    site,
                                                    site.resolveSibling("soc2-site-internal"),
                                                    null,
                                                    Fixtures.AFTER_PERIOD,
                                                    listener),
                                            reports)
                                    .report()));
            return new Run(outcomes, progress);
        }

        /** Runs a goal that ends with its findings. */
        private static Outcome findings(Goal goal, Supplier<Report> run) {
            return outcome(goal, () -> {
                Report report = run.get();
                return new Outcome(goal, report.findings(), report.logged(), null);
            });
        }

        /** Runs a goal; a {@link Soc2Exception} ends it, and any other exception fails the case. */
        private static Outcome outcome(Goal goal, Supplier<Outcome> run) {
            try {
                return run.get();
            } catch (Soc2Exception e) {
                return new Outcome(goal, List.of(), List.of(), e);
            }
        }

        Outcome outcome(Goal goal) {
            return outcomes.stream().filter(o -> o.goal() == goal).findFirst().orElseThrow();
        }

        /** Every message a user sees: findings with their hints, console lines, progress, failures. */
        List<String> messages() {
            List<String> messages = new ArrayList<>(progress);
            for (Outcome outcome : outcomes) {
                for (Finding f : outcome.findings()) {
                    messages.add(f.format());
                    if (f.hint() != null) {
                        messages.add(f.hint());
                    }
                }
                outcome.console().forEach(entry -> messages.addAll(entry.lines()));
                if (outcome.failure() != null) {
                    messages.add(String.valueOf(outcome.failure().getMessage()));
                }
            }
            return messages;
        }

        /** The messages of what caused a failure, which a build shows with {@code -e}. */
        List<String> causes() {
            List<String> causes = new ArrayList<>();
            for (Outcome outcome : outcomes) {
                for (Throwable t = outcome.failure(); t != null; t = t.getCause()) {
                    causes.add(String.valueOf(t.getMessage()));
                }
            }
            return causes;
        }

        /** The build log, one entry per line the Maven plugin logs (see AbstractSoc2Mojo). */
        List<String> log() {
            List<String> log = new ArrayList<>();
            progress.forEach(p -> log.add("[INFO] soc2: " + Wording.printable(p)));
            for (Outcome outcome : outcomes) {
                for (LogEntry entry : outcome.console()) {
                    log.add("[" + (entry.level() == Severity.NOTE ? "INFO" : entry.level()) + "] "
                            + entry.lines().get(0));
                    log.addAll(entry.lines().subList(1, entry.lines().size()));
                }
                if (outcome.failure() != null) {
                    log.add("[ERROR] " + outcome.lines().get(0));
                }
            }
            return log;
        }
    }

    // what the goals wrote, and what they did not

    /** A file written under the build directory, its path there and its text. */
    record Written(String path, String text) {}

    /** Every file written under {@code target}, its bytes as text (and a PDF's text as well). */
    private static List<Written> written(Path target) throws IOException {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Written> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(target)) {
            for (Path file : walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList()) {
                String path = target.relativize(file).toString();
                byte[] bytes = Files.readAllBytes(file);
                files.add(new Written(path, new String(bytes, StandardCharsets.ISO_8859_1)));
                if (path.endsWith(".pdf")) {
                    try (PDDocument pdf = Loader.loadPDF(bytes)) {
                        files.add(new Written(path + " (text)", new PDFTextStripper().getText(pdf)));
                    }
                }
            }
        }
        return files;
    }

    /**
     * Everything under {@code temp} but the build directory {@code target}, links not followed: each path with its
     * kind and permissions, and for a file its size, time and digest. Equal before and after a run that wrote nothing
     * there.
     */
    private static SortedMap<String, String> snapshot(Path temp, Path target) throws IOException {
        SortedMap<String, String> tree = new TreeMap<>();
        Files.walkFileTree(temp, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(target)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                tree.put(name(dir), "folder " + permissions(dir));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (file.equals(target)) {
                    return FileVisitResult.CONTINUE;
                } else if (attrs.isSymbolicLink()) {
                    tree.put(name(file), "link to " + Files.readSymbolicLink(file));
                } else if (attrs.isOther()) {
                    tree.put(name(file), "special file " + permissions(file));
                } else {
                    tree.put(
                            name(file),
                            "file " + permissions(file) + " " + attrs.size() + " bytes, modified "
                                    + attrs.lastModifiedTime() + ", sha-256 " + digest(file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                tree.put(name(file), "cannot be read: " + e.getClass().getSimpleName());
                return FileVisitResult.CONTINUE;
            }

            private String name(Path path) {
                return temp.relativize(path).toString();
            }
        });
        return tree;
    }

    /** What differs between two snapshots, one line per path. */
    private static List<String> changes(SortedMap<String, String> before, SortedMap<String, String> after) {
        SortedMap<String, String> paths = new TreeMap<>(before);
        paths.putAll(after);
        return paths.keySet().stream()
                .filter(path -> !Objects.equals(before.get(path), after.get(path)))
                .map(path -> path + ": " + before.get(path) + " -> " + after.get(path))
                .toList();
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    /** The file's SHA-256, or "unreadable" for a file the tests made unreadable (which root reads all the same). */
    private static String digest(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            return "unreadable";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // what git cannot hold

    /**
     * A fixture's {@code setup}: what git cannot hold, made at run time, one line each. Paths are the repository's,
     * {@code ../} leads out of it; a {@code #} line is a comment.
     *
     * <ul>
     *   <li>{@code secret <path>}: a file holding {@link #SECRET}, which soc2kit must not read;
     *   <li>{@code link <path> -> <target>}: a symbolic link, its target as written;
     *   <li>{@code fifo <path>}: a named pipe, on which whoever opens it waits for ever;
     *   <li>{@code folder <path>}: an empty folder;
     *   <li>{@code locked <path>}: a folder holding a secret file, which no one may list (the case is skipped where
     *       permissions are not enforced, as for root);
     *   <li>{@code unreadable <path>}: a file of the repository that no one may read (skipped likewise);
     *   <li>{@code repeat <path> <times> <text>}: the first {@code <text>} of a file of the fixture, written that many
     *       times over (big files are made, not committed);
     *   <li>{@code site <path>}: the site folder the render is given, instead of {@code target/soc2-site}.
     * </ul>
     *
     * A link, pipe or folder replaces a file of the base repository at its path.
     */
    record Setup(@Nullable String site, List<Path> locked) {

        static final String FILE = "setup";

        static Setup apply(Path file, Path repository) throws IOException {
            String site = null;
            List<Path> locked = new ArrayList<>();
            List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file) : List.of();
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.split(" ", 3);
                Path path = repository.resolve(words[1]).normalize();
                switch (words[0]) {
                    case "secret" ->
                        Files.writeString(
                                parent(path), "{\"" + SECRET + "\": \"" + SECRET + "\"}\n", StandardCharsets.UTF_8);
                    case "link" -> {
                        assertThat(words[2]).as(line).startsWith("-> ");
                        Files.createSymbolicLink(replaced(path), Path.of(words[2].substring("-> ".length())));
                    }
                    case "fifo" -> fifo(replaced(path));
                    case "unreadable" -> {
                        Files.setPosixFilePermissions(path, Set.of());
                        locked.add(path);
                        assumeFalse(
                                Files.isReadable(path),
                                "this user reads files without permission (root does): the case needs one that does"
                                        + " not");
                    }
                    case "folder" -> Files.createDirectories(replaced(path));
                    case "locked" -> {
                        Files.createDirectories(path);
                        Files.writeString(path.resolve("secret.yaml"), "id: " + SECRET + "\n");
                        Files.setPosixFilePermissions(path, Set.of());
                        locked.add(path);
                        assumeFalse(
                                Files.isReadable(path),
                                "this user reads folders without permission (root does): the case needs one that"
                                        + " does not");
                    }
                    case "repeat" -> {
                        String[] timesText = words[2].split(" ", 2);
                        String unit = timesText[1];
                        String text = Files.readString(path);
                        int at = text.indexOf(unit);
                        assertThat(at).as(line).isNotNegative();
                        Files.writeString(
                                path,
                                text.substring(0, at)
                                        + unit.repeat(Integer.parseInt(timesText[0]))
                                        + text.substring(at + unit.length()));
                    }
                    case "site" -> site = words[1];
                    default -> throw new IllegalArgumentException(file + ": no such setup: " + line);
                }
            }
            return new Setup(site, locked);
        }

        /** Gives the locked folders and files their permissions back, so that the temporary folder can be deleted. */
        void undo() throws IOException {
            for (Path folder : locked) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }

        private static Path parent(Path path) throws IOException {
            Files.createDirectories(path.getParent());
            return path;
        }

        private static Path replaced(Path path) throws IOException {
            Files.deleteIfExists(parent(path));
            return path;
        }

        private static void fifo(Path path) throws IOException {
            try {
                Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
                assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }
}
