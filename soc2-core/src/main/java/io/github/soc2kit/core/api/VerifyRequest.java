package io.github.soc2kit.core.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to verify.
 *
 * @param repository the policy repository root (the folder holding soc2.yaml)
 * @param outputDirectory where the reports are written, for example {@code target/soc2}
 */
public record VerifyRequest(Path repository, Path outputDirectory, Soc2Listener listener) {

    public VerifyRequest {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(listener, "listener");
    }
}
