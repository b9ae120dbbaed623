package io.github.soc2kit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** The repositories the command line is run on: a copy of the example repository in git, and broken ones. */
final class Repositories {

    /** The day every test judges as of: never the machine's clock. */
    static final String AS_OF = "2026-06-30";

    private Repositories() {}

    /**
     * A copy of example-repo (without its target/) committed to a new git repository at the start of its period,
     * so that the history checks run as they do on a clone.
     */
    static Path example(Path target) {
        Path example = Path.of("../example-repo");
        try (Stream<Path> walk = Files.walk(example)) {
            for (Path source : walk.sorted().toList()) {
                Path relative = example.relativize(source);
                if (relative.startsWith("target")) {
                    continue;
                }
                Path dest = target.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest);
                }
            }
            try (Git git = Git.init()
                    .setDirectory(target.toFile())
                    .setInitialBranch("main")
                    .call()) {
                git.add().addFilepattern(".").call();
                PersonIdent who = new PersonIdent(
                        "Dana Reyes",
                        "dana.reyes@northwind.example",
                        Instant.parse("2025-09-15T12:00:00Z"),
                        ZoneOffset.UTC);
                git.commit()
                        .setMessage("Northwind Ledger policies")
                        .setAuthor(who)
                        .setCommitter(who)
                        .setSign(false)
                        .call();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces {@code from} with {@code to} in a file of the repository (the text must be there). */
    static void edit(Path repository, String file, String from, String to) {
        try {
            Path path = repository.resolve(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain '" + from + "'");
            }
            Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
