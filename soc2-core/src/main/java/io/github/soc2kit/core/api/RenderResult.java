package io.github.soc2kit.core.api;

import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.diag.Wording;
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

    /** "site written to target/soc2-site (42 files)", or the findings and "no site rendered"; paths from {@code base}. */
    public String summary(Path base, Path site) {
        return report.hasErrors()
                ? report.summary() + "; no site rendered"
                : "site written to " + Wording.shown(base, site) + " (" + files.size() + " files)";
    }
}
