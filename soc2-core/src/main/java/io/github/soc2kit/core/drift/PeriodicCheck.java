package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.model.Cadence;
import io.github.soc2kit.core.model.ControlTest;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code periodic}: each week, month, quarter, half or year of the observation period has evidence by its due date
 * (its last day plus {@code grace_days}). On the as-of date each period is on time, late, missed (due date passed,
 * no evidence), due (begun, due date not passed) or upcoming; only on time, late and missed are judged.
 *
 * <p>With {@code covers}, each record names the period it covers (a campaign "2026-Q1 User Access Review", or a
 * date), and the records covering one period make one occurrence, done on the day of the last. Without it, a record
 * counts for the period its date falls in: first every period takes the earliest record dated within its own window
 * (on time); then a period left without one takes the earliest remaining record dated after its due date (late).
 * Either way one record never stands for two periods.
 */
final class PeriodicCheck extends Check {

    /**
     * The periods a record's {@code covers} text may name, tried in this order, case-insensitive: {@code 2026-Q1} or
     * {@code Q1 2026}, {@code 2026-H1} or {@code H1 2026}, {@code 2026-W07}, a date, {@code 2026-03}.
     */
    private static final List<Named> NAMED = List.of(
            new Named(Unit.QUARTER, "\\b(?<year>\\d{4})[- ]?Q(?<n>[1-4])\\b"),
            new Named(Unit.QUARTER, "\\bQ(?<n>[1-4])[- ]?(?<year>\\d{4})\\b"),
            new Named(Unit.HALF, "\\b(?<year>\\d{4})[- ]?H(?<n>[12])\\b"),
            new Named(Unit.HALF, "\\bH(?<n>[12])[- ]?(?<year>\\d{4})\\b"),
            new Named(Unit.WEEK, "\\b(?<year>\\d{4})-W(?<n>\\d{2})\\b"),
            new Named(Unit.DAY, "\\b(?<year>\\d{4}-\\d{2}-\\d{2})"),
            new Named(Unit.MONTH, "\\b(?<year>\\d{4}-\\d{2})\\b"));

    private enum Unit {
        QUARTER,
        HALF,
        WEEK,
        DAY,
        MONTH
    }

    /** One way to name a period in text; group {@code year} holds the year (or the whole date), {@code n} the index. */
    private record Named(Unit unit, Pattern pattern) {
        Named(Unit unit, String regex) {
            this(unit, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        }
    }

    private final ControlTest.Periodic test;
    private final Conditions.@Nullable Condition where;
    private final Cadence every;
    private final List<Cadence.Period> periods;
    private final TreeSet<LocalDate> days = new TreeSet<>();
    private final LocalDate[] covered;

    PeriodicCheck(ControlTest.Periodic test, CheckContext context, Conditions conditions) {
        super(context, conditions);
        this.test = test;
        this.where = condition(test.where());
        this.every = required(test.cadence(context.timeline().at(context.start())), "every");
        this.periods = every.periods(context.start(), context.end());
        this.covered = new LocalDate[periods.size()];
    }

    @Override
    Set<String> sources() {
        return Set.of(test.source());
    }

    @Override
    void accept(String from, EvidenceRecord record) {
        LocalDate day = context.day(from, record, test.at());
        if (day == null || day.isAfter(context.asOf()) || !context.test(where, record, day)) {
            return;
        }
        if (test.covers() == null) {
            if (!day.isBefore(context.start())) {
                days.add(day);
            }
            return;
        }
        int index = period(covered(record));
        if (index >= 0 && (covered[index] == null || day.isAfter(covered[index]))) {
            covered[index] = day;
        }
    }

    /** The first and last day of the period that the record's {@code covers} field names. */
    private LocalDate[] covered(EvidenceRecord record) {
        Object value = record.get(test.covers());
        String text = value == null ? "" : value.toString();
        for (Named named : NAMED) {
            Matcher m = named.pattern().matcher(text);
            if (m.find()) {
                try {
                    return days(named.unit(), m);
                } catch (DateTimeException e) {
                    break; // an impossible date or week: said below
                }
            }
        }
        throw new CheckException(
                "'" + test.covers() + "' of record '" + Wording.clipped(record.key()) + "' names no period: '"
                        + Wording.clipped(text)
                        + "' (write a period such as 2026-Q1, Q1 2026, 2026-H1, 2026-03 or 2026-W07, or a date)",
                record);
    }

    private static LocalDate[] days(Unit unit, Matcher m) {
        String year = m.group("year");
        LocalDate first = switch (unit) {
            case DAY -> LocalDate.parse(year);
            case MONTH -> LocalDate.parse(year + "-01");
            case WEEK ->
                LocalDate.of(Integer.parseInt(year), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group("n")))
                        .with(DayOfWeek.MONDAY);
            case QUARTER -> LocalDate.of(Integer.parseInt(year), Integer.parseInt(m.group("n")) * 3 - 2, 1);
            case HALF -> LocalDate.of(Integer.parseInt(year), Integer.parseInt(m.group("n")) * 6 - 5, 1);
        };
        LocalDate last = switch (unit) {
            case DAY -> first;
            case MONTH -> first.plusMonths(1).minusDays(1);
            case WEEK -> first.plusDays(6);
            case QUARTER -> first.plusMonths(3).minusDays(1);
            case HALF -> first.plusMonths(6).minusDays(1);
        };
        return new LocalDate[] {first, last};
    }

    /**
     * The index of the first period of the observation period that the named days overlap, or -1 when they lie
     * outside it; overlapping, so that a quarter clipped at the period's start is still the one its label names.
     */
    private int period(LocalDate[] named) {
        for (int i = 0; i < periods.size(); i++) {
            if (!named[0].isAfter(periods.get(i).end())
                    && !named[1].isBefore(periods.get(i).start())) {
                return i;
            }
        }
        return -1;
    }

    @Override
    Outcome finish() {
        LocalDate[] done = test.covers() == null ? byDate() : covered;
        List<Occurrence> occurrences = new ArrayList<>();
        List<Deviation> deviations = new ArrayList<>();
        long judged = 0;
        for (int i = 0; i < periods.size(); i++) {
            Cadence.Period period = periods.get(i);
            LocalDate due = period.end().plusDays(grace(period));
            Occurrence.Status status = done[i] != null
                    ? done[i].isAfter(due) ? Occurrence.Status.LATE : Occurrence.Status.ON_TIME
                    : due.isBefore(context.asOf())
                            ? Occurrence.Status.MISSED
                            : period.start().isAfter(context.asOf())
                                    ? Occurrence.Status.UPCOMING
                                    : Occurrence.Status.DUE;
            Occurrence occurrence = new Occurrence(period.label(), period.start(), period.end(), due, status, done[i]);
            occurrences.add(occurrence);
            judged += status.judged() ? 1 : 0;
            if (status == Occurrence.Status.LATE) {
                deviations.add(new Deviation(
                        period.label(), occurrence.brief() + ": done on " + done[i] + ", due by " + due, period.end()));
            } else if (status == Occurrence.Status.MISSED) {
                String what = test.covers() == null
                        ? "no evidence dated " + period.start() + " to " + due
                        : "no evidence whose '" + test.covers() + "' covers it, dated by " + due;
                deviations.add(new Deviation(
                        period.label(), "missed: " + what + context.under(where, period.start(), due), period.end()));
            }
        }
        return new Outcome(judged, every.plural(), deviations, periods.size() - judged, periods.size(), occurrences);
    }

    /** The day of each period's evidence when records count for the period their date falls in. */
    private LocalDate[] byDate() {
        List<LocalDate> unused = new ArrayList<>(days);
        LocalDate[] done = new LocalDate[periods.size()];
        for (int i = 0; i < periods.size(); i++) {
            Cadence.Period period = periods.get(i);
            LocalDate due = period.end().plusDays(grace(period));
            done[i] = unused.stream()
                    .filter(d -> !d.isBefore(period.start()) && !d.isAfter(due))
                    .findFirst()
                    .orElse(null);
            unused.remove(done[i]);
        }
        for (int i = 0; i < periods.size(); i++) {
            if (done[i] == null) {
                LocalDate due = periods.get(i).end().plusDays(grace(periods.get(i)));
                done[i] =
                        unused.stream().filter(d -> d.isAfter(due)).findFirst().orElse(null);
                unused.remove(done[i]);
            }
        }
        return done;
    }

    /** The grace after {@code period} under the policy parameters in force at its end. */
    private long grace(Cadence.Period period) {
        return test.grace(context.timeline().at(period.end()));
    }
}
