package io.github.soc2kit.core.evidence.format;

import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.model.EvidenceSource;
import java.util.Collections;
import org.jspecify.annotations.Nullable;

/**
 * Chooses a record's key, timestamp and identity: the fields that sources.yaml names ({@code fields.key},
 * {@code fields.timestamp}, {@code fields.identity}), else the format's defaults. A named field must exist in every
 * record; a record without a key gets {@code <file>#<ordinal>}.
 */
public final class RecordMapper {

    /** How a format finds a key, timestamp or identity when sources.yaml names no field. */
    @FunctionalInterface
    public interface Default {
        @Nullable String of(RawRecord record);
    }

    public static final Default NONE = record -> null;

    private final EvidenceSource source;
    private final Default key;
    private final Default timestamp;
    private final Default identity;

    public RecordMapper(EvidenceSource source, Default key, Default timestamp, Default identity) {
        this.source = source;
        this.key = key;
        this.timestamp = timestamp;
        this.identity = identity;
    }

    /** For the generic formats, which have no defaults. */
    public static RecordMapper generic(EvidenceSource source) {
        return new RecordMapper(source, NONE, NONE, NONE);
    }

    /** The value of a field that may be missing or null. */
    public static Default field(String path) {
        return record -> record.text(path);
    }

    /** The record with its key, timestamp and identity; its fields, as read and derived, change no more. */
    public EvidenceRecord map(RawRecord record) {
        String recordKey = choose(record, source.keyField(), "fields.key", key);
        String recordTimestamp = choose(record, source.timestampField(), "fields.timestamp", timestamp);
        String recordIdentity = choose(record, source.identityField(), "fields.identity", identity);
        return new EvidenceRecord(
                recordKey != null ? recordKey : record.file() + "#" + record.ordinal(),
                recordTimestamp,
                recordIdentity,
                record.fields() instanceof Fields fields
                        ? fields.frozen()
                        : Collections.unmodifiableMap(record.fields()),
                record.at());
    }

    private @Nullable String choose(RawRecord record, @Nullable String configured, String setting, Default fallback) {
        if (configured == null) {
            return fallback.of(record);
        }
        return Values.text(record.require(configured, () -> Sources.fix(source, setting)));
    }
}
