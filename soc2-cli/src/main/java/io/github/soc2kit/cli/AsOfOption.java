package io.github.soc2kit.cli;

import io.github.soc2kit.core.api.VerifyRequest;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --as-of YYYY-MM-DD}, as the plugin's {@code soc2.asOf}. */
final class AsOfOption {

    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            description = "The day to judge as of, in the company time zone (default: today, capped at the end of the"
                    + " observation period).")
    @Nullable String asOf;

    /** The day, or null for today. */
    @Nullable LocalDate day() {
        return VerifyRequest.asOf(asOf);
    }
}
