package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.DayLimit;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code continuity}: the evidence stream has no stretch of more than {@code max_gap_days} days without a record
 * inside the observation period — backups ran, logs arrived, even during a migration. The population is the
 * days of the period up to the as-of date; the deviating days are those inside gaps over the limit, a gap still
 * open on the as-of date included once it is over the limit.
 */
final class ContinuityCheck extends Check {

    private final ControlTest.Continuity test;
    private final Conditions.@Nullable Condition where;
    private final DayLimit maxGap;
    private final BitSet days = new BitSet();

    ContinuityCheck(ControlTest.Continuity test, CheckContext context, Conditions conditions) {
        super(context, conditions);
        this.test = test;
        this.where = condition(test.where());
        this.maxGap = required(test.maxGapDays(), "max_gap_days");
    }

    @Override
    Set<String> sources() {
        return Set.of(test.source());
    }

    @Override
    void accept(String from, EvidenceRecord record) {
        LocalDate day = context.day(from, record, test.at());
        if (context.judged(day) && context.test(where, record, day)) {
            days.set((int) ChronoUnit.DAYS.between(context.start(), day));
        }
    }

    @Override
    Outcome finish() {
        int total = (int) Math.max(0, ChronoUnit.DAYS.between(context.start(), context.asOf()) + 1);
        List<Deviation> gaps = new ArrayList<>();
        int index = 0;
        while (index < total) {
            int gapStart = days.nextClearBit(index);
            if (gapStart >= total) {
                break;
            }
            int gapEnd = Math.min(days.nextSetBit(gapStart) < 0 ? total : days.nextSetBit(gapStart), total);
            int length = gapEnd - gapStart;
            LocalDate first = context.start().plusDays(gapStart);
            long limit = maxGap.days(context.timeline().at(first));
            if (length > limit) {
                LocalDate last = context.start().plusDays(gapEnd - 1L);
                gaps.add(new Deviation(
                        first + ".." + last,
                        Wording.plural(length, "day") + " without a record (limit " + limit + ")"
                                + context.under(where, first, last),
                        first,
                        length));
            }
            index = gapEnd;
        }
        long days = ChronoUnit.DAYS.between(context.start(), context.end()) + 1;
        return new Outcome(total, "days", gaps, 0, days, List.of());
    }
}
