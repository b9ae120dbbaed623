package io.github.soc2kit.core.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to validate.
 *
 * @param repository the policy repository root (the folder holding soc2.yaml)
 * @param buildDirectory the build directory, for example {@code target}: a folder soc2kit writes inside the
 *     repository must lie in it, with every symbolic link resolved
 * @param outputDirectory where the machine-readable report is written, for example {@code target/soc2}
 */
public record ValidateRequest(Path repository, Path buildDirectory, Path outputDirectory, Soc2Listener listener) {

    public ValidateRequest {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(buildDirectory, "buildDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(listener, "listener");
    }
}
