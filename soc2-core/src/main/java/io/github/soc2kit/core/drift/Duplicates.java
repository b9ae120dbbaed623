package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.evidence.EvidenceReader.Keys;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the records of one source that repeat the key of an earlier record where the format's keys name one record
 * ({@link Keys}): each repeat is reported as evidence-duplicate at its position, naming the first, and left out, so
 * that a key counts once. The first {@value Finding#MAX_PER_FILE} repeats of a file are listed, the rest counted.
 */
final class Duplicates {

    private static final String HINT = "the system lists each record once: export the file again, whole; pages or"
            + " time windows that overlap repeat records, and may leave others out";

    private final Keys keys;
    private final List<Finding> findings;
    private final FirstKeys first = new FirstKeys();
    private final Map<String, Integer> repeats = new TreeMap<>();

    Duplicates(Keys keys, List<Finding> findings) {
        this.keys = keys;
        this.findings = findings;
    }

    /** Whether {@code record} repeats an earlier record's key; the repeat is reported. */
    boolean repeated(EvidenceRecord record) {
        if (keys == Keys.REPEAT) {
            return false;
        }
        String path = record.at().path();
        SourcePosition earlier =
                first.putIfAbsent(keys == Keys.UNIQUE_IN_FILE ? path + '\n' + record.key() : record.key(), record.at());
        if (earlier == null) {
            return false;
        }
        if (repeats.merge(path, 1, Integer::sum) <= Finding.MAX_PER_FILE) {
            String where =
                    earlier.path().equals(path) ? "line " + earlier.line() : earlier.path() + ":" + earlier.line();
            findings.add(Finding.error(
                    RuleId.EVIDENCE_DUPLICATE,
                    record.at(),
                    "a second record with the key '" + Wording.clipped(record.key()) + "' (the first is at " + where
                            + "); only the first is counted",
                    HINT));
        }
        return true;
    }

    /** Counts, for each file, the repeats beyond those listed. */
    void finish() {
        repeats.forEach((path, count) -> {
            if (count > Finding.MAX_PER_FILE) {
                findings.add(Finding.error(
                        RuleId.EVIDENCE_DUPLICATE,
                        SourcePosition.of(path),
                        String.format(
                                Locale.ROOT,
                                "%,d more records of this file repeat an earlier key (only the first %d are listed);"
                                        + " each is counted once",
                                count - Finding.MAX_PER_FILE,
                                Finding.MAX_PER_FILE),
                        HINT));
            }
        });
    }
}
