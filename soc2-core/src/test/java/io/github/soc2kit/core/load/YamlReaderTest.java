package io.github.soc2kit.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.SourcePosition;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlReaderTest {

    private final YamlReader reader = new YamlReader();

    @TempDir
    Path temp;

    private YamlReader.Result read(String yaml) {
        return reader.read(new StringReader(yaml), "controls/X-1.yaml");
    }

    private static String only(YamlReader.Result result) {
        assertThat(result.document()).isNull();
        assertThat(result.findings()).hasSize(1);
        Finding f = result.findings().get(0);
        return f.format();
    }

    @Test
    void records_positions_of_values_and_keys() {
        YamlDocument doc = read("""
                id: X-1
                criteria:
                  - CC6.1
                  - CC6.2
                test:
                  kind: manual
                """).document();
        assertThat(doc).isNotNull();
        assertThat(doc.at("/id")).isEqualTo(new SourcePosition("controls/X-1.yaml", 1, 5));
        assertThat(doc.at("/criteria/1")).isEqualTo(new SourcePosition("controls/X-1.yaml", 4, 5));
        assertThat(doc.keyAt("/test")).isEqualTo(new SourcePosition("controls/X-1.yaml", 5, 1));
        assertThat(doc.at("/test/kind")).isEqualTo(new SourcePosition("controls/X-1.yaml", 6, 9));
        assertThat(doc.at("/test/missing"))
                .as("falls back to the nearest ancestor")
                .isEqualTo(doc.at("/test"));
    }

    @Test
    void keeps_dates_and_versions_as_text_and_numbers_as_numbers() {
        YamlDocument doc = read("on: 2026-01-31\nversion: '1.0'\ncount: 2\nflag: true\nno: no\n")
                .document();
        assertThat(doc.root().get("on").isString()).isTrue();
        assertThat(doc.root().get("version").asString()).isEqualTo("1.0");
        assertThat(doc.root().get("count").isInt()).isTrue();
        assertThat(doc.root().get("flag").isBoolean()).isTrue();
        assertThat(doc.root().get("no").asString()).as("YAML 1.2: 'no' is text").isEqualTo("no");
    }

    @Test
    void rejects_an_infinite_number_at_its_position_and_keeps_numbers_beyond_a_double_readable() {
        assertThat(only(read("id: X-1\nparameters:\n  limit: .inf\n")))
                .isEqualTo("controls/X-1.yaml:3:10: error: '.inf' is not a finite number [yaml-syntax]");
        YamlDocument doc = read("huge: 99999999999999999999\nvast: 1e400\n").document();
        assertThat(doc.root().get("huge").isIntegralNumber()).isTrue();
        assertThat(doc.root().get("vast").isNumber()).isTrue();
    }

    @Test
    void rejects_duplicate_keys_at_the_second_key() {
        assertThat(only(read("id: X-1\nowner: a@x.example\nowner: b@x.example\n")))
                .isEqualTo(
                        "controls/X-1.yaml:3:1: error: duplicate key 'owner' (first defined at line 2) [yaml-duplicate-key]");
    }

    @Test
    void rejects_bad_indentation_with_its_line() {
        assertThat(only(read("id: X-1\ncriteria: [CC6.1]\n  test:\n  kind: manual\n")))
                .isEqualTo("controls/X-1.yaml:3:3: error: this line is indented like no key or list item above it"
                        + " [yaml-syntax]");
    }

    @Test
    void rejects_an_empty_file() {
        assertThat(only(read(""))).isEqualTo("controls/X-1.yaml:1:1: error: file is empty [yaml-syntax]");
    }

    @Test
    void rejects_a_second_document() {
        assertThat(only(read("id: X-1\n---\nid: X-2\n")))
                .isEqualTo("controls/X-1.yaml:3:1: error: file holds more than one YAML document [yaml-syntax]");
    }

    /** The one finding of {@code result} as the build log prints it, then its hint after " | ". */
    private static String withHint(YamlReader.Result result) {
        String line = only(result);
        return line + " | " + result.findings().get(0).hint();
    }

    private static final String INDENTATION_HINT = "check the indentation of this line and the one before: the keys"
            + " of one mapping and the '-' of one list start in the same column, a nested value further right, with"
            + " spaces and never tabs; quote a value that holds ': ' or starts with a character such as '[', '*' or"
            + " '&'";

    @Test
    void a_tab_that_indents_a_line_is_named_as_such() {
        assertThat(withHint(read("id: X-1\napproval:\n\tby: ana@tiny.example\n")))
                .isEqualTo("controls/X-1.yaml:3:1: error: a tab indents this line; YAML indents with spaces only"
                        + " [yaml-syntax] | replace the tab with spaces, as many as the lines around it use");
    }

    @Test
    void a_line_indented_like_no_key_above_it_is_explained_with_a_hint_about_indentation() {
        assertThat(withHint(read("id: X-1\napproval:\n  by: ana@tiny.example\n on: 2026-01-05\n")))
                .isEqualTo("controls/X-1.yaml:4:2: error: this line is indented like no key or list item above it"
                        + " [yaml-syntax] | " + INDENTATION_HINT);
    }

    @Test
    void a_key_indented_under_a_value_is_explained_with_a_hint_about_indentation() {
        assertThat(withHint(read("id: X-1\nowner: ana@tiny.example\n  title: Reviews\n")))
                .isEqualTo("controls/X-1.yaml:3:8: error: a ':' here starts a key where none can start (a line"
                        + " indented further than the key above it, or a value that holds ': ' without quotes)"
                        + " [yaml-syntax] | " + INDENTATION_HINT);
    }

    @Test
    void a_key_without_its_colon_is_reported_on_its_own_line_not_the_next() {
        assertThat(withHint(read("id: X-1\nowner ana@tiny.example\nrisk: high\n")))
                .isEqualTo("controls/X-1.yaml:2:1: error: this line has no ':' after its key (or, in a list, no '- '"
                        + " before its item) [yaml-syntax] | " + INDENTATION_HINT);
    }

    @Test
    void a_quote_left_open_is_reported_where_it_opens() {
        assertThat(withHint(read("id: X-1\ntitle: 'Reviews\nrisk: high\n")))
                .isEqualTo("controls/X-1.yaml:2:8: error: a quote opened here is not closed [yaml-syntax] | close the"
                        + " quote at the end of the value");
    }

    @Test
    void reports_deep_nesting_at_the_value_one_level_past_the_limit() {
        // the document is level 1 and a's list level 2: the 64th '[' opens level 65
        String deep = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
        assertThat(only(read(deep)))
                .isEqualTo("controls/X-1.yaml:1:67: error: values are nested more than 64 levels deep [yaml-syntax]");
    }

    @Test
    void reports_a_number_past_the_parser_limit_where_it_is() {
        assertThat(only(read("id: X-1\nlimit: " + "9".repeat(2000) + "\n")))
                .isEqualTo("controls/X-1.yaml:2:8: error: the value here is too large to read [yaml-syntax]");
    }

    @Test
    void rejects_billion_laughs_quickly_at_the_first_alias() {
        StringBuilder yaml =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [")
                    .append(("*" + p + ",").repeat(8))
                    .append('*')
                    .append(p)
                    .append("]\n");
        }
        long start = System.nanoTime();
        String message = only(read(yaml.toString()));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(message)
                .isEqualTo("controls/X-1.yaml:2:8: error: YAML aliases ('*a') are not supported [yaml-alias]");
    }

    @Test
    void rejects_a_50_mb_file_before_parsing_it() throws IOException {
        Path big = temp.resolve("big.yaml");
        byte[] line = "- some padding text to make the file large\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("items:\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        long start = System.nanoTime();
        YamlReader.Result result = reader.read(big, "registers/incidents.yaml");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(only(result))
                .isEqualTo(
                        "registers/incidents.yaml: error: file is 50.0 MB; policy files may be at most 4 MB [file-too-large]");
    }

    @Test
    void rejects_text_that_is_not_utf8() throws IOException {
        Path latin1 = temp.resolve("latin1.yaml");
        Files.write(latin1, "title: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(only(reader.read(latin1, "policies/p.yaml")))
                .isEqualTo("policies/p.yaml: error: file is not valid UTF-8 text [yaml-syntax]");
    }
}
