package io.github.soc2kit.core;

import io.github.soc2kit.core.api.PolicyValidator;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.ValidateRequest;
import io.github.soc2kit.core.diag.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Test fixtures: small repositories under src/test/resources, copied and overlaid into temporary folders. */
public final class Fixtures {

    private static final Pattern MARKER = Pattern.compile("#\\s*expect:");
    private static final Pattern MARKERS = Pattern.compile("(?=#\\s*expect:)");
    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([a-z0-9-]+)@([1-9][0-9]*):\\s*(.*?)\\s*");

    private Fixtures() {}

    public static Path resource(String name) {
        try {
            var url = Fixtures.class.getClassLoader().getResource(name);
            if (url == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the base repository into {@code target}, then each overlay folder on top of it. */
    public static Path repository(Path target, Path... overlays) {
        copyTree(resource("repos/base"), target);
        for (Path overlay : overlays) {
            copyTree(overlay, target);
        }
        return target;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path dest = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Report validate(Path repository) {
        return new PolicyValidator()
                .validate(new ValidateRequest(repository, repository.resolveSibling("out"), Soc2Listener.NONE))
                .report();
    }

    /**
     * The findings that the {@code # expect: <rule-id>@<column>: <message>} markers in the overlay's files call for,
     * as {@code path:line:column: rule-id: message} lines (the line is the marker's), sorted.
     */
    public static List<String> expectations(Path overlay) {
        List<String> expected = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(overlay)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                expected.addAll(
                        expectations(file, overlay.relativize(file).toString().replace('\\', '/')));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected.stream().sorted().toList();
    }

    /** The findings the markers of {@code file} call for, which the repository holds at {@code path}. */
    public static List<String> expectations(Path file, String path) {
        List<String> expected = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                for (String marker : MARKERS.split(lines.get(i))) {
                    if (!MARKER.matcher(marker).lookingAt()) {
                        continue;
                    }
                    Matcher m = EXPECT.matcher(marker);
                    if (!m.matches()) {
                        throw new IllegalArgumentException(path + ":" + (i + 1) + ": a marker reads"
                                + " '# expect: <rule-id>@<column>: <message>', not '" + marker.strip() + "'");
                    }
                    expected.add(path + ":" + (i + 1) + ":" + m.group(2) + ": " + m.group(1) + ": " + m.group(3));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }
}
