package io.github.soc2kit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.load.YamlDocument;
import io.github.soc2kit.core.load.YamlReader;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Positions answer for a JSON pointer without the parsed tree: the value's position, its key's, or an ancestor's. */
class PositionsTest {

    private static final String PATH = "controls/X-1.yaml";

    private static SourcePosition at(int line, int column) {
        return new SourcePosition(PATH, line, column);
    }

    /** As recorded for: {@code id: X-1 / test: / kind: periodic / every: quarter}. */
    private static final Positions POSITIONS = new Positions(
            PATH,
            Map.of("", at(1, 1), "/id", at(1, 5), "/test", at(3, 3), "/test/kind", at(3, 9), "/test/every", at(4, 10)),
            Map.of("/id", at(1, 1), "/test", at(2, 1), "/test/kind", at(3, 3), "/test/every", at(4, 3)));

    @Test
    void finds_the_position_of_a_value() {
        assertThat(POSITIONS.at("/test/kind")).isEqualTo(at(3, 9));
    }

    @Test
    void falls_back_to_the_nearest_ancestor_that_has_a_position() {
        assertThat(POSITIONS.at("/test/grace_days")).isEqualTo(at(3, 3));
        assertThat(POSITIONS.at("/test/trigger/source")).isEqualTo(at(3, 3));
        assertThat(POSITIONS.at("/owner")).isEqualTo(at(1, 1));
    }

    @Test
    void falls_back_to_the_file_when_nothing_has_a_position() {
        assertThat(new Positions(PATH, Map.of(), Map.of()).at("/test/kind")).isEqualTo(SourcePosition.of(PATH));
    }

    @Test
    void finds_the_key_of_a_property_apart_from_its_value() {
        assertThat(POSITIONS.keyAt("/test")).isEqualTo(at(2, 1));
        assertThat(POSITIONS.at("/test")).isEqualTo(at(3, 3));
    }

    @Test
    void gives_the_value_position_for_a_key_it_has_not_recorded() {
        assertThat(POSITIONS.keyAt("/test/grace_days")).isEqualTo(at(3, 3));
    }

    @Test
    void an_origin_answers_relative_to_its_pointer() {
        Origin test = new Origin(POSITIONS, "/test");
        assertThat(test.path()).isEqualTo(PATH);
        assertThat(test.at()).isEqualTo(at(3, 3));
        assertThat(test.at("every")).isEqualTo(at(4, 10));
        assertThat(test.keyAt("every")).isEqualTo(at(4, 3));
    }

    @Test
    void yaml_reader_records_the_same_positions_the_model_sees() {
        YamlDocument doc = new YamlReader().read(new StringReader("""
                id: X-1
                test:
                  kind: periodic
                  every: quarter
                """), PATH).document();
        assertThat(doc).isNotNull();
        Positions positions = doc.positions();
        assertThat(positions.at("/test/every")).isEqualTo(at(4, 10));
        assertThat(positions.keyAt("/test/every")).isEqualTo(at(4, 3));
        assertThat(positions.keyAt("/test")).isEqualTo(at(2, 1));
        assertThat(positions.at("/test/missing")).isEqualTo(positions.at("/test"));
    }
}
