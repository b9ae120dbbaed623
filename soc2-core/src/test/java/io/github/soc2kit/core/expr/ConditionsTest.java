package io.github.soc2kit.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.DayLimit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The parameters a condition reads come from its syntax tree, so text that merely looks like one does not count. */
class ConditionsTest {

    private final Conditions conditions = new Conditions();

    private Conditions.Condition compile(String expression) {
        return Objects.requireNonNull(conditions.compile(expression).condition(), expression);
    }

    @Test
    void the_warm_up_of_a_prepared_compiler_is_a_condition_that_compiles() {
        assertThat(conditions.compile(Conditions.WARM_UP).error()).isNull();
    }

    @Test
    void names_the_record_fields_a_condition_reads_or_none_when_it_uses_the_record_whole() {
        assertThat(compile("record.base.ref == 'main' && has(record.merged_at)"
                                + " && record.labels.exists(l, l.name == policy.label) && record['Review Date'] != ''")
                        .fields())
                .containsExactly("Review Date", "base.ref", "labels", "merged_at");
        assertThat(compile("record.base != null && record.base.ref == 'main'").fields())
                .as("a field read whole and by a part")
                .containsExactly("base", "base.ref");
        assertThat(compile("size(record) > 2").fields()).isNull();
        assertThat(compile("record.a.exists(k, record[k] == 1)").fields()).isNull();
    }

    @Test
    void a_field_nothing_reads_is_no_field_for_a_condition() {
        Map<String, @Nullable Object> record = Map.of("state", "APPROVED", "body", Conditions.UNREAD);

        assertThat(compile("record.state == 'APPROVED' && !has(record.body)").test(record, Map.of(), Map.of()))
                .isTrue();
    }

    @Test
    void explains_which_part_of_a_condition_a_record_fails_and_the_values_it_had() {
        Conditions.Condition require = compile("record.enforce_admins.enabled == true"
                + " && record.required_pull_request_reviews.required_approving_review_count >= policy.approvals"
                + " && record.url != ''");
        Map<String, @Nullable Object> snapshot = Map.of(
                "enforce_admins",
                Map.of("enabled", false),
                "required_pull_request_reviews",
                Map.of("required_approving_review_count", 2L),
                "url",
                "https://api.github.com/repos/acme/app/branches/main/protection");

        assertThat(require.test(snapshot, Map.of("approvals", 2L), Map.of())).isFalse();
        assertThat(require.explain(snapshot, Map.of("approvals", 2L), Map.of()))
                .isEqualTo("'record.enforce_admins.enabled == true' fails: enforce_admins.enabled is false");
        assertThat(require.explain(Map.of("url", "x"), Map.of("approvals", 2L), Map.of()))
                .as("a missing field fails its part and is named as missing")
                .isEqualTo("'record.enforce_admins.enabled == true' fails: enforce_admins.enabled is missing;"
                        + " 'record.required_pull_request_reviews.required_approving_review_count >= policy.approvals'"
                        + " fails: required_pull_request_reviews.required_approving_review_count is missing");
    }

    @Test
    void explains_a_column_read_by_its_header_and_a_condition_with_a_macro() {
        Conditions.Condition require =
                compile("record['Decision'] == 'Approved' && record.systems.exists(s, s == 'aws')");
        Map<String, @Nullable Object> row = Map.of("Decision", "Revoked", "systems", List.of("okta"));
        assertThat(require.explain(row, Map.of(), Map.of()))
                .isEqualTo("'record[\"Decision\"] == \"Approved\"' fails: Decision is 'Revoked';"
                        + " 'record.systems.exists(s, s == \"aws\")' fails: systems is [okta]");
    }

    @Test
    void a_condition_reads_the_policy_parameters_it_selects() {
        assertThat(compile("record.approvals >= policy.required_approvals && days_between(record.at, period.end)"
                                + " <= policy.window_days")
                        .parameters())
                .containsExactly("required_approvals", "window_days");
    }

    @Test
    void a_field_named_policy_or_a_string_that_mentions_a_parameter_is_no_parameter() {
        assertThat(compile("record.policy.owner == 'policy.owner_email' && record.kind == 'policy'")
                        .parameters())
                .isEmpty();
    }

    @Test
    void a_test_reads_the_parameters_of_its_conditions_and_of_its_day_limit() {
        ControlTest test = new ControlTest.Timeliness(
                new ControlTest.Event("hris", "record.type == policy.leaver_type", "at", "email"),
                new ControlTest.Event("okta", null, "at", "email"),
                new DayLimit.Parameter("revocation_days"),
                null);
        assertThat(conditions.parameters(test)).containsExactly("leaver_type", "revocation_days");
    }

    @Test
    void a_condition_that_does_not_compile_reads_nothing() {
        ControlTest test = new ControlTest.Population("pulls", "record.x ==", null, "policy.ok >", null);
        assertThat(conditions.compile("record.x ==").error()).isNotNull();
        assertThat(conditions.parameters(test)).isEmpty();
    }

    @Test
    void evaluates_with_the_parameters_given() {
        Conditions.Condition condition = compile("record.n >= policy.min");
        assertThat(condition.test(Map.<String, Object>of("n", 2L), Map.of("min", 2L), Map.of()))
                .isTrue();
        assertThat(condition.test(Map.<String, Object>of("n", 1L), Map.of("min", 2L), Map.of()))
                .isFalse();
    }

    @Test
    void a_macro_inside_another_over_the_record_is_refused_where_it_starts() {
        String expression = "record.reviews.all(r, record.labels.exists(l, l == r.user))";
        assertThat(conditions.compile(expression).error())
                .isEqualTo(
                        "a macro such as all, exists or map inside another one over the record's lists makes the work"
                                + " multiply with each list's size, which soc2kit does not allow (at character 43 of '"
                                + expression + "')");
        assertThat(conditions
                        .compile("record.reviews.filter(r, r.ok).exists(r, r.user == 'ana')")
                        .error())
                .as("a macro over the result of another runs one after the other")
                .isNull();
        assertThat(conditions
                        .compile("record.reviews.exists(r, policy.approvers.exists(a, a == r.user))")
                        .error())
                .as("a macro over a list of the policy inside one over the record")
                .isNull();
    }

    @Test
    void an_evaluation_stops_after_a_bounded_number_of_iterations() {
        List<Long> items = LongStream.range(0, 200).boxed().toList();
        Conditions.Condition condition = compile("policy.items.all(a, policy.items.all(b, a >= 0))");
        assertThatThrownBy(() -> condition.test(Map.of(), Map.of("items", items), Map.of()))
                .isInstanceOf(Conditions.ConditionException.class)
                .hasMessageContaining(String.valueOf(Conditions.MAX_ITERATIONS));
        assertThat(compile("policy.items.all(a, a >= 0)").test(Map.of(), Map.of("items", items), Map.of()))
                .isTrue();
    }

    @Test
    void a_bad_date_of_10000_characters_is_quoted_clipped_at_80() {
        Conditions.Condition condition = compile("days_between(record.opened, record.closed) <= 30");
        Map<String, @Nullable Object> record = Map.of("opened", "2026-".repeat(2000), "closed", "2026-03-02");
        assertThatThrownBy(() -> condition.test(record, Map.of(), Map.of()))
                .isInstanceOf(Conditions.ConditionException.class)
                .hasMessageContaining("days_between: '" + "2026-".repeat(16) + "…' is not a date or time")
                .hasMessageNotContaining("2026-".repeat(17));
    }

    @Test
    void a_syntax_error_is_told_in_our_words_with_its_column_not_as_the_parser_tokens() {
        assertThat(conditions.compile("record.state == ").error())
                .isEqualTo("the condition ends too early: a value or a closing bracket is missing at its end"
                        + " (at character 17 of 'record.state == ')");
        assertThat(conditions.compile("record.state = 'open'").error())
                .isEqualTo("'=' alone is no operator: compare with '==' (at character 14 of 'record.state = 'open'')");
        assertThat(conditions.compile("record.a == 'x' and record.b == 'y'").error())
                .isEqualTo("unexpected 'and': write '&&' for and (at character 17 of 'record.a == 'x' and"
                        + " record.b == 'y'')");
        assertThat(conditions.compile("(record.a == 1").error())
                .isEqualTo("')' is missing at the end (at character 15 of '(record.a == 1')");
        assertThat(conditions.compile("record.a == 'x").error())
                .isEqualTo("a quote opened here is not closed (at character 13 of 'record.a == 'x')");
        assertThat(conditions.compile("record.a # 1").error())
                .isEqualTo("'#' has no meaning in a condition (at character 10 of 'record.a # 1')");
    }
}
