package io.github.soc2kit.core.assess;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.drift.Deviation;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.RegisterEntry;
import io.github.soc2kit.core.model.Soc2Config;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The documented exceptions of registers/exceptions.yaml. A deviation is covered when an exception names its
 * control and record, was approved by a person of the roster no later than {@code windowDays} after the event,
 * and had not expired on the day of the event. An exception that names a deviation but fails one of these is
 * itself a finding, and the deviation stays a deviation. An exception approved during the observation period (or
 * within the exception window after it) for a tested control that names none of its deviations is a warning: its
 * record is mistyped, or it covers nothing.
 */
final class ExceptionRegister {

    static final RuleId INVALID = RuleId.EXCEPTION_INVALID;
    static final RuleId UNUSED = RuleId.EXCEPTION_UNUSED;

    private final List<RegisterEntry> entries;
    private final PolicyRepository repository;
    private final int windowDays;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final Set<Finding> findings = new LinkedHashSet<>();
    private final Map<String, List<String>> testedControls = new HashMap<>();

    /** The register of {@code repository}, whose soc2.yaml gives the period and the exception window. */
    ExceptionRegister(PolicyRepository repository, Soc2Config config, LocalDate periodStart, LocalDate periodEnd) {
        this.entries = repository.register("exceptions");
        this.repository = repository;
        this.windowDays = config.exceptionWindowDays();
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    /** Notes that {@code control} was tested and had these deviations, for the exceptions that name none of them. */
    void tested(String control, List<Deviation> deviations) {
        // every test of a control is noted: an exception may name a deviation of any of them
        testedControls
                .computeIfAbsent(control, id -> new ArrayList<>())
                .addAll(deviations.stream().map(Deviation::key).toList());
    }

    /** The valid exception that covers {@code deviation} of {@code control}, if any. */
    Optional<RegisterEntry> covering(String control, Deviation deviation) {
        for (RegisterEntry entry : entries) {
            if (!entry.get("control").equals(control)
                    || !Deviation.normal(entry.get("record")).equals(Deviation.normal(deviation.key()))) {
                continue;
            }
            String problem = problem(entry, deviation.date());
            if (problem == null) {
                return Optional.of(entry);
            }
            findings.add(Finding.error(
                    INVALID,
                    entry.origin().at("record"),
                    "exception '" + entry.get("id") + "' for record '" + Wording.clipped(deviation.key())
                            + "' of control '" + control + "' does not count: " + problem,
                    "have a person of the roster approve the exception in time, or treat the record as a deviation"));
        }
        return Optional.empty();
    }

    private @Nullable String problem(RegisterEntry entry, @Nullable LocalDate event) {
        String approver = entry.get("approved_by").toLowerCase(Locale.ROOT);
        if (approver.isEmpty() || repository.person(approver) == null) {
            return "it is not approved by a person of the roster";
        }
        LocalDate approved = date(entry.get("approved_on"));
        if (approved == null) {
            return "it has no approval date";
        }
        if (event != null && approved.isAfter(event.plusDays(windowDays))) {
            return "it was approved on " + approved + ", more than " + Wording.plural(windowDays, "day")
                    + " after the event on " + event;
        }
        LocalDate expires = date(entry.get("expires"));
        if (expires != null && event != null && event.isAfter(expires)) {
            return "it expired on " + expires + ", before the event on " + event;
        }
        return null;
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The exceptions that do not count, then those approved in the period that name no deviation. */
    List<Finding> findings() {
        List<Finding> all = new ArrayList<>(findings);
        for (RegisterEntry entry : entries) {
            List<String> deviations = testedControls.get(entry.get("control"));
            LocalDate approved = date(entry.get("approved_on"));
            String record = Deviation.normal(entry.get("record"));
            if (deviations == null
                    || approved == null
                    || approved.isBefore(periodStart)
                    || approved.isAfter(periodEnd.plusDays(windowDays))
                    || deviations.stream().anyMatch(key -> Deviation.normal(key).equals(record))) {
                continue;
            }
            List<String> meant = deviations.stream()
                    .filter(key -> Deviation.normal(key).endsWith("#" + record))
                    .sorted(Judge.KEYS)
                    .toList();
            all.add(Finding.warning(
                    UNUSED,
                    entry.origin().at("record"),
                    "exception '" + entry.get("id") + "' names record '"
                            + Wording.clipped(String.valueOf(entry.get("record"))) + "' of control '"
                            + entry.get("control") + "', which is not one of its deviations",
                    meant.isEmpty()
                            ? "correct 'record' to the key a deviation finding names, or remove the exception"
                            : "name the record by its key, as the finding does: " + (meant.size() == 1 ? "" : "one of ")
                                    + Wording.capped(meant, key -> "'" + key + "'")));
        }
        return all;
    }
}
