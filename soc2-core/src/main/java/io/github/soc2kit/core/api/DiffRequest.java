package io.github.soc2kit.core.api;

import java.nio.file.Path;
import java.time.LocalDate;
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
 * @param asOf the day the drift preview judges as of; null for today in the company time zone (capped at the
 *     period's end)
 */
public record DiffRequest(
        Path repository,
        Path buildDirectory,
        @Nullable String base,
        Path outputDirectory,
        @Nullable LocalDate asOf,
        Soc2Listener listener) {

    public DiffRequest {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(buildDirectory, "buildDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(listener, "listener");
    }
}
