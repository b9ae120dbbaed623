package io.github.soc2kit.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.model.FileKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data-driven schema tests (the JSON-Schema-Test-Suite pattern): every document under
 * {@code schema/<kind>/valid/} must pass its schema, and every document under {@code schema/<kind>/invalid/} must
 * fail with exactly the findings its {@code # expect: schema@<column>: <message>} markers name, at the marked line and
 * column.
 */
class SchemaDocumentsTest {

    private static final SchemaValidator VALIDATOR = new SchemaValidator();
    private static final YamlReader READER = new YamlReader();

    static Stream<String> documents() throws IOException {
        Path root = Fixtures.resource("schema");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk
                    .filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void document_meets_its_expectations(String name) {
        Path file = Fixtures.resource("schema/" + name);
        FileKind kind = FileKind.valueOf(name.substring(0, name.indexOf('/')).toUpperCase(Locale.ROOT));
        YamlReader.Result read = READER.read(file, name.substring(name.lastIndexOf('/') + 1));
        assertThat(read.findings()).isEmpty();
        YamlDocument document = read.document();
        List<String> actual = VALIDATOR.validate(kind, document).stream()
                .map(SchemaDocumentsTest::line)
                .toList();
        if (name.contains("/valid/")) {
            assertThat(actual).isEmpty();
        } else {
            List<String> expected = Fixtures.expectations(file.getParent()).stream()
                    .filter(e -> e.startsWith(document.path() + ":"))
                    .toList();
            assertThat(expected).as("an invalid document marks its errors").isNotEmpty();
            assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static String line(Finding f) {
        return f.at().path() + ":" + f.at().line() + ":" + f.at().column() + ": " + f.ruleId() + ": " + f.message();
    }
}
