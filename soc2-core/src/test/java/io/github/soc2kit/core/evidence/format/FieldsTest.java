package io.github.soc2kit.core.evidence.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceException;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.FieldSelection;
import io.github.soc2kit.core.evidence.TestSources;
import io.github.soc2kit.core.expr.Conditions;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The objects that one reader reads share the lists of their names ({@link Shapes}); each still has exactly its own
 * names, in file order, and a name given twice is refused whether or not an object before had the same names.
 */
class FieldsTest {

    private final Shapes shapes = new Shapes();

    private Map<String, @Nullable Object> read(String json, String... selected) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        try (TokenReader in = TokenReader.line("evidence/x.ndjson", bytes, 0, bytes.length, 1, 1, shapes)) {
            in.first("a JSON object");
            Map<String, @Nullable Object> fields =
                    in.record(1, selected.length == 0 ? FieldSelection.ALL : FieldSelection.of(List.of(selected)));
            in.finish();
            return fields;
        }
    }

    @Test
    void objects_with_other_names_or_another_order_keep_their_own_names_in_file_order() {
        assertThat(read("{\"a\": 1, \"b\": 2}")).containsExactly(entry("a", 1L), entry("b", 2L));
        assertThat(read("{\"b\": 3, \"a\": 4}")).containsExactly(entry("b", 3L), entry("a", 4L));
        assertThat(read("{\"a\": 5}")).containsExactly(entry("a", 5L)).doesNotContainKey("b");
        assertThat(read("{\"a\": 6, \"b\": {\"a\": null, \"c\": [{\"b\": true}]}}"))
                .containsExactly(
                        entry("a", 6L), entry("b", nested(entry("a", null), entry("c", List.of(Map.of("b", true))))));
        assertThat(read("{}")).isEmpty();
        assertThat(read("{\"a\": 1, \"b\": {\"a\": 2, \"b\": 3, \"c\": 4}, \"c\": 5}"))
                .as("a nested object that takes the names of the one around it, and more")
                .containsExactly(
                        entry("a", 1L),
                        entry("b", nested(entry("a", 2L), entry("b", 3L), entry("c", 4L))),
                        entry("c", 5L));
        assertThat(read("{\"a\": 7, \"b\": 8}")).containsExactly(entry("a", 7L), entry("b", 8L));
    }

    @Test
    void a_name_given_twice_is_refused_on_the_names_of_an_object_before_and_beyond_them() {
        read("{\"a\": 1, \"b\": 2}");

        for (String twice : List.of(
                "{\"a\": 1, \"b\": 2, \"a\": 3}", // the names of the object before, then one of them again
                "{\"a\": 1, \"a\": 2}", // leaves them at the second name
                "{\"a\": 1, \"b\": 2, \"c\": 3, \"b\": 4}")) { // leaves them, then repeats one of them
            assertThatThrownBy(() -> read(twice))
                    .as(twice)
                    .isInstanceOf(EvidenceException.class)
                    .hasMessageMatching("field '[ab]' appears twice inside record 1");
        }
        assertThat(read("{\"a\": 1, \"b\": 2, \"c\": 3}")).containsOnlyKeys("a", "b", "c");
    }

    @Test
    void a_field_nothing_reads_keeps_its_name_without_its_value() {
        Map<String, @Nullable Object> fields =
                read("{\"a\": 1, \"b\": {\"x\": [1, 2]}, \"c\": {\"d\": 2, \"e\": 3}}", "a", "c.d");

        assertThat(fields)
                .containsExactly(
                        entry("a", 1L),
                        entry("b", Conditions.UNREAD),
                        entry("c", nested(entry("d", 2L), entry("e", Conditions.UNREAD))));
    }

    @Test
    void fields_added_after_reading_follow_the_read_ones_and_any_value_can_be_replaced() {
        Map<String, @Nullable Object> fields = read("{\"a\": 1, \"b\": null}");

        fields.put("derived", true);
        fields.put("a", 2L);
        assertThat(fields.put("b", "x")).isNull();
        fields.replaceAll((name, value) -> name + "=" + value);

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", "a=2");
        expected.put("b", "b=x");
        expected.put("derived", "derived=true");
        assertThat(fields).containsExactlyEntriesOf(expected).isEqualTo(expected);
        assertThat(fields.hashCode()).isEqualTo(expected.hashCode());
        assertThat(fields.get("missing")).isNull();
        assertThat(fields.getOrDefault("missing", "none")).isEqualTo("none");
        fields.put("b", null);
        fields.put("derived", null);
        assertThat(fields.getOrDefault("b", "none"))
                .as("a field whose value is null")
                .isNull();
        assertThat(fields.getOrDefault("derived", "none")).isNull();
        assertThat(fields.containsKey("derived")).isTrue();
    }

    @Test
    void many_added_fields_keep_their_order_and_each_its_own_value() {
        Map<String, @Nullable Object> fields = read("{\"a\": 1}");
        Map<String, @Nullable Object> expected = new LinkedHashMap<>(Map.of("a", 1L));
        for (long n = 0; n < 20; n++) {
            fields.put("d" + n, n);
            expected.put("d" + n, n);
        }
        assertThat(fields.put("d3", "again")).isEqualTo(3L);
        expected.put("d3", "again");

        assertThat(fields).hasSize(21).containsExactlyEntriesOf(expected);
        assertThat(fields.get("d19")).isEqualTo(19L);
        assertThat(fields.containsKey("d20")).isFalse();
        assertThat(fields.get(null))
                .as("no name is null, as in any map of names")
                .isNull();
        assertThat(fields.containsKey(null)).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_nested_object_and_a_mapped_record_refuse_any_change() {
        Map<String, @Nullable Object> fields = read("{\"a\": 1, \"b\": {\"c\": 2}}");
        Map<String, @Nullable Object> nested = (Map<String, @Nullable Object>) fields.get("b");

        assertThatThrownBy(() -> nested.put("c", 3L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> nested.put("d", 3L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> nested.entrySet().iterator().next().setValue(3L))
                .isInstanceOf(UnsupportedOperationException.class);

        fields.put("derived", true); // an adapter's, before the record is mapped
        EvidenceRecord record = RecordMapper.generic(TestSources.source("x", "generic-ndjson", "evidence/x.ndjson"))
                .map(new RawRecord("evidence/x.ndjson", 1, SourcePosition.of("evidence/x.ndjson"), fields));
        assertThatThrownBy(() -> record.fields().put("a", 2L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> record.fields().put("more", 2L)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(record.fields())
                .containsExactly(entry("a", 1L), entry("b", Map.of("c", 2L)), entry("derived", true));
    }

    @Test
    void past_8192_names_the_shapes_start_again_and_objects_still_read_whole() {
        Shapes.Shape first = shapes.start();
        for (int n = 1; n <= 3000; n++) { // each object has a name of its own: ids as names
            assertThat(read("{\"id\": " + n + ", \"k" + n + "\": " + n + "}"))
                    .containsExactly(entry("id", (long) n), entry("k" + n, (long) n));
        }

        assertThat(shapes.start()).as("a new tree").isNotSameAs(first);
        assertThat(read("{\"id\": 1, \"k1\": 1}")).containsExactly(entry("id", 1L), entry("k1", 1L));
    }

    @Test
    void objects_with_the_same_names_in_two_places_each_read_what_is_selected_there() {
        for (int n = 1; n <= 3; n++) {
            assertThat(read(
                            ("{\"head\": {\"ref\": \"f%d\", \"sha\": \"h%d\"},"
                                            + " \"base\": {\"ref\": \"main\", \"sha\": \"b%d\"}}")
                                    .formatted(n, n, n),
                            "head.sha",
                            "base.ref"))
                    .containsExactly(
                            entry("head", nested(entry("ref", Conditions.UNREAD), entry("sha", "h" + n))),
                            entry("base", nested(entry("ref", "main"), entry("sha", Conditions.UNREAD))));
        }

        Shapes.Shape head = shapes.start().child("head");
        Shapes.Shape base = head.child("base");
        assertThat(shapes.startInside(head))
                .as("each place its own tree")
                .isNotSameAs(shapes.startInside(base))
                .isSameAs(shapes.startInside(head));
    }

    @Test
    void past_8192_names_inside_records_the_shapes_start_again_and_objects_still_read_whole() {
        Shapes.Shape first = shapes.start();
        for (int n = 1; n <= 5000; n++) { // each nested object has a name of its own: two names held each
            assertThat(read("{\"id\": " + n + ", \"o\": [{\"k" + n + "\": " + n + "}]}"))
                    .containsExactly(entry("id", (long) n), entry("o", List.of(Map.of("k" + n, (long) n))));
        }

        assertThat(shapes.start()).as("a new tree").isNotSameAs(first);
    }

    @Test
    void the_values_of_a_record_read_are_not_kept_once_it_is_handed_on() {
        read("{\"a\": \"%s\", \"b\": {\"c\": [1, 2]}}".formatted("x".repeat(1000)));

        assertThat(shapes.values(0)).containsOnlyNulls();
        assertThat(shapes.values(1)).containsOnlyNulls();

        assertThatThrownBy(() -> read("{\"a\": \"%s\", \"b\": {\"c\": 1, \"c\": 2}}".formatted("y".repeat(1000))))
                .hasMessage("field 'c' appears twice inside record 1");
        assertThat(shapes.values(0)).as("nor those of a record refused").containsOnlyNulls();
        assertThat(shapes.values(1)).containsOnlyNulls();
    }

    @Test
    void an_object_with_more_names_than_the_shapes_hold_keeps_them_to_itself() {
        Shapes.Shape root = shapes.start();
        StringBuilder big = new StringBuilder("{");
        for (int n = 0; n < 9000; n++) {
            big.append(n == 0 ? "" : ", ")
                    .append("\"f")
                    .append(n)
                    .append("\": ")
                    .append(n);
        }
        Map<String, @Nullable Object> fields = read(big.append("}").toString());

        assertThat(fields).hasSize(9000).containsEntry("f8999", 8999L);
        assertThat(shapes.start()).as("the tree that was").isSameAs(root);
    }

    @SafeVarargs
    private static Map<String, @Nullable Object> nested(Map.Entry<String, @Nullable Object>... entries) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, @Nullable Object> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }
}
