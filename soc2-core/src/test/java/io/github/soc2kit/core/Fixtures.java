package io.github.soc2kit.core;

import io.github.soc2kit.core.api.PolicyValidator;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.ValidateRequest;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.load.CatalogueLoader;
import io.github.soc2kit.core.load.RepositoryLoader;
import io.github.soc2kit.core.rules.RuleContext;
import io.github.soc2kit.core.rules.Rules;
import io.github.soc2kit.core.load.SchemaValidator;
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

    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([a-z0-9-]+):\\s*(.*?)\\s*$");

    private Fixtures() { }

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

    /** The validation findings plus those of the practice rules (owners, coverage) that soc2:verify adds. */
    public static Report validateWithPractice(Path repository) {
        RepositoryLoader.Result loaded = new RepositoryLoader(new SchemaValidator()).load(repository);
        List<Finding> findings = new ArrayList<>(validate(repository).findings());
        findings.addAll(Rules.checkPractice(RuleContext.withoutHistory(loaded.repository(), CatalogueLoader.tsc2017())));
        return new Report(findings);
    }

    /**
     * The findings that the {@code # expect: <rule-id>: <message>} markers in the overlay's files call for, as
     * {@code path:line: rule-id: message} lines, sorted.
     */
    public static List<String> expectations(Path overlay) {
        List<String> expected = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(overlay)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = overlay.relativize(file).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String[] markers = lines.get(i).split("(?=#\\s*expect:)");
                    for (String marker : markers) {
                        Matcher m = EXPECT.matcher(marker);
                        if (m.find()) {
                            expected.add(path + ":" + (i + 1) + ": " + m.group(1) + ": " + m.group(2));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected.stream().sorted().toList();
    }
}
