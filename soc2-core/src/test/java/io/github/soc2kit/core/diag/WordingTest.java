package io.github.soc2kit.core.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void printable_keeps_a_value_on_one_line_and_shows_control_characters() {
        assertThat(Wording.printable("ana@tiny.example\n[INFO] BUILD SUCCESS\r\t\u001b[31m\u202e"))
                .isEqualTo("ana@tiny.example\\n[INFO] BUILD SUCCESS\\r\\t\\u001b[31m\\u202e");
        assertThat(Wording.printable("Zoë Müller, 2 approvals")).isEqualTo("Zoë Müller, 2 approvals");
    }

    @Test
    void plural_takes_an_s_for_every_count_but_one() {
        assertThat(Wording.plural(1, "day")).isEqualTo("1 day");
        assertThat(Wording.plural(0, "day")).isEqualTo("0 days");
        assertThat(Wording.plural(13, "evidence source")).isEqualTo("13 evidence sources");
        assertThat(Wording.plural(1_000_000, "record")).isEqualTo("1,000,000 records");
    }

    @Test
    void capped_names_the_first_ten_and_counts_the_rest_in_thousands() {
        List<String> keys =
                IntStream.rangeClosed(1, 1_234).mapToObj(i -> "#" + i).toList();

        assertThat(Wording.capped(keys)).isEqualTo("#1, #2, #3, #4, #5, #6, #7, #8, #9, #10 and 1,224 more");
    }

    @Test
    void first_sentence_runs_across_line_breaks_and_stops_at_its_end() {
        assertThat(Wording.firstSentence("""
                Obtain the BC/DR plan from the runbook repository and confirm it was approved by the
                CTO within the last twelve months. Obtain the exercise report of the period.
                """))
                .isEqualTo("Obtain the BC/DR plan from the runbook repository and confirm it was approved by the CTO"
                        + " within the last twelve months.");
        assertThat(Wording.firstSentence("Review the list, e.g. the admins; then sign it"))
                .isEqualTo("Review the list, e.g. the admins; then sign it");
        assertThat(Wording.firstSentence("  One line only.  ")).isEqualTo("One line only.");
    }
}
