package io.github.soc2kit.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The conditions answered in Java give CEL's answer on every pair of values, of every type, that they decide. */
class QuickConditionTest {

    /** A field that the record does not have. */
    private static final Object MISSING = new Object();

    private static final List<@Nullable Object> VALUES = Arrays.asList(
            null,
            MISSING,
            Conditions.UNREAD,
            "abc",
            "ABC",
            "",
            "2026-01-01",
            "2026-01-02",
            "2026-03-31T23:30:00-02:00",
            "\uD83D\uDE00",
            "\uFFFF",
            0L,
            1L,
            -1L,
            443L,
            0.0,
            -0.0,
            1.0,
            2.5,
            Double.NaN,
            true,
            false,
            1,
            List.of(),
            List.of("abc"),
            List.of("x", "abc"),
            Arrays.asList(null, "abc"),
            List.of(Map.of("enabled", false), Map.of("enabled", true)),
            List.of(Map.of("enabled", "yes"), Map.of("enabled", true)),
            Map.of("enabled", true),
            Map.of("enabled", "yes"),
            Map.of());

    private static final List<String> EXPRESSIONS = List.of(
            "record.a == record.b",
            "record.a != record.b",
            "record.a < record.b",
            "record.a <= record.b",
            "record.a > record.b",
            "record.a >= record.b",
            "record.a == null",
            "null != record.a",
            "record.a == 'abc'",
            "record.a == 443",
            "record.a == 1.0",
            "record.a < 2.5",
            "record.a == true",
            "record.a",
            "!record.a",
            "record.a && record.b",
            "record.a || record.b",
            "record.a && record.b == 1",
            "record.a == 'abc' || record.b >= 1",
            "!(record.a == 'abc') && !(record.b != 0)",
            "record.a.enabled == true",
            "record.a.enabled",
            "record['a'] == record['b']",
            "record.a >= policy.required",
            "record.a == policy.label",
            "policy.flag && record.a == 'abc'",
            "record.a <= period.end",
            "record.b == period.start || record.a == 'abc'",
            "record.a.exists(x, x == 'abc')",
            "record.a.exists(x, x.enabled)",
            "record.a.exists(x, x == record.b)",
            "record.a.exists(x, x.enabled == true) && record.b == 1",
            "days_between(record.a, record.b) <= 1",
            "days_between(record.a, period.end) > 300",
            "record.a == null || days_between(record.a, period.end) <= policy.required");

    private final Conditions conditions = new Conditions();
    private final Map<String, String> period = Map.of("start", "2026-01-01", "end", "2026-12-31");
    private final Map<String, Object> policy = Map.of("required", 1L, "label", "abc", "flag", true);

    @Test
    void every_answer_in_java_is_the_answer_of_cel() {
        int decided = 0;
        int unsure = 0;
        Set<String> answered = new HashSet<>();
        List<String> disagreements = new ArrayList<>();
        for (String expression : EXPRESSIONS) {
            Conditions.Condition condition = conditions.compile(expression).condition();
            assertThat(condition).as(expression).isNotNull();
            for (Object a : VALUES) {
                for (Object b : VALUES) {
                    Map<String, @Nullable Object> record = record(a, b);
                    Object quick = condition.quickly(record, policy, period);
                    if (quick == QuickCondition.UNSURE) {
                        unsure++;
                        continue;
                    }
                    decided++;
                    answered.add(expression);
                    String cel = outcome(condition, record);
                    if (!cel.equals(quick.toString())) {
                        disagreements.add(expression + " on " + record + ": java " + quick + ", cel " + cel);
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(answered)
                .as("conditions answered in Java at least once")
                .containsExactlyInAnyOrderElementsOf(EXPRESSIONS);
        assertThat(decided).as("answered in Java").isGreaterThan(3_000);
        assertThat(unsure).as("left to CEL").isGreaterThan(3_000);
    }

    @Test
    void what_java_leaves_to_cel_gets_cels_answer_or_error() {
        Conditions.Condition condition =
                conditions.compile("record.b > 1 && record.a == 'abc'").condition();

        assertThat(condition.test(record("abc", 2L), policy, period)).isTrue();
        assertThat(condition.test(record("abc", 1L), policy, period)).isFalse();
        assertThat(condition.quickly(record("xyz", "not a number"), policy, period))
                .isSameAs(QuickCondition.UNSURE);
        assertThat(condition.test(record("xyz", "not a number"), policy, period)) // CEL: false on the right decides
                .isFalse();
        assertThat(outcome(condition, record("abc", MISSING))).isEqualTo("error: key 'b' is not present in map");
    }

    @Test
    void leaves_to_cel_what_passes_its_budget_of_iterations_for_one_evaluation() {
        List<String> many = Collections.nCopies(6_000, "a");
        Conditions.Condition twice = conditions
                .compile("record.a.exists(x, x == 'z') || record.b.exists(y, y == 'z')")
                .condition();
        Conditions.Condition once =
                conditions.compile("record.a.exists(x, x == 'z')").condition();

        assertThat(once.quickly(record(many, many), policy, period)).isEqualTo(false);
        assertThat(twice.quickly(record(many, many), policy, period)).isSameAs(QuickCondition.UNSURE);
        assertThat(outcome(twice, record(many, many))).startsWith("error: ").contains("10000");
        assertThat(once.quickly(record(Collections.nCopies(10_001, "a"), 1L), policy, period))
                .isSameAs(QuickCondition.UNSURE);
    }

    @Test
    void leaves_to_cel_a_date_time_that_is_out_of_range_in_utc() {
        Conditions.Condition condition =
                conditions.compile("days_between(record.a, period.end) > 0").condition();

        assertThat(condition.quickly(record("+999999999-12-31T23:59:59-01:00", 1L), policy, period))
                .isSameAs(QuickCondition.UNSURE);
        assertThat(outcome(condition, record("+999999999-12-31T23:59:59-01:00", 1L)))
                .startsWith("error: ");
    }

    @Test
    void uses_java_only_for_the_simple_forms() {
        assertThat(conditions.compile("record.a == true").condition().quickly(record(true, 1L), policy, period))
                .isEqualTo(true);
        for (String expression : List.of(
                "size(record.a) > 0",
                "record.a.startsWith('a')",
                "record.a + 1 > 2",
                "has(record.a)",
                "record.a in ['abc']",
                "[record.a].exists(x, x == 'abc')",
                "record.a.all(x, x)",
                "record.a.exists(x, [true].exists(y, y == x))")) {
            // a boolean and a list of one, so that a form misread as a plain field or as a supported macro answers
            for (Object a : List.of(true, List.of(true))) {
                assertThat(conditions.compile(expression).condition().quickly(record(a, 1L), policy, period))
                        .as(expression + " on " + a)
                        .isSameAs(QuickCondition.UNSURE);
            }
        }
    }

    private static Map<String, @Nullable Object> record(@Nullable Object a, @Nullable Object b) {
        Map<String, @Nullable Object> record = new HashMap<>();
        if (a != MISSING) {
            record.put("a", a);
        }
        if (b != MISSING) {
            record.put("b", b);
        }
        return record;
    }

    private String outcome(Conditions.Condition condition, Map<String, @Nullable Object> record) {
        try {
            return String.valueOf(condition.testWithCel(record, policy, period));
        } catch (Conditions.ConditionException e) {
            return "error: " + e.getMessage();
        }
    }
}
