package io.github.soc2kit.core.evidence;

import io.github.soc2kit.core.model.EvidenceSource;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the records of one evidence format. A reader never holds a whole export in memory: it hands each
 * record to the sink as soon as it is parsed, and it opens files only through {@link ReadContext#open}, which
 * records their provenance (SHA-256, size).
 */
public interface EvidenceReader {

    /**
     * Reads every file of {@code source} (in {@link ReadContext#files} order) and passes each record to {@code sink}.
     * The engine may call this on a thread of its own and judge the records on another, so a record must not change
     * once it is passed on, and only this reading may use the context while it runs.
     *
     * @throws EvidenceException for malformed or truncated input, or a required field that is missing
     */
    void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink);

    /**
     * Whether every record of the format is an account or a person (a directory user, an IAM user, an employee, a
     * learner), rather than an event by someone: then records of declared service accounts are left out of the tests
     * that read it, unless a test includes them ({@code service_accounts: include}, as key rotation does). A pull
     * request by a bot stays a change like any other.
     */
    default boolean aboutPeople() {
        return false;
    }

    /**
     * The fields the reader itself reads of every record (those it requires, derives from or keys by), as dotted
     * paths: with the fields the checks and the source's mapping name, the only ones a JSON record's values are read
     * of ({@link ReadContext#selection}).
     */
    default List<String> reads() {
        return List.of();
    }

    /**
     * Whether the reader, when {@link ReadContext#keeping} asks it to, keeps what a join reads of each of its files (the
     * deciding reviews of a pull request's review file), so that a source it joins, read after it, reads no file
     * twice; the engine then reads the source just before the one that joins it.
     */
    default boolean keepsForJoins() {
        return false;
    }

    /** Where a record's key names that record only, so that a second record with the key lists it twice. */
    enum Keys {
        /**
         * Keys may repeat: events keyed by what they are about, such as a module taken again in a later campaign, or
         * a generic format's {@code fields.key}, which may name an account whose purge was retried.
         */
        REPEAT,
        /**
         * One record per key in each file: snapshots of the present, one capture per file (a user is in every
         * month's capture of the users, but once in each).
         */
        UNIQUE_IN_FILE,
        /**
         * One record per key in the whole source: events the system numbers (a pull request, a review, an incident),
         * which two exports with overlapping pages or time windows both list.
         */
        UNIQUE
    }

    /** Where the format's keys name one record; the verifier counts a key once there and reports the repeats. */
    default Keys keys() {
        return Keys.REPEAT;
    }

    /** Whether the format is a snapshot: each file lists every record as it stood when exported. */
    default boolean snapshot() {
        return keys() == Keys.UNIQUE_IN_FILE;
    }
}
