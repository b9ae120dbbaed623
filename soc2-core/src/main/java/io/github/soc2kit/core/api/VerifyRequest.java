package io.github.soc2kit.core.api;

import io.github.soc2kit.core.diag.InvalidConfigurationException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to verify.
 *
 * @param repository the policy repository root (the folder holding soc2.yaml)
 * @param buildDirectory the build directory, for example {@code target}: a folder soc2kit writes inside the
 *     repository must lie in it, with every symbolic link resolved
 * @param outputDirectory where the reports are written, for example {@code target/soc2}
 * @param asOf the day to judge as of; null for today in the company time zone. Either way no later than the
 *     period's end.
 */
public record VerifyRequest(
        Path repository,
        Path buildDirectory,
        Path outputDirectory,
        @Nullable LocalDate asOf,
        Soc2Listener listener) {

    public VerifyRequest {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(buildDirectory, "buildDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(listener, "listener");
    }

    /**
     * The as-of date as a user writes it ({@code 2026-06-30}); null for a blank value (today).
     *
     * @throws InvalidConfigurationException naming option {@code asOf} when it is no real date
     */
    public static @Nullable LocalDate asOf(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidConfigurationException(
                    "asOf",
                    "'" + text.strip() + "' is not a date: write the day to judge as of as YYYY-MM-DD, for example"
                            + " 2026-06-30, or leave it out for today");
        }
    }
}
