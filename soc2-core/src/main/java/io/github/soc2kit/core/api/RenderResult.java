package io.github.soc2kit.core.api;

import io.github.soc2kit.core.diag.Report;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a render.
 *
 * @param report the validation findings; when it has errors nothing was rendered
 * @param files the files of the site, in path order; empty when nothing was rendered
 */
public record RenderResult(Report report, List<Path> files) {

    public RenderResult {
        files = List.copyOf(files);
    }
}
