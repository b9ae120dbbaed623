package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.evidence.ReadContext.FileDigest;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a population came from, so an auditor can test its completeness: the files with their SHA-256, the
 * record count, and the period the records' timestamps cover.
 *
 * @param first the earliest record timestamp as written in the export, or null when records have none
 * @param last the latest record timestamp, or null
 */
public record SourceProvenance(
        String id,
        String format,
        List<FileDigest> files,
        long records,
        @Nullable String first,
        @Nullable String last) {

    public SourceProvenance {
        files = List.copyOf(files);
    }
}
