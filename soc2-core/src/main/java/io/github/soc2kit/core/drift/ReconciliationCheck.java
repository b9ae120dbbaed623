package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.model.ControlTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code reconciliation}: each record of {@code from} in the observation period (by its timestamp) has a
 * counterpart in {@code to} with the same key, compared as lower-case text — every high-urgency incident has
 * its write-up.
 */
final class ReconciliationCheck extends Check {

    private final ControlTest.Side from;
    private final ControlTest.Side to;
    private final Conditions.@Nullable Condition fromWhere;
    private final Conditions.@Nullable Condition toWhere;
    private final List<Deviation> candidates = new ArrayList<>();
    private final Set<String> counterparts = new HashSet<>();

    ReconciliationCheck(ControlTest.Reconciliation test, CheckContext context, Conditions conditions) {
        super(context, conditions);
        this.from = test.from();
        this.to = test.to();
        this.fromWhere = condition(from.where());
        this.toWhere = condition(to.where());
    }

    @Override
    Set<String> sources() {
        return Set.of(from.source(), to.source());
    }

    @Override
    void accept(String source, EvidenceRecord record) {
        if (source.equals(from.source())) {
            LocalDate day = context.day(source, record, null);
            if ((day == null || context.judged(day)) && context.test(fromWhere, record, day)) {
                String key = Deviation.normal(record.get(from.key()));
                candidates.add(new Deviation(
                        key.isEmpty() ? record.key() : key,
                        "has no counterpart in '" + to.source() + "'" + context.under(fromWhere, day),
                        day,
                        1,
                        record.link()));
            }
        }
        if (source.equals(to.source()) && context.test(toWhere, record)) {
            counterparts.add(Deviation.normal(record.get(to.key())));
        }
    }

    @Override
    Outcome finish() {
        List<Deviation> missing =
                candidates.stream().filter(d -> !counterparts.contains(d.key())).toList();
        return new Outcome(candidates.size(), "records", missing, 0, context.atPeriodEnd(candidates.size()), List.of());
    }
}
