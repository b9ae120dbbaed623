package io.github.soc2kit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Byte-for-byte comparison with golden files under {@code src/test/resources/}: one file, or a whole folder (a
 * rendered site). With {@code -Dsoc2.golden.update=true} the actual output is written there instead; review the
 * diff in the pull request.
 */
public final class Golden {

    public static final String UPDATE_PROPERTY = "soc2.golden.update";
    private static final Path RESOURCES = Path.of("src", "test", "resources");

    private Golden() {}

    /** {@code actual} equals the golden file {@code file} (relative to src/test/resources). */
    public static void assertMatches(String file, String actual) {
        Path golden = RESOURCES.resolve(file);
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(golden)
                    .as("golden file %s is missing; create it with -D%s=true", golden, UPDATE_PROPERTY)
                    .exists();
            assertThat(actual)
                    .as(
                            "%s differs from its golden file; if the change is intended, rerun with -D%s=true and review the diff",
                            golden, UPDATE_PROPERTY)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of {@code actual} (by path relative to the folder) are exactly those of golden folder {@code folder}. */
    public static void assertFolderMatches(String folder, Map<String, byte[]> actual) {
        Path golden = RESOURCES.resolve(folder);
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                replace(golden, actual);
                return;
            }
            Map<String, byte[]> expected = read(golden);
            assertThat(actual.keySet()).as("the files of %s", golden).containsExactlyElementsOf(expected.keySet());
            for (String path : expected.keySet()) {
                assertThat(new String(actual.get(path), StandardCharsets.UTF_8))
                        .as(
                                "%s differs from %s/%s; if the change is intended, rerun with -D%s=true and review the diff",
                                path, golden, path, UPDATE_PROPERTY)
                        .isEqualTo(new String(expected.get(path), StandardCharsets.UTF_8));
                assertThat(actual.get(path)).as(path).isEqualTo(expected.get(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below {@code folder} by its path relative to it, with '/', in path order. */
    public static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void replace(Path folder, Map<String, byte[]> files) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
    }
}
