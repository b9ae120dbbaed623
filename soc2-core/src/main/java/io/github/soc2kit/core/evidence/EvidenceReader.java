package io.github.soc2kit.core.evidence;

import io.github.soc2kit.core.model.EvidenceSource;
import java.util.function.Consumer;

/**
 * Streams the records of one evidence format. A reader never holds a whole export in memory: it hands each
 * record to the sink as soon as it is parsed, and it opens files only through {@link ReadContext#open}, which
 * records their provenance (SHA-256, size).
 */
public interface EvidenceReader {

    /**
     * Reads every file of {@code source} (in {@link ReadContext#files} order) and passes each record to {@code sink}.
     *
     * @throws EvidenceException for malformed or truncated input, or a required field that is missing
     */
    void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink);

    /**
     * Whether every record of the format is about a person (a directory user, an employee, a learner): then records
     * of service accounts are left out of its checks. False for exports that list accounts of any kind, such as the
     * AWS credential report, whose machine users must rotate keys like anyone.
     */
    default boolean aboutPeople() {
        return false;
    }

    /**
     * Whether the format is a snapshot of the present (a user list, a credential report, a branch protection) rather
     * than a stream of events: its record timestamps (when users were created) say nothing about how far the export
     * reaches, so only a declared export date does.
     */
    default boolean snapshot() {
        return false;
    }
}
