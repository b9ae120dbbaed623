package io.github.soc2kit.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The test block of a control: one record per kind. Every stage that treats kinds differently does so through a
 * {@link Visitor}, so a new kind does not compile until each of them handles it (CONTRIBUTING.md lists them).
 *
 * <p>Read leniently, like the rest of the model: schema errors are reported separately, so a missing text is
 * empty and a missing or malformed number, cadence or day limit is null. The checks run only on a repository
 * without validation errors, where every required value is present.
 */
public sealed interface ControlTest {

    /** The kind as written in the control, for example {@code periodic}. */
    String kind();

    /** What the test checks, in words; null when the control does not say. */
    @Nullable String description();

    <R extends @Nullable Object> R accept(Visitor<R> visitor);

    /** One method per kind: what a stage does with each. */
    interface Visitor<R extends @Nullable Object> {
        R manual(Manual test);

        R periodic(Periodic test);

        R population(Population test);

        R timeliness(Timeliness test);

        R reconciliation(Reconciliation test);

        R continuity(Continuity test);

        R config(Config test);

        /** A test whose kind is missing or unknown: the schema reports it, nothing runs it. */
        R unknown(Unknown test);
    }

    /** Tested by people, outside soc2kit. */
    record Manual(String procedure, @Nullable String description) implements ControlTest {
        @Override
        public String kind() {
            return "manual";
        }

        @Override
        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.manual(this);
        }

        @Override
        public Map<String, String> settings() {
            return written("procedure", procedure, "description", description);
        }
    }

    /**
     * Evidence in every period of the cadence, on time within {@code grace_days} after the period ends.
     *
     * @param every the cadence as written; null when missing or when the test names a policy parameter
     * @param everyParameter the policy parameter that holds the cadence ({@code every: policy.review_cadence}), or null
     */
    record Periodic(
            String source,
            @Nullable String where,
            String at,
            @Nullable Cadence every,
            @Nullable String everyParameter,
            @Nullable DayLimit graceDays,
            @Nullable String covers,
            @Nullable String description)
            implements ControlTest {
        @Override
        public String kind() {
            return "periodic";
        }

        /** The cadence under these policy parameters: as written, else the parameter's; null when neither is one. */
        public @Nullable Cadence cadence(Map<String, Object> parameters) {
            return every != null || everyParameter == null
                    ? every
                    : Cadence.ofParameter(parameters.get(everyParameter));
        }

        /** The grace in days under these policy parameters: as written, 0 when absent. */
        public long grace(Map<String, Object> parameters) {
            return graceDays == null ? 0 : graceDays.days(parameters);
        }

        @Override
        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.periodic(this);
        }

        @Override
        public Map<String, String> settings() {
            return written(
                    "source",
                    source,
                    "where",
                    where,
                    "at",
                    at,
                    "every",
                    every != null ? every.label() : everyParameter == null ? null : DayLimit.PREFIX + everyParameter,
                    "grace_days",
                    graceDays,
                    "covers",
                    covers,
                    "description",
                    description);
        }
    }

    /** Every record that {@code where} selects (dated in the period by {@code at}, when given) meets {@code require}. */
    record Population(
            String source,
            @Nullable String where,
            @Nullable String at,
            String require,
            @Nullable String description) implements ControlTest {
        @Override
        public String kind() {
            return "population";
        }

        @Override
        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.population(this);
        }

        @Override
        public Map<String, String> settings() {
            return written("source", source, "where", where, "at", at, "require", require, "description", description);
        }
    }

    /** Each trigger is followed by its response, matched on their keys, within a limit of days. */
    record Timeliness(
            Event trigger,
            Event response,
            @Nullable DayLimit within,
            @Nullable String description) implements ControlTest {
        @Override
        public String kind() {
            return "timeliness";
        }

        @Override
        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.timeliness(this);
        }

        @Override
        public Map<String, String> settings() {
            return written(
                    "trigger/source",
                    trigger.source(),
                    "trigger/where",
                    trigger.where(),
                    "trigger/at",
                    trigger.at(),
                    "trigger/key",
                    trigger.key(),
                    "response/source",
                    response.source(),
                    "response/where",
                    response.where(),
                    "response/at",
                    response.at(),
                    "response/key",
                    response.key(),
                    "within_days",
                    within,
                    "description",
                    description);
        }
    }

    /**
     * One side of a timeliness test: its records, which of them count, their day (the record's timestamp when null)
     * and the key that joins them ({@link #PERSON} for the roster person the record is about).
     */
    record Event(
            String source, @Nullable String where, @Nullable String at, String key) {
        /** The key that joins records through the roster: the person each is about, whatever the system calls them. */
        public static final String PERSON = "person";
    }

    /** Each record of {@code from} has a counterpart in {@code to} with the same key. */
    record Reconciliation(Side from, Side to, @Nullable String description) implements ControlTest {
        @Override
        public String kind() {
            return "reconciliation";
        }

        @Override
        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.reconciliation(this);
        }

        @Override
        public Map<String, String> settings() {
            return written(
                    "from/source",
                    from.source(),
                    "from/where",
                    from.where(),
                    "from/key",
                    from.key(),
                    "to/source",
                    to.source(),
                    "to/where",
                    to.where(),
                    "to/key",
                    to.key(),
                    "description",
                    description);
        }
    }

    /** One side of a reconciliation: its records, which of them count, and the key that joins them. */
    record Side(String source, @Nullable String where, String key) {}

    /** No stretch of more than {@code max_gap_days} days without a record. */
    record Continuity(
            String source,
            @Nullable String where,
            String at,
            @Nullable DayLimit maxGapDays,
            @Nullable String description)
            implements ControlTest {
        @Override
        public String kind() {
            return "continuity";
        }

        @Override
        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.continuity(this);
        }

        @Override
        public Map<String, String> settings() {
            return written(
                    "source", source, "where", where, "at", at, "max_gap_days", maxGapDays, "description", description);
        }
    }

    /** Every configuration snapshot that {@code where} selects meets {@code require}. */
    record Config(
            String source,
            @Nullable String where,
            String require,
            @Nullable String description) implements ControlTest {
        @Override
        public String kind() {
            return "config";
        }

        @Override
        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.config(this);
        }

        @Override
        public Map<String, String> settings() {
            return written("source", source, "where", where, "require", require, "description", description);
        }
    }

    /** A test whose kind is missing (empty) or not one soc2kit knows. */
    record Unknown(String kind, @Nullable String description) implements ControlTest {
        @Override
        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.unknown(this);
        }

        @Override
        public Map<String, String> settings() {
            return written("description", description);
        }
    }

    /** A value of the test and where it is written, relative to the control, for example {@code test/trigger/source}. */
    record Ref(String value, String pointer) {}

    /** Every evidence source the test reads ({@code source}, {@code trigger/source}, ...), in its settings' order. */
    default List<Ref> sources() {
        return refs("source");
    }

    /** A record field the test names ({@code at}, {@code key} or {@code covers}), the source it is read from, and where. */
    record FieldRef(String source, String field, String pointer) {}

    /**
     * Every record field the test names, with the source of the same side of the test, in its settings' order; a
     * {@code key: person} names the roster person, no field.
     */
    default List<FieldRef> fields() {
        Map<String, String> settings = settings();
        List<FieldRef> fields = new ArrayList<>();
        settings.forEach((path, value) -> {
            int slash = path.lastIndexOf('/');
            String source = settings.get(path.substring(0, slash + 1) + "source");
            // a timeliness side's 'key: person' is the roster's person, not a field of the record
            boolean person = this instanceof Timeliness && path.endsWith("key") && value.equals(Event.PERSON);
            if (List.of("at", "key", "covers").contains(path.substring(slash + 1)) && source != null && !person) {
                fields.add(new FieldRef(source, value, "test/" + path));
            }
        });
        return fields;
    }

    /** Every CEL condition of the test ({@code where}, {@code require}, {@code trigger/where}, ...), in its settings' order. */
    default List<Ref> conditions() {
        return refs("where", "require");
    }

    /** The policy parameter that sets a periodic test's cadence ({@code test/every: policy.review_cadence}), or null. */
    default @Nullable String cadenceParameter() {
        return this instanceof Periodic periodic ? periodic.everyParameter() : null;
    }

    /**
     * The policy parameters that set the test's numbers of days, by where the test names them: {@code test/within_days:
     * policy.revocation_days}, {@code test/grace_days}, {@code test/max_gap_days}.
     */
    default Map<String, DayLimit.Parameter> dayLimitParameters() {
        Map<String, DayLimit.Parameter> parameters = new LinkedHashMap<>();
        settings().forEach((path, value) -> {
            if (List.of("within_days", "grace_days", "max_gap_days").contains(path)
                    && DayLimit.parse(value) instanceof DayLimit.Parameter parameter) {
                parameters.put("test/" + path, parameter);
            }
        });
        return parameters;
    }

    /** Every value the test sets, as written, by its path below {@code test} ({@code trigger/at}), kind excluded. */
    Map<String, String> settings();

    private List<Ref> refs(String... fields) {
        List<Ref> refs = new ArrayList<>();
        settings().forEach((path, value) -> {
            if (List.of(fields).contains(path.substring(path.lastIndexOf('/') + 1))) {
                refs.add(new Ref(value, "test/" + path));
            }
        });
        return refs;
    }

    /** Paths and values in pairs; values that are null or empty text were not written and are left out. */
    private static Map<String, String> written(@Nullable Object... pathsAndValues) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            Object value = pathsAndValues[i + 1];
            if (value != null && !value.toString().isEmpty()) {
                settings.put((String) pathsAndValues[i], value.toString());
            }
        }
        return settings;
    }
}
