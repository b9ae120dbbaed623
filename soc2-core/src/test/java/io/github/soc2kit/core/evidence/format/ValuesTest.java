package io.github.soc2kit.core.evidence.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ValuesTest {

    private static final Map<String, @Nullable Object> RECORD = record();

    private static Map<String, @Nullable Object> record() {
        Map<String, @Nullable Object> user = new HashMap<>();
        user.put("login", "dana-dev");
        user.put("site_admin", null);
        Map<String, @Nullable Object> fields = new HashMap<>();
        fields.put("number", 7L);
        fields.put("user", user);
        fields.put("head", null);
        fields.put("labels", List.of(Map.of("name", "docs-only")));
        fields.put("user.login", "the CSV header"); // a name with a dot is found before the nested value
        fields.put("a.b", Map.of("c", "dotted then nested"));
        fields.put("", Map.of("", "empty names"));
        return fields;
    }

    @Test
    void finds_fields_by_name_then_by_dotted_path() {
        assertThat(Values.find(RECORD, "number")).isEqualTo(7L);
        assertThat(Values.find(RECORD, "user.login")).isEqualTo("the CSV header");
        assertThat(Values.find(RECORD, "user")).isInstanceOf(Map.class);
        assertThat(Values.find(Map.of("user", Map.of("login", "sam")), "user.login"))
                .isEqualTo("sam");
    }

    @Test
    void a_null_on_the_way_is_null_and_a_field_that_is_not_there_is_missing() {
        assertThat(Values.find(RECORD, "head")).isNull();
        assertThat(Values.find(RECORD, "head.sha")).isNull();
        assertThat(Values.find(RECORD, "head.repo.name")).isNull();
        assertThat(Values.find(RECORD, "user.site_admin")).isNull();
        assertThat(Values.find(RECORD, "user.site_admin.x")).isNull();
        assertThat(Values.find(RECORD, "merged_at")).isSameAs(Values.MISSING);
        assertThat(Values.find(RECORD, "user.email")).isSameAs(Values.MISSING);
        assertThat(Values.find(RECORD, "base.repo.name")).isSameAs(Values.MISSING);
    }

    @Test
    void a_value_that_is_not_an_object_has_no_fields() {
        assertThat(Values.find(RECORD, "number.value")).isSameAs(Values.MISSING);
        assertThat(Values.find(RECORD, "labels.name")).isSameAs(Values.MISSING);
        assertThat(Values.find(RECORD, "user.login.first")).isSameAs(Values.MISSING);
    }

    @Test
    void only_a_whole_name_with_dots_is_found_as_a_name() {
        assertThat(Values.find(RECORD, "a.b.c")).isSameAs(Values.MISSING);
        assertThat(Values.find(RECORD, "a.b")).isEqualTo(Map.of("c", "dotted then nested"));
    }

    @Test
    void empty_parts_of_a_path_are_names_too() {
        assertThat(Values.find(RECORD, ".")).isEqualTo("empty names");
        assertThat(Values.find(RECORD, "user.")).isSameAs(Values.MISSING);
        assertThat(Values.find(RECORD, ".login")).isSameAs(Values.MISSING);
        assertThat(Values.find(RECORD, "")).isEqualTo(Map.of("", "empty names"));
    }
}
