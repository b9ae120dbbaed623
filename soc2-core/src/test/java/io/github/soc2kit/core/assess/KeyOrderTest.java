package io.github.soc2kit.core.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deviation keys are listed in natural order, whatever order the evidence came in. */
class KeyOrderTest {

    @Test
    void numbers_inside_keys_sort_by_value_and_the_rest_by_text() {
        List<String> keys = new ArrayList<>(List.of(
                "acme/web#100",
                "acme/api#7",
                "acme/web#99",
                "10",
                "2",
                "b@x.example",
                "a@x.example",
                "2026-Q2",
                "2026-Q1",
                "acme/api#07",
                "acme/web#9a",
                "acme/web#9"));
        keys.sort(Judge.KEYS);
        assertThat(keys)
                .containsExactly(
                        "2",
                        "10",
                        "2026-Q1",
                        "2026-Q2",
                        "a@x.example",
                        "acme/api#07",
                        "acme/api#7",
                        "acme/web#9",
                        "acme/web#9a",
                        "acme/web#99",
                        "acme/web#100",
                        "b@x.example");
    }

    @Test
    void the_order_is_transitive_with_digits_of_other_scripts() {
        String arabicThree = "#\u0663";
        assertThat(Judge.KEYS.compare("#10", "#a")).isNegative();
        assertThat(Judge.KEYS.compare("#a", arabicThree)).isNegative();
        assertThat(Judge.KEYS.compare("#10", arabicThree)).isNegative();
    }
}
