package io.github.soc2kit.core.api;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to compare: the working tree of the policy repository with a git ref.
 *
 * @param repository the policy repository root (the folder holding soc2.yaml), inside a git work tree
 * @param buildDirectory the build directory, for example {@code target}: a folder soc2kit writes inside the
 *     repository must lie in it, with every symbolic link resolved
 * @param base the git ref to compare with; null for the merge base of HEAD with {@code origin/main}, else {@code main}
 * @param outputDirectory where {@code diff.md} and {@code diff.json} are written
 */
public record DiffRequest(
        Path repository, Path buildDirectory, @Nullable String base, Path outputDirectory, Soc2Listener listener) {

    public DiffRequest {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(buildDirectory, "buildDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(listener, "listener");
    }
}
