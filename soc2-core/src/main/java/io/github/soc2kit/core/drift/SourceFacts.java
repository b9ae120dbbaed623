package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.evidence.EvidenceRecord;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * What a check may know about sources beyond their records.
 *
 * @param snapshots the sources that are snapshots of the present (a user list, a credential report), each with the
 *     day it was exported, null when it declares none
 * @param person the work email of the roster person a record of a source is about, or null when there is none
 * @param account whether the person of a work email has an account that a source would list: always for a source
 *     that names people by email, else when the roster gives them an account in the source's system
 */
record SourceFacts(
        Map<String, @Nullable LocalDate> snapshots,
        BiFunction<String, EvidenceRecord, @Nullable String> person,
        BiPredicate<String, String> account) {}
