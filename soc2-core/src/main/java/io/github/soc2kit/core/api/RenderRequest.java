package io.github.soc2kit.core.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to render.
 *
 * @param repository the policy repository root (the folder holding soc2.yaml); its {@code templates/} folder, if
 *     any, overrides bundled templates file by file
 * @param buildDirectory the build directory, for example {@code target}: a folder soc2kit writes inside the
 *     repository must lie in it, with every symbolic link resolved
 * @param outputDirectory the public site's folder, for example {@code target/soc2-site}; replaced as a whole
 * @param internalDirectory the internal site's folder, for example {@code target/soc2-site-internal}, written only
 *     with findings; replaced as a whole. Neither site folder may hold the other.
 * @param findings the result of {@code soc2:verify}, or null when it did not run: then only the public site is
 *     written
 * @param asOf the day the site is as of when it verifies itself or has no findings; null for today in the company
 *     time zone (capped at the period's end). A verify result brings its own.
 */
public record RenderRequest(
        Path repository,
        Path buildDirectory,
        Path outputDirectory,
        Path internalDirectory,
        @Nullable VerifyResult findings,
        @Nullable LocalDate asOf,
        Soc2Listener listener) {

    public RenderRequest {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(buildDirectory, "buildDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(internalDirectory, "internalDirectory");
        Objects.requireNonNull(listener, "listener");
    }
}
