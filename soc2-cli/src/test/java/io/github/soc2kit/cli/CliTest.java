package io.github.soc2kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.api.Version;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line run in-process: exit codes, and the exact lines on stdout and stderr. */
class CliTest {

    /** Where the closing summary of verify points. */
    static final String DETAILS =
            "details in target/soc2/verify.md and, once rendered, the internal site target/soc2-site-internal/";

    static final String SEE_EVIDENCE_MISSING = "see: soc2kit explain evidence-missing"
            + " (https://github.com/soc2kit/soc2kit/blob/main/docs/rules/evidence-missing.md)";

    @TempDir
    Path temp;

    record Run(int code, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Soc2Kit.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void a_heap_too_small_for_the_evidence_is_one_line_and_exit_code_2() {
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new Exhausted());
        line.setErr(new PrintWriter(err, true));

        assertThat(Soc2Kit.run(line)).isEqualTo(Soc2Kit.CONFIGURATION);
        assertThat(err.toString().lines())
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("soc2kit: the Java heap (at most ")
                .endsWith(" MB) ran out: run soc2kit with a larger one, for example java -Xmx2g -jar soc2kit.jar");
    }

    /** A command that runs out of heap, as a verification of too much evidence for its JVM does. */
    @CommandLine.Command(name = "exhausted")
    static final class Exhausted implements Runnable {
        @Override
        public void run() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    /** The starter of {@code init} with three mistakes: an unknown criterion, a missing owner, a duplicate key. */
    static Path broken(Path folder) {
        assertThat(run("init", folder).code()).isZero();
        Repositories.edit(folder, "controls/CHG-01.yaml", "criteria: [CC8.1]", "criteria: [CC8.9]");
        Repositories.edit(folder, "controls/IAM-01.yaml", "owner: security@example.com\n", "");
        Repositories.edit(folder, "controls/BCP-01.yaml", "risk: high\n", "risk: high\nrisk: low\n");
        return folder;
    }

    static final List<String> BROKEN_FINDINGS = List.of(
            "controls/BCP-01.yaml:7:1: error: duplicate key 'risk' (first defined at line 6) [yaml-duplicate-key]",
            "    hint: keep one 'risk:' and remove the other",
            "controls/CHG-01.yaml:7:12: error: unknown trust services criterion 'CC8.9' [criterion-unknown]",
            "    hint: series CC8 has CC8.1",
            "controls/IAM-01.yaml:1:1: error: missing required property 'owner' [schema]",
            "    hint: add 'owner:' (the person accountable for the control operating and for its evidence; must be an"
                    + " active person of the roster)",
            "see: soc2kit explain criterion-unknown"
                    + " (https://github.com/soc2kit/soc2kit/blob/main/docs/rules/criterion-unknown.md)",
            "see: soc2kit explain schema (https://github.com/soc2kit/soc2kit/blob/main/docs/rules/schema.md)",
            "see: soc2kit explain yaml-duplicate-key"
                    + " (https://github.com/soc2kit/soc2kit/blob/main/docs/rules/yaml-duplicate-key.md)");

    @Test
    void validate_on_the_example_repository_is_clean() {
        Path example = Repositories.example(temp.resolve("example"));
        Run run = run("validate", example);
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines())
                .containsExactly(
                        "soc2kit: read 62 files", "soc2kit: no findings; full report: target/soc2/validate.json");
        assertThat(example.resolve("target/soc2/validate.json")).isRegularFile();
    }

    @Test
    void verify_on_the_example_repository_prints_a_line_per_control_the_other_findings_and_the_tally() {
        Path example = Repositories.example(temp.resolve("example"));
        Run run = run("verify", example, "--as-of", Repositories.AS_OF);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.outLines())
                .startsWith(
                        "controls/IAM-05.yaml:17:1: error: IAM-05  deviation         1 of 2 quarters (50.0 %) deviate"
                                + " (0 missed, 1 late): a signed-off access review is completed in every quarter of the"
                                + " period; 2 more not yet due [periodic-deviation]",
                        "    deviations: 2026-Q1",
                        "    occurrences: 2025-Q4 on time, 2026-Q1 late by 27 days, 2026-Q2 due by 2026-07-15, 2026-Q3"
                                + " upcoming")
                .contains(
                        "    deviations: northwind-ledger/connectors#676, northwind-ledger/connectors#691,"
                                + " northwind-ledger/connectors#713, northwind-ledger/connectors#742,"
                                + " northwind-ledger/connectors#754 and 3 more — see target/soc2/verify.md",
                        "controls/VUL-02.yaml:16:1: error: VUL-02  deviation         no evidence: evidence source"
                                + " 'pentests' has no file matching 'evidence/manual/pentests.yaml' [evidence-missing]",
                        "controls/MON-03.yaml:1:5:         MON-03  exceptions noted  0 of 9 records (0.0 %) deviate:"
                                + " measured availability met the SLA target in every month of the period; 1 more"
                                + " covered by documented exceptions",
                        "controls/IR-01.yaml:1:5:          IR-01   not tested        tested by people: Inspect the"
                                + " incident response plan in the runbook repository and its git history for a review"
                                + " commit approved by the Head of Security within the last twelve months and after"
                                + " each sev1 incident of the period",
                        "controls/CHG-04.yaml:9:8: error: owner 'samira.haddad@northwind.example' of control 'CHG-04'"
                                + " left on 2025-12-31, during the observation period [owner-inactive]",
                        "system/description.yaml:77:11: error: infrastructure component 'redis-cache' is in scope but"
                                + " no control covers it [component-uncovered]",
                        SEE_EVIDENCE_MISSING)
                .noneMatch(line -> line.startsWith("soc2kit:"))
                .noneMatch(line -> line.contains("effective "))
                .endsWith("8 deviation · 1 exceptions noted · 14 not tested · 22 effective");
        for (String control : List.of("IAM-05", "VUL-02", "CHG-01", "MON-03", "IR-01")) {
            assertThat(run.outLines())
                    .as("the lines of " + control)
                    .filteredOn(line -> line.contains(" " + control + " "))
                    .hasSize(1);
        }
        assertThat(run.errLines())
                .containsExactly(
                        "soc2kit: read 62 files",
                        "soc2kit: read 55 versions of policy and control files from git",
                        "soc2kit: checked 45 controls against 30 evidence sources as of 2026-06-30",
                        "soc2kit: 11 errors, 0 warnings, 1 note in 12 files; projected opinion: adverse risk; "
                                + DETAILS);
        assertThat(example.resolve("target/soc2/verify.md")).isRegularFile();
    }

    @Test
    void verify_with_fail_on_never_reports_the_drift_and_exits_0() {
        Path example = Repositories.example(temp.resolve("example"));
        Run run = run("verify", example, "--as-of", Repositories.AS_OF, "--fail-on", "never");
        assertThat(run.code()).isZero();
        assertThat(run.outLines()).contains(SEE_EVIDENCE_MISSING);
        assertThat(run.errLines())
                .last()
                .asString()
                .matches("soc2kit: failOn=never: with failOn=deviation this build would fail: \\d+ controls in"
                        + " deviation, \\d+ errors");
    }

    @Test
    void validate_on_a_broken_repository_prints_each_mistake_with_its_position_and_exits_1() {
        Path repo = broken(temp.resolve("broken"));
        Run run = run("validate", repo);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.outLines()).containsExactlyElementsOf(BROKEN_FINDINGS);
        assertThat(run.errLines())
                .containsExactly(
                        "soc2kit: read 19 files",
                        "soc2kit: 3 errors, 0 warnings in 3 files; full report: target/soc2/validate.json");
    }

    @Test
    void init_in_an_empty_folder_then_validate_is_clean_and_verify_lists_the_missing_exports_by_source() {
        Path repo = temp.resolve("my-policies");
        Run init = run("init", repo);
        assertThat(init.code()).isZero();
        assertThat(init.outLines()).hasSize(27).contains("wrote soc2.yaml", "wrote evidence/sources.yaml");
        assertThat(init.errLines())
                .containsExactly(
                        "soc2kit: wrote 27 files, kept 0 in " + repo.toAbsolutePath(),
                        "soc2kit: next: soc2kit validate " + repo + ", then soc2kit verify " + repo
                                + " to see which evidence exports to add");

        Run validate = run("validate", repo);
        assertThat(validate.code()).isZero();
        assertThat(validate.out()).isEmpty();

        Run verify = run("verify", repo, "--as-of", Repositories.AS_OF);
        assertThat(verify.code()).isEqualTo(1);
        assertThat(verify.outLines().stream().filter(line -> line.startsWith("evidence/sources.yaml")))
                .containsExactly(
                        missing(12, "github-pulls", "evidence/github/pulls.json"),
                        missing(33, "okta-users", "evidence/okta/users.json"),
                        missing(43, "hris-employees", "evidence/hris/employees.csv"),
                        missing(52, "training", "evidence/training/enrollments.csv"),
                        missing(61, "pagerduty-incidents", "evidence/pagerduty/incidents.json"),
                        missing(69, "backup-jobs", "evidence/aws/backup-jobs.csv"),
                        missing(84, "management-reviews", "evidence/manual/management-reviews.yaml"));
        assertThat(verify.errLines())
                .last()
                .isEqualTo("soc2kit: 13 errors, 0 warnings, 1 note in 8 files; projected opinion: not assessable; "
                        + DETAILS);
    }

    static String missing(int line, String source, String path) {
        return "evidence/sources.yaml:" + line + ":11: error: evidence source '" + source + "' has no file matching '"
                + path + "' [evidence-missing]";
    }

    @Test
    void init_in_a_folder_with_files_leaves_each_byte_for_byte_and_lists_it_as_kept() throws IOException {
        Path repo = Files.createDirectories(temp.resolve("mine"));
        byte[] soc2 = "organization: Mine\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(repo.resolve("soc2.yaml"), soc2);
        Files.createDirectories(repo.resolve("evidence"));
        byte[] sources = {'#', 0, (byte) 0xff};
        Files.write(repo.resolve("evidence/sources.yaml"), sources);

        Run run = run("init", repo);

        assertThat(run.code()).isZero();
        assertThat(run.outLines())
                .hasSize(27)
                .contains(
                        "kept evidence/sources.yaml (it exists; left as it is)",
                        "kept soc2.yaml (it exists; left as it is)")
                .doesNotContain("wrote soc2.yaml");
        assertThat(Files.readAllBytes(repo.resolve("soc2.yaml"))).isEqualTo(soc2);
        assertThat(Files.readAllBytes(repo.resolve("evidence/sources.yaml"))).isEqualTo(sources);
    }

    @Test
    void warnings_exit_0_unless_fail_on_warning() throws IOException {
        Path repo = temp.resolve("my-policies");
        run("init", repo);
        Files.move(repo.resolve("controls/CHG-01.yaml"), repo.resolve("controls/changes.yaml"));
        Run lenient = run("validate", repo);
        assertThat(lenient.code()).isZero();
        assertThat(lenient.outLines().get(0))
                .isEqualTo("controls/changes.yaml:1:5: warning: control 'CHG-01' is in a file named 'changes.yaml'"
                        + " [file-name-mismatch]");
        assertThat(run("validate", repo, "--fail-on-warning").code()).isEqualTo(1);
    }

    @Test
    void diff_says_what_a_change_does_and_never_exits_1_for_it() {
        Path example = Repositories.example(temp.resolve("example"));
        Repositories.edit(example, "policies/change-management.yaml", "required_approvals: 2", "required_approvals: 1");
        Run run = run("diff", example, "--base", "HEAD", "--as-of", Repositories.AS_OF);
        assertThat(run.code()).isZero();
        assertThat(run.outLines())
                .contains(
                        "  loosens  change-management: required_approvals: 2 -> 1",
                        "  drift preview CHG-01: 8.7 % deviations under required_approvals=2 (base), 0.0 % under"
                                + " required_approvals=1 (this change)");
        assertThat(run.errLines()).last().isEqualTo("soc2kit: pull-request comment: target/soc2/diff.md");
        assertThat(example.resolve("target/soc2/diff.json")).isRegularFile();

        Run unknown = run("diff", example, "--base", "nope");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.errLines()).last().asString().startsWith("soc2kit: --base: git ref 'nope' not found;");
    }

    @Test
    void debug_adds_the_stack_trace_to_the_one_line() {
        Run run = run("validate", temp.resolve("nowhere"), "--debug");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLines().get(0))
                .isEqualTo("soc2kit: DIR: the policy repository " + temp.resolve("nowhere") + " does not exist");
        assertThat(run.err()).contains("\tat io.github.soc2kit.cli.RepositoryOptions.repository(");
    }

    @Test
    void render_of_the_starter_writes_the_site_under_target() {
        Path repo = temp.resolve("my-policies");
        run("init", repo);
        Run run = run("render", repo, "--no-findings", "--as-of", Repositories.AS_OF);
        assertThat(run.code()).isZero();
        assertThat(run.errLines().get(run.errLines().size() - 1))
                .matches("soc2kit: public site written to target/soc2-site \\(\\d+ files\\)");
        assertThat(repo.resolve("target/soc2-site/index.html")).isRegularFile();
    }

    @Test
    void format_json_prints_the_json_report_on_stdout_and_the_findings_on_stderr() throws IOException {
        Path repo = broken(temp.resolve("broken"));
        Run run = run("validate", repo, "--format", "json");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(Files.readString(repo.resolve("target/soc2/validate.json")));
        assertThat(run.out())
                .startsWith("{\n  \"formatVersion\": 1,\n  \"summary\": \"3 errors, 0 warnings in 3 files\",");
        assertThat(run.errLines()).containsSubsequence(BROKEN_FINDINGS);
    }

    @Test
    void verify_format_json_prints_verify_json_alone_on_stdout() throws IOException {
        Path repo = temp.resolve("my-policies");
        run("init", repo);
        Run run = run("verify", repo, "--as-of", Repositories.AS_OF, "--format", "json");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(Files.readString(repo.resolve("target/soc2/verify.json")));
        assertThat(run.out()).startsWith("{\n  \"formatVersion\": 1,\n  \"organization\": \"Example Co\",");
        assertThat(run.errLines()).contains(missing(12, "github-pulls", "evidence/github/pulls.json"));
    }

    @Test
    void explain_prints_the_rule_page_and_refuses_an_unknown_rule_with_a_suggestion() throws IOException {
        Run page = run("explain", "owner-inactive");
        assertThat(page.code()).isZero();
        assertThat(page.out()).isEqualTo(Files.readString(Path.of("../docs/rules/owner-inactive.md")));

        Run unknown = run("explain", "owner-inactiv");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).isEqualTo("soc2kit: unknown rule 'owner-inactiv'; did you mean 'owner-inactive'?\n");

        Run index = run("explain");
        assertThat(index.outLines()).contains("schema  error  A file does not match the JSON Schema of its kind.");
    }

    @Test
    void bad_configuration_is_one_line_naming_the_option_and_exit_code_2() {
        Path repo = temp.resolve("my-policies");
        run("init", repo);
        assertThat(run("verify", repo, "--as-of", "2026-02-30").err())
                .isEqualTo("soc2kit: --as-of: '2026-02-30' is not a date: write the day to judge as of as YYYY-MM-DD,"
                        + " for example 2026-06-30, or leave it out for today\n");
        assertThat(run("verify", repo, "--fail-on", "sometimes").err())
                .isEqualTo("soc2kit: --fail-on: unknown value 'sometimes'; expected deviation, qualified or never\n");
        Run outside = run("validate", repo, "--output", repo.resolve("policies/out"));
        assertThat(outside.code()).isEqualTo(2);
        assertThat(outside.err())
                .startsWith("soc2kit: --output: the reports folder "
                        + repo.toAbsolutePath().resolve("policies/out") + " lies inside the policy repository")
                .doesNotContain("\tat ");
        Run missing = run("validate", temp.resolve("nowhere"));
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err())
                .isEqualTo("soc2kit: DIR: the policy repository " + temp.resolve("nowhere") + " does not exist\n");
    }

    @Test
    void bad_usage_exits_2_and_version_names_this_version() {
        Run unknown = run("verify", "--bogus");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.errLines().get(0)).isEqualTo("Unknown option: '--bogus'");
        assertThat(run().code()).isEqualTo(2);
        Run version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).isEqualTo("soc2kit " + Version.current() + "\n");
        for (String command : List.of("validate", "verify", "render", "diff", "init", "explain")) {
            Run help = run(command, "--help");
            assertThat(help.code()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: soc2kit " + command + " [-hV]");
        }
    }
}
