package io.github.soc2kit.core;

import io.github.soc2kit.core.api.PolicyValidator;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.ValidateRequest;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Test fixtures: small repositories under src/test/resources, copied and overlaid into temporary folders.
 *
 * <p>A fixture names the findings it expects in two ways. A YAML file marks the offending line with a comment,
 * {@code # expect: <rule-id>@<column>: <message>} (see {@link #expectations(Path, String)}). A finding that no
 * comment can mark, because it sits in a JSON or CSV export or is about a whole file (line and column 0), is listed
 * in the fixture's {@value #LISTED}, one per line as {@code <path>:<line>:<column>: <rule-id>: <message>} with the
 * repo-relative path; blank lines and lines starting with {@code #} are ignored (see {@link #listed(Path)}). The
 * {@value #LISTED} itself is not part of the repository the fixture describes.
 */
public final class Fixtures {

    /**
     * An as-of date after every fixture's observation period: a run given it judges as of the period's end, whatever
     * day the machine's clock says.
     */
    public static final LocalDate AFTER_PERIOD = LocalDate.of(2100, 1, 1);

    /** The file of a fixture folder that lists the findings that cannot carry an inline marker. */
    public static final String LISTED = "expect.txt";

    private static final Pattern MARKER = Pattern.compile("#\\s*expect:");
    private static final Pattern MARKERS = Pattern.compile("(?=#\\s*expect:)");
    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([a-z0-9-]+)@([1-9][0-9]*):\\s*(.*?)\\s*");
    private static final Pattern LISTED_LINE =
            Pattern.compile("([^\\s:][^:]*):(?:0:0|[1-9][0-9]*:[1-9][0-9]*): [a-z0-9-]+: \\S.*");

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

    /** Copies the base repository into {@code target}, then each overlay folder (but its {@value #LISTED}) on top. */
    public static Path repository(Path target, Path... overlays) {
        copyTree(resource("repos/base"), target);
        for (Path overlay : overlays) {
            copyTree(overlay, target, overlay.resolve(LISTED));
        }
        return target;
    }

    public static void copyTree(Path from, Path to) {
        copyTree(from, to, null);
    }

    private static void copyTree(Path from, Path to, @Nullable Path except) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path dest = to.resolve(from.relativize(source).toString());
                if (source.equals(except)) {
                    continue;
                }
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
                .validate(new ValidateRequest(
                        repository, repository.resolve("target"), repository.resolveSibling("out"), Soc2Listener.NONE))
                .report();
    }

    /**
     * The findings that the {@code # expect: <rule-id>@<column>: <message>} markers in the overlay's files and its
     * {@value #LISTED} call for, as {@code path:line:column: rule-id: message} lines (the line is the marker's),
     * sorted.
     */
    public static List<String> expectations(Path overlay) {
        List<String> expected = new ArrayList<>(listed(overlay));
        try (Stream<Path> walk = Files.walk(overlay)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = overlay.relativize(file).toString().replace('\\', '/');
                if (!path.equals(LISTED)) {
                    expected.addAll(expectations(file, path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected.stream().sorted().toList();
    }

    /**
     * The findings the fixture's {@value #LISTED} lists (none without one), as {@code path:line:column: rule-id:
     * message} lines: those that cannot carry a marker, in an export or about a whole file ({@code path:0:0: ...}).
     */
    public static List<String> listed(Path overlay) {
        Path file = overlay.resolve(LISTED);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> listed = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (!LISTED_LINE.matcher(line).matches()) {
                    throw new IllegalArgumentException(LISTED + ":" + (i + 1) + ": a line reads"
                            + " '<path>:<line>:<column>: <rule-id>: <message>' (0:0 for a whole file), not '" + line
                            + "'");
                }
                listed.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return listed;
    }

    /**
     * The repo-relative paths of the files a fixture speaks for: its own files (but {@value #LISTED}) and the files its
     * {@value #LISTED} names. A harness that verifies the fixture over the base repository compares the findings
     * located in these files and ignores those of the base repository's other files.
     */
    public static Set<String> files(Path overlay) {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(overlay)) {
            walk.filter(Files::isRegularFile)
                    .map(file -> overlay.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !path.equals(LISTED))
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.addAll(listedFiles(overlay));
        return files;
    }

    /** The repo-relative paths of the files that the fixture's {@value #LISTED} names. */
    public static Set<String> listedFiles(Path overlay) {
        Set<String> files = new TreeSet<>();
        listed(overlay).forEach(line -> files.add(line.substring(0, line.indexOf(':'))));
        return files;
    }

    /** A finding as the markers and {@value #LISTED} write it: {@code path:line:column: rule-id: message}. */
    public static String line(Finding f) {
        return f.at().path() + ":" + f.at().line() + ":" + f.at().column() + ": " + f.ruleId() + ": " + f.message();
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
