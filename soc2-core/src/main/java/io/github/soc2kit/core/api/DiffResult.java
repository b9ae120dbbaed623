package io.github.soc2kit.core.api;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a comparison.
 *
 * @param base the base ref compared with
 * @param baseCommit its commit id
 * @param changes how many changes were found
 * @param loosening how many of them loosen a control
 * @param console the console summary, one line each
 * @param files the reports written ({@code diff.md}, {@code diff.json})
 */
public record DiffResult(
        String base, String baseCommit, int changes, long loosening, List<String> console, List<Path> files) {

    public DiffResult {
        console = List.copyOf(console);
        files = List.copyOf(files);
    }
}
