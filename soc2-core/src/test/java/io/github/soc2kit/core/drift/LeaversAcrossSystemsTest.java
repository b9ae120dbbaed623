package io.github.soc2kit.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResult;
import io.github.soc2kit.core.api.VerifyResults;
import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.diag.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The most common SOC 2 access test, on the exports as they come: terminations in the HRIS (a BambooHR report),
 * followed through the roster (HRIS plus identity map) to the Okta users list and the IAM credential report, both
 * snapshots exported on the last day of the period. Revocation within 1 day (access-control's revocation_days).
 * Fixture {@code roster/leavers} over the base repository; period 2026-01-01 to 2026-06-30.
 */
class LeaversAcrossSystemsTest {

    @TempDir
    Path temp;

    private VerifyResult result;
    private Path root;

    @BeforeEach
    void verify() {
        root = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("roster/leavers"));
        run();
    }

    private void run() {
        result = new EvidenceVerifier()
                .verify(new VerifyRequest(
                        root, root.resolve("target"), temp.resolve("out"), Fixtures.AFTER_PERIOD, Soc2Listener.NONE));
    }

    private ControlResult control(String id) {
        return VerifyResults.report(result).controls().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private List<String> deviations(String rule) {
        return VerifyResults.messages(result, rule);
    }

    @Test
    void an_okta_account_still_active_months_later_deviates_and_a_next_day_deprovisioning_or_suspension_does_not() {
        ControlResult iam01 = control("IAM-01");

        assertThat(iam01.population())
                .as("Dora, Emil and Fay left in the period")
                .isEqualTo(3);
        assertThat(iam01.deviationKeys()).containsExactly("emil@tiny.example");
        assertThat(deviations("timeliness-deviation"))
                .anySatisfy(message -> assertThat(message)
                        .startsWith("IAM-01: 1 of 3 triggers")
                        .endsWith("emil@tiny.example (still active in 'okta-users' exported on 2026-06-30, 91 days"
                                + " after 2026-03-31 (limit 1))"));
    }

    @Test
    void an_iam_console_password_still_enabled_or_a_user_gone_only_by_the_export_date_deviates() {
        ControlResult iam09 = control("IAM-09");

        assertThat(iam09.population())
                .as("Fay had no IAM user to remove; break-glass and ci-deployer are no leavers")
                .isEqualTo(2);
        assertThat(iam09.deviationKeys()).containsExactly("dora@tiny.example", "emil@tiny.example");
        assertThat(deviations("timeliness-deviation"))
                .anySatisfy(message -> assertThat(message)
                        .startsWith("IAM-09: 2 of 2 triggers")
                        .contains(
                                "dora@tiny.example (revoked by 2026-06-30 (the day 'aws-credentials' was exported),"
                                        + " 74 days after 2026-04-17: nothing shows it was within the limit (1))",
                                "emil@tiny.example (still active in 'aws-credentials' exported on 2026-06-30, 91"
                                        + " days after 2026-03-31 (limit 1))"));
    }

    @Test
    void a_snapshot_without_its_export_date_or_a_day_per_response_cannot_be_judged_and_says_what_to_declare()
            throws java.io.IOException {
        Path sources = root.resolve("evidence/sources.yaml");
        java.nio.file.Files.writeString(
                sources,
                java.nio.file.Files.readString(sources)
                        .replace("    identity: aws\n    exported_on: 2026-06-30\n", "    identity: aws\n"));
        run();

        assertThat(control("IAM-09").status()).isEqualTo(io.github.soc2kit.core.assess.ControlStatus.NOT_TESTED);
        assertThat(deviations("check-failed"))
                .filteredOn(message -> message.startsWith("control 'IAM-09'"))
                .singleElement()
                .asString()
                .contains("'aws-credentials' is a snapshot that names no day: declare the day it was taken with"
                        + " 'exported_on'");
    }

    @Test
    void a_control_with_a_test_per_system_reports_each_test_and_takes_the_worst_status() {
        ControlResult iam11 = control("IAM-11");

        assertThat(iam11.population()).isEqualTo(5);
        assertThat(iam11.deviations()).isEqualTo(3);
        assertThat(iam11.status()).isEqualTo(io.github.soc2kit.core.assess.ControlStatus.DEVIATION);
        assertThat(iam11.deviationKeys()).containsExactly("dora@tiny.example", "emil@tiny.example");
        assertThat(iam11.summary()).startsWith("test 1: 1 of 3 triggers").contains("; test 2: 2 of 2 triggers");
        assertThat(result.findings().findings())
                .filteredOn(f -> f.ruleId().equals("timeliness-deviation")
                        && f.at().path().equals("controls/IAM-11.yaml"))
                .extracting(f -> f.at().line())
                .as("each test's finding at the test")
                .containsExactly(11, 16);
    }

    @Test
    void an_exception_may_name_a_deviation_of_the_first_test_of_a_control_with_several() throws java.io.IOException {
        Path iam11 = root.resolve("controls/IAM-11.yaml");
        String[] tests = java.nio.file.Files.readString(iam11).split("(?m)^(?=  - kind: )");
        java.nio.file.Files.writeString(iam11, tests[0] + tests[2] + tests[1]); // the AWS test first
        Path exceptions = root.resolve("registers/exceptions.yaml");
        java.nio.file.Files.writeString(exceptions, java.nio.file.Files.readString(exceptions) + """
                  - id: EXC-2026-11
                    control: IAM-11
                    record: dora@tiny.example
                    reason: The console password was kept to hand over the on-call runbooks
                    approved_by: ana@tiny.example
                    approved_on: 2026-04-20
                """);
        run();

        assertThat(control("IAM-11").exceptionKeys()).containsExactly("dora@tiny.example");
        assertThat(result.findings().findings())
                .extracting(Finding::message)
                .noneMatch(message -> message.contains("EXC-2026-11"));
    }

    @Test
    void a_mistake_in_the_second_test_of_a_control_is_reported_at_that_test() throws java.io.IOException {
        Path iam11 = root.resolve("controls/IAM-11.yaml");
        java.nio.file.Files.writeString(
                iam11, java.nio.file.Files.readString(iam11).replace("source: aws-credentials", "source: aws-creds"));

        assertThat(io.github.soc2kit.core.rules.Validation.of(root).report().findings())
                .extracting(Finding::format)
                .singleElement()
                .asString()
                .startsWith("controls/IAM-11.yaml:19:")
                .contains("'aws-creds'")
                .endsWith("[source-unknown]");
    }
}
