package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.expr.Conditions;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The drift check of one control. The engine streams each evidence source once and hands every record to every
 * check that reads that source; when all sources are done it asks each check for its outcome.
 */
abstract class Check {

    final CheckContext context;
    private final Conditions conditions;

    Check(CheckContext context, Conditions conditions) {
        this.context = context;
        this.conditions = conditions;
    }

    /** The ids of the sources this check reads. */
    abstract Set<String> sources();

    /** Judges one record of {@code source}; throws {@link CheckException} when it cannot. */
    abstract void accept(String source, EvidenceRecord record);

    /** The outcome once every source has been read. */
    abstract Outcome finish();

    /** The compiled condition, or null when the test has none. Validation reported those that do not compile. */
    Conditions.@Nullable Condition condition(@Nullable String expression) {
        return expression == null ? null : conditions.compile(expression).condition();
    }

    /** A value that validation guarantees for the tests it lets through. */
    static <T> T required(@Nullable T value, String setting) {
        if (value == null) {
            throw new IllegalStateException("validation guarantees test/" + setting);
        }
        return value;
    }
}
