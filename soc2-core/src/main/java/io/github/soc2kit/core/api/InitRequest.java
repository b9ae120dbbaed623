package io.github.soc2kit.core.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where to write a starter policy repository.
 *
 * @param directory the folder to write into; created when missing. Files already there are kept as they are.
 */
public record InitRequest(Path directory, Soc2Listener listener) {

    public InitRequest {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(listener, "listener");
    }
}
