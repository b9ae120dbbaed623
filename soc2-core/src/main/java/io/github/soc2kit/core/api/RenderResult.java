package io.github.soc2kit.core.api;

import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.diag.Wording;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a render.
 *
 * @param report the validation findings; when it has errors nothing was rendered
 * @param files the files of the public site, in path order; empty when nothing was rendered
 * @param internalFiles the files of the internal site, in path order; empty when it was not rendered
 */
public record RenderResult(Report report, List<Path> files, List<Path> internalFiles) {

    public RenderResult {
        files = List.copyOf(files);
        internalFiles = List.copyOf(internalFiles);
    }

    /**
     * "public site written to target/soc2-site (42 files); internal site ... to target/soc2-site-internal (47 files)",
     * or the findings and "no site rendered"; paths from {@code base}.
     */
    public String summary(Path base, Path site, Path internal) {
        if (report.hasErrors()) {
            return report.summary() + "; no site rendered";
        }
        String published = "public site written to " + Wording.shown(base, site) + " ("
                + Wording.plural(files.size(), "file") + ")";
        return internalFiles.isEmpty()
                ? published
                : published + "; internal site (readiness and findings: not for publishing) written to "
                        + Wording.shown(base, internal) + " (" + Wording.plural(internalFiles.size(), "file") + ")";
    }
}
