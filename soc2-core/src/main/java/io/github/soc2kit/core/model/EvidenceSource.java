package io.github.soc2kit.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An evidence export declared in evidence/sources.yaml.
 *
 * @param path file or glob relative to the repository root
 * @param records JSON pointer of the record array inside a json/yaml document; empty for the whole document
 * @param recordPerFile whether each json/yaml file holds one record, its whole document, rather than an array
 * @param keyField field that identifies a record in findings; null for the format's default
 * @param timestampField field with the record's date or time; null for the format's default
 * @param identityField field naming the person the record is about; null for the format's default
 * @param identity how identities are written: {@code email}, or an accounts entry of the roster such as {@code github}
 * @param join id of a source whose records an adapter joins in (github-pulls: github-reviews; okta-users: okta-factors)
 * @param timezone the zone in which its timestamps are counted into days; null for the company's
 * @param exportedOn the day the export was taken, when declared
 * @param staleAfterDays how many days before the as-of date its records may stop before a population test that
 *     reads it is stale
 */
public record EvidenceSource(
        String id,
        String format,
        String path,
        String records,
        boolean recordPerFile,
        @Nullable String keyField,
        @Nullable String timestampField,
        @Nullable String identityField,
        String identity,
        @Nullable String join,
        Origin origin,
        @Nullable String timezone,
        @Nullable LocalDate exportedOn,
        int staleAfterDays) {

    /** The allowance when a source does not set {@code stale_after_days}. */
    public static final int STALE_AFTER_DAYS = 7;
}
