package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.evidence.ReadContext.FileDigest;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a population came from, so an auditor can test its completeness: the files with their SHA-256, the
 * record count, and the days the records' timestamps cover.
 *
 * @param first the day of the earliest record timestamp (in the source's time zone), or null when records have none
 * @param last the day of the latest record timestamp, or null
 * @param later how many records are dated after the as-of date (not judged)
 * @param exportedOn the export date the source declares, or null
 * @param staleAfterDays how far before the as-of date the export may stop
 * @param snapshot whether the export is a snapshot of the present rather than a stream of events
 * @param joinedInto the source whose records this one's are joined into, when it is read only through that join;
 *     its records are those the join read, and it has no days of its own
 */
public record SourceProvenance(
        String id,
        String format,
        List<FileDigest> files,
        long records,
        @Nullable String first,
        @Nullable String last,
        long later,
        @Nullable LocalDate exportedOn,
        int staleAfterDays,
        boolean snapshot,
        @Nullable String joinedInto) {

    public SourceProvenance {
        files = List.copyOf(files);
    }

    /** This provenance with {@code files} instead of its own. */
    public SourceProvenance withFiles(List<FileDigest> files) {
        return new SourceProvenance(
                id, format, files, records, first, last, later, exportedOn, staleAfterDays, snapshot, joinedInto);
    }

    /**
     * The last day the export covers: the later of its declared export date and (for a stream of events) the day of
     * its latest record; null when neither is known.
     */
    public @Nullable LocalDate coverage() {
        LocalDate latest = snapshot || last == null ? null : LocalDate.parse(last);
        if (exportedOn == null || (latest != null && latest.isAfter(exportedOn))) {
            return latest;
        }
        return exportedOn;
    }

    /** Whether the export stops more than {@link #staleAfterDays} days before {@code asOf}. */
    public boolean staleOn(LocalDate asOf) {
        LocalDate coverage = coverage();
        return coverage != null && coverage.isBefore(asOf.minusDays(staleAfterDays));
    }
}
