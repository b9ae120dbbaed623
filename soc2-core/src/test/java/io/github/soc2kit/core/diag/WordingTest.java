package io.github.soc2kit.core.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void printable_keeps_a_value_on_one_line_and_shows_control_characters() {
        assertThat(Wording.printable("ana@tiny.example\n[INFO] BUILD SUCCESS\r\t\u001b[31m\u202e"))
                .isEqualTo("ana@tiny.example\\n[INFO] BUILD SUCCESS\\r\\t\\u001b[31m\\u202e");
        assertThat(Wording.printable("Zoë Müller, 2 approvals")).isEqualTo("Zoë Müller, 2 approvals");
    }
}
