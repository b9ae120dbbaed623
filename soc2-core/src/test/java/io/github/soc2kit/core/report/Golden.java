package io.github.soc2kit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Byte-for-byte comparison with the golden files in {@code src/test/resources/report/expected/}. With
 * {@code -Dsoc2.golden.update=true} the rendering is written there instead; review the diff in the pull request.
 */
final class Golden {

    static final String UPDATE_PROPERTY = "soc2.golden.update";
    static final Path DIRECTORY = Path.of("src", "test", "resources", "report", "expected");

    private Golden() { }

    static void assertMatches(String name, String actual) {
        Path file = DIRECTORY.resolve(name);
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(DIRECTORY);
                Files.write(file, actual.getBytes(StandardCharsets.UTF_8));
                return;
            }
            assertThat(file)
                    .as("golden file %s is missing; create it with -D%s=true", file, UPDATE_PROPERTY)
                    .exists();
            String expected = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertThat(actual)
                    .as("%s differs from its golden file; if the change is intended, rerun with -D%s=true and review the diff",
                            name, UPDATE_PROPERTY)
                    .isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
