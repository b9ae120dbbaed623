package io.github.soc2kit.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.model.FileKind;
import java.io.StringReader;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Schema errors explain themselves: what was found, what is allowed, and the value most likely meant. */
class SchemaValidatorTest {

    private static final SchemaValidator VALIDATOR = new SchemaValidator();

    private static final String CONTROL = """
            id: IAM-05
            title: Quarterly user access review
            policy: access-control
            owner: security@acme.example
            frequency: %s
            risk: %s
            criteria: [CC6.2]
            test:
              kind: periodic
              source: access-reviews
              at: completed_on
              every: quarter
            """;

    /** Each finding of {@code yaml} as the build log prints it, then its hint after " | ". */
    private static List<String> validate(FileKind kind, String path, String yaml) {
        YamlReader.Result read = new YamlReader().read(new StringReader(yaml), path);
        assertThat(read.findings()).isEmpty();
        return VALIDATOR.validate(kind, Objects.requireNonNull(read.document())).stream()
                .map(SchemaValidatorTest::line)
                .toList();
    }

    private static String line(Finding f) {
        return f.format() + " | " + f.hint();
    }

    private static List<String> control(String frequency, String risk) {
        return validate(FileKind.CONTROL, "controls/IAM-05.yaml", CONTROL.formatted(frequency, risk));
    }

    @Test
    void a_misspelt_value_is_answered_with_the_allowed_value_it_is_closest_to() {
        assertThat(control("quarterly", "hihg"))
                .containsExactly("controls/IAM-05.yaml:6:7: error: 'risk': 'hihg' is not one of 'low', 'moderate',"
                        + " 'high' [schema] | did you mean 'high'?");
    }

    @Test
    void a_common_other_word_is_answered_with_the_allowed_value_it_stands_for() {
        assertThat(control("yearly", "high"))
                .containsExactly("controls/IAM-05.yaml:5:12: error: 'frequency': 'yearly' is not one of 'continuous',"
                        + " 'per_event', 'daily', 'weekly', 'monthly', 'quarterly', 'semi_annual', 'annual', 'ad_hoc'"
                        + " [schema] | did you mean 'annual'?");
    }

    @Test
    void text_that_holds_an_allowed_number_is_answered_with_the_number() {
        assertThat(validate(FileKind.SOC2, "soc2.yaml", """
                        organization: Acme Cloud, Inc.
                        system: Acme Platform
                        report_type: type2
                        categories: [security]
                        period: { start: 2026-01-01, end: 2026-12-31 }
                        """))
                .containsExactly("soc2.yaml:3:14: error: 'report_type': 'type2' is not one of 1, 2 [schema]"
                        + " | did you mean 2?");
    }

    @Test
    void a_value_near_no_allowed_one_gets_no_guess() {
        assertThat(control("quarterly", "critical"))
                .containsExactly("controls/IAM-05.yaml:6:7: error: 'risk': 'critical' is not one of 'low', 'moderate',"
                        + " 'high' [schema] | null");
    }

    @Test
    void a_value_of_10000_characters_is_quoted_clipped_at_80() {
        assertThat(control("quarterly", "x".repeat(10_000)))
                .containsExactly("controls/IAM-05.yaml:6:7: error: 'risk': '" + "x".repeat(80) + "…' is not one of"
                        + " 'low', 'moderate', 'high' [schema] | null");
    }

    @Test
    void a_key_of_1000_characters_is_quoted_clipped_at_80() {
        String key = "k".repeat(1000); // a plain YAML key has at most 1,024
        assertThat(validate(
                        FileKind.CONTROL,
                        "controls/IAM-05.yaml",
                        CONTROL.formatted("quarterly", "high") + key + ": 1\n"))
                .containsExactly("controls/IAM-05.yaml:13:1: error: unknown property '" + "k".repeat(80) + "…' [schema]"
                        + " | remove it; allowed here: components, criteria, description, frequency, id, nature, owner,"
                        + " policy, risk, test, tests, title, tolerable_rate, type");
    }
}
