package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.expr.Conditions;

import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.model.Control;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The drift check of one control. The engine streams each evidence source once and hands every record to every
 * check that reads that source; when all sources are done it asks each check for its outcome.
 */
abstract class Check {

    final Control control;
    final CheckContext context;
    private final Conditions conditions;

    Check(Control control, CheckContext context, Conditions conditions) {
        this.control = control;
        this.context = context;
        this.conditions = conditions;
    }

    /** The ids of the sources this check reads. */
    abstract Set<String> sources();

    /** Judges one record of {@code source}; throws {@link CheckException} when it cannot. */
    abstract void accept(String source, EvidenceRecord record);

    /** The outcome once every source has been read. */
    abstract Outcome finish();

    /** A test value, for example {@code at} or {@code trigger/source}. */
    @Nullable String value(String path) {
        return control.test().get(path);
    }

    String required(String path) {
        String value = value(path);
        if (value == null) {
            throw new IllegalStateException("schema guarantees test/" + path + " for control " + control.id());
        }
        return value;
    }

    /** The compiled condition at {@code path}, or null when the test has none. Validation reported bad ones. */
    Conditions.@Nullable Condition condition(String path) {
        String expression = value(path);
        return expression == null ? null : conditions.compile(expression).condition();
    }

}
