package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.Severity;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.evidence.EvidenceException;
import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.FieldSelection;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.ReadAhead;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.expr.Dates;
import io.github.soc2kit.core.history.ParameterTimeline;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.EvidenceSource;
import io.github.soc2kit.core.model.Person;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.RegisterEntry;
import io.github.soc2kit.core.model.Soc2Config;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates every control test against the evidence. Each source is streamed once, in id order, and every record goes
 * to every check that reads the source, except one that repeats the key of an earlier record where the format's keys
 * name one record ({@link Duplicates}). A source whose reader {@linkplain EvidenceReader#keepsForJoins keeps} what a
 * join needs of each file (a pull request's deciding reviews) is read just before the source that joins it, so that
 * its files are read once; what fails a check is still the first of its sources in id order that does. Memory grows
 * with the keys and dates kept and, until its join is done, with what a source keeps for it; never with the bytes of
 * an export.
 */
public final class DriftEngine {

    /**
     * The most identities naming nobody of the roster that a source's finding counts one by one; past it, the finding
     * says "more than" that many, and memory stays bounded whatever an export holds.
     */
    static final int MAX_UNKNOWN = 10_000;

    private final Conditions conditions;
    private final Function<String, EvidenceReader> readers;
    private final ReadProgress progress;

    public DriftEngine(Conditions conditions, Function<String, EvidenceReader> readers) {
        this(conditions, readers, ReadProgress.NONE);
    }

    /** @param progress told of each source read and each record */
    public DriftEngine(Conditions conditions, Function<String, EvidenceReader> readers, ReadProgress progress) {
        this.conditions = conditions;
        this.readers = readers;
        this.progress = progress;
    }

    /**
     * What the checks saw: findings about the sources, an observation per control (in the repository's control order)
     * and the provenance of each source.
     */
    public record Result(List<Finding> findings, List<Observation> observations, List<SourceProvenance> sources) {
        public Result {
            findings = List.copyOf(findings);
            observations = List.copyOf(observations);
            sources = List.copyOf(sources);
        }
    }

    /** Runs the checks as of {@code asOf} with each policy's current parameters on every day. */
    public Result run(PolicyRepository repo, Path repository, LocalDate asOf) {
        return run(repo, repository, Map.of(), asOf);
    }

    /**
     * Runs the checks as of {@code asOf} (no later than the period's end) with each policy's parameters over time:
     * the timeline of a policy id from {@code timelines}, else its current parameters on every day.
     */
    public Result run(
            PolicyRepository repo, Path repository, Map<String, ParameterTimeline> timelines, LocalDate requested) {
        Soc2Config config = repo.config();
        if (config == null || config.periodStart() == null || config.periodEnd() == null) {
            throw new IllegalStateException("validation guarantees soc2.yaml with a period");
        }
        LocalDate asOf = config.asOf(requested, requested);
        ZoneId zone = ZoneId.of(config.timezone());
        Map<String, EvidenceSource> declared = new TreeMap<>();
        repo.sources().forEach(s -> declared.putIfAbsent(s.id(), s));
        Map<String, ZoneId> zones = new HashMap<>();
        declared.values().stream()
                .filter(s -> s.timezone() != null)
                .forEach(s -> zones.put(s.id(), ZoneId.of(s.timezone())));

        People people = new People(repo);
        Map<String, @Nullable LocalDate> snapshots = new HashMap<>();
        declared.values().stream()
                .filter(s -> readers.apply(s.format()).snapshot())
                .forEach(s -> snapshots.put(s.id(), s.exportedOn()));
        SourceFacts facts = new SourceFacts(
                snapshots,
                (id, record) -> {
                    EvidenceSource source = declared.get(id);
                    Person person = source == null || record.identity() == null
                            ? null
                            : people.person(source.identity(), record.identity());
                    return person == null ? null : person.email();
                },
                (id, email) -> {
                    EvidenceSource source = declared.get(id);
                    Person person = repo.person(email);
                    return source == null
                            || source.identity().equals(People.EMAIL)
                            || person != null && person.accounts().containsKey(source.identity());
                });
        List<Control> views =
                repo.controls().stream().flatMap(c -> c.perTest().stream()).toList();
        Map<String, Set<String>> excepted = repo.register("exceptions").stream()
                .collect(Collectors.groupingBy(
                        entry -> entry.get("control"),
                        Collectors.mapping(entry -> Deviation.normal(entry.get("record")), Collectors.toSet())));
        Map<Control, Check> checks = new IdentityHashMap<>();
        Map<Check, Control> tests = new HashMap<>();
        for (Control control : views) {
            Policy policy = repo.policy(control.policy());
            if (policy == null) {
                continue;
            }
            CheckContext context = new CheckContext(
                    config.periodStart(),
                    config.periodEnd(),
                    asOf,
                    zone,
                    zones,
                    timelines.getOrDefault(policy.id(), ParameterTimeline.constant(policy.parameters())),
                    facts,
                    excepted.getOrDefault(control.id(), Set.of()));
            Check check = control.test().accept(new Checks(context));
            if (check != null) {
                checks.put(control, check);
                tests.put(check, control);
            }
        }

        List<Check> ordered =
                views.stream().map(checks::get).filter(Objects::nonNull).toList();
        Map<String, List<Check>> bySource = new TreeMap<>();
        for (Check check : ordered) {
            check.sources()
                    .forEach(source -> bySource.computeIfAbsent(source, s -> new ArrayList<>())
                            .add(check));
        }
        Map<String, FieldSelection> selections = new HashMap<>();
        bySource.forEach((id, readersOf) -> {
            EvidenceSource source = declared.get(id);
            Set<String> read = source == null ? null : fieldsRead(source, readersOf, tests);
            if (read != null) {
                selections.put(id, FieldSelection.of(read));
            }
        });
        Run run = new Run(repo, repository, declared, selections, tests, people, zones, zone, asOf);
        // a source whose reader keeps what a join needs is read just before the source that joins it: its files are
        // read once
        Map<String, String> joins = new HashMap<>();
        bySource.keySet().forEach(id -> {
            EvidenceSource source = declared.get(id);
            EvidenceSource joined = source == null || source.join() == null ? null : declared.get(source.join());
            if (joined != null
                    && bySource.containsKey(joined.id())
                    && readers.apply(joined.format()).keepsForJoins()) {
                joins.put(id, joined.id());
                run.context.keepForJoin(joined.id());
            }
        });
        Set<String> streamed = new HashSet<>();
        bySource.forEach((id, checksOf) -> {
            String joined = joins.get(id);
            if (joined != null && streamed.add(joined)) {
                run.stream(joined, bySource.get(joined));
            }
            if (streamed.add(id)) {
                run.stream(id, checksOf);
            }
            if (joined != null) {
                run.context.dropKept();
            }
        });

        List<Observation> observations = new ArrayList<>();
        for (Control control : views) {
            observations.add(run.observe(control, checks.get(control)));
        }
        return new Result(run.findings, observations, run.provenance());
    }

    /**
     * The fields of {@code source} that anything reads: the fields its checks name and their conditions read (of either
     * side of a test, which may read more than needed), its mapping, its reader's own and the record's link; null when
     * a condition may read any field.
     */
    private @Nullable Set<String> fieldsRead(EvidenceSource source, List<Check> checks, Map<Check, Control> tests) {
        Set<String> read = new TreeSet<>(readers.apply(source.format()).reads());
        read.add(EvidenceRecord.LINK);
        Stream.of(source.keyField(), source.timestampField(), source.identityField())
                .filter(Objects::nonNull)
                .forEach(read::add);
        for (Check check : checks) {
            ControlTest test = tests.get(check).test();
            test.fields().stream()
                    .filter(field -> field.source().equals(source.id()))
                    .forEach(field -> read.add(field.field()));
            for (ControlTest.Ref ref : test.conditions()) {
                Conditions.Condition condition = conditions.compile(ref.value()).condition();
                Set<String> fields = condition == null ? Set.of() : condition.fields();
                if (fields == null) {
                    return null;
                }
                read.addAll(fields);
            }
        }
        return read;
    }

    /** The check of each kind of test; none for tests that soc2kit does not run. */
    private final class Checks implements ControlTest.Visitor<@Nullable Check> {
        private final CheckContext context;

        Checks(CheckContext context) {
            this.context = context;
        }

        @Override
        public @Nullable Check manual(ControlTest.Manual test) {
            return null;
        }

        @Override
        public Check periodic(ControlTest.Periodic test) {
            return new PeriodicCheck(test, context, conditions);
        }

        @Override
        public Check population(ControlTest.Population test) {
            return new PopulationCheck(test, context, conditions);
        }

        @Override
        public Check timeliness(ControlTest.Timeliness test) {
            return new TimelinessCheck(test, context, conditions);
        }

        @Override
        public Check reconciliation(ControlTest.Reconciliation test) {
            return new ReconciliationCheck(test, context, conditions);
        }

        @Override
        public Check continuity(ControlTest.Continuity test) {
            return new ContinuityCheck(test, context, conditions);
        }

        @Override
        public Check config(ControlTest.Config test) {
            return new ConfigCheck(test, context, conditions);
        }

        @Override
        public Check unknown(ControlTest.Unknown test) {
            throw new IllegalStateException("validation guarantees a known test kind, not '" + test.kind() + "'");
        }
    }

    /** The state of one verification: what failed, what was missing, and what each source held. */
    private final class Run {
        final PolicyRepository repo;
        final ReadContext context;
        final Map<String, EvidenceSource> declared;
        final Map<Check, Control> tests;
        final List<Finding> findings = new ArrayList<>();
        /** What failed each failed check: its first source in id order that did, whatever order they are read in. */
        final Map<Check, Failure> failures = new HashMap<>();

        final Map<String, String> missing = new TreeMap<>();
        final Map<String, SourceProvenance> provenance = new TreeMap<>();
        private final Set<String> reportedAbsent = new HashSet<>();
        private final People people;
        private final Map<String, ZoneId> zones;
        private final ZoneId zone;
        private final LocalDate asOf;

        Run(
                PolicyRepository repo,
                Path repository,
                Map<String, EvidenceSource> declared,
                Map<String, FieldSelection> selections,
                Map<Check, Control> tests,
                People people,
                Map<String, ZoneId> zones,
                ZoneId zone,
                LocalDate asOf) {
            this.repo = repo;
            this.zones = zones;
            this.zone = zone;
            this.asOf = asOf;
            this.declared = declared;
            this.tests = tests;
            this.context = new ReadContext(repository, declared, selections);
            this.people = people;
        }

        void stream(String id, List<Check> checks) {
            if (PolicyRepository.REGISTERS.contains(id)) {
                for (RegisterEntry entry : repo.register(id)) {
                    Map<String, Object> fields = new LinkedHashMap<>(entry.fields());
                    String timestamp = entry.fields()
                            .getOrDefault("occurred", entry.fields().get("date"));
                    dispatch(
                            id,
                            checks,
                            new EvidenceRecord(
                                    entry.get("id"),
                                    timestamp,
                                    null,
                                    fields,
                                    entry.origin().at()));
                }
                return;
            }
            EvidenceSource source = declared.get(id);
            if (source == null) {
                checks.forEach(c -> fail(c, id, "evidence source '" + id + "' is not declared"));
                return;
            }
            List<Path> files;
            try {
                files = context.files(source);
            } catch (EvidenceException e) {
                unreadable(id, checks, e);
                return;
            }
            if (files.isEmpty()) {
                missing.put(id, absent(source));
                return;
            }
            EvidenceSource joined = source.join() == null ? null : declared.get(source.join());
            if (joined != null && !joinedPresent(id, joined, checks)) {
                return;
            }
            EvidenceReader reader = readers.apply(source.format());
            Attribution attribution = new Attribution(source, reader.aboutPeople());
            Duplicates duplicates = new Duplicates(reader.keys(), findings);
            NamedFields named = new NamedFields(id, checks);
            List<Check> withServiceAccounts = checks.stream()
                    .filter(check -> tests.get(check).serviceAccounts())
                    .toList();
            long[] count = {0, 0};
            LocalDate[] span = new LocalDate[2]; // the first day of the records and the last
            ZoneId sourceZone = zones.getOrDefault(id, zone);
            progress.start(id);
            try {
                ReadAhead.<EvidenceRecord>read(
                        "evidence source '" + id + "'", records -> reader.read(source, context, records), record -> {
                            if (duplicates.repeated(record)) {
                                return;
                            }
                            count[0]++;
                            progress.record();
                            named.see(record);
                            try {
                                LocalDate day = Dates.day(record.timestamp(), sourceZone);
                                if (day != null) {
                                    span[0] = span[0] == null || day.isBefore(span[0]) ? day : span[0];
                                    span[1] = span[1] == null || day.isAfter(span[1]) ? day : span[1];
                                    count[1] += day.isAfter(asOf) ? 1 : 0;
                                }
                            } catch (java.time.format.DateTimeParseException e) {
                                // judged by the checks that use the timestamp
                            }
                            dispatch(id, attribution.service(record) ? withServiceAccounts : checks, record);
                        });
            } catch (EvidenceException e) {
                unreadable(id, checks, e);
            }
            progress.finish();
            duplicates.finish();
            named.report();
            attribution.report();
            provenance.put(
                    id,
                    new SourceProvenance(
                            id,
                            source.format(),
                            List.of(), // the files read, once all sources are: see provenance()
                            count[0],
                            span[0] == null ? null : span[0].toString(),
                            span[1] == null ? null : span[1].toString(),
                            count[1],
                            source.exportedOn(),
                            source.staleAfterDays(),
                            reader.snapshot(),
                            null));
            ReadContext.Unjoined unjoined = joined == null ? null : context.unjoined(id);
            if (unjoined != null) {
                findings.add(Finding.error(
                        RuleId.EVIDENCE_MISSING,
                        joined.origin().at("path"),
                        Wording.plural(unjoined.count(), "record") + " of '" + id
                                + "' found no file in '" + joined.id() + "', so "
                                + (unjoined.count() == 1 ? "it reads" : "they read") + " as having none of what it"
                                + " adds: " + Wording.capped(unjoined.first(), unjoined.count()),
                        "export '" + joined.id() + "' for every record of '" + id + "', an empty list ('[]') for one"
                                + " that has none"));
            }
            if (joined != null) { // read directly too, the direct reading's provenance stands
                provenance.putIfAbsent(
                        joined.id(),
                        new SourceProvenance(
                                joined.id(),
                                joined.format(),
                                List.of(),
                                context.joinedRecords(joined.id()),
                                null,
                                null,
                                0,
                                joined.exportedOn(),
                                joined.staleAfterDays(),
                                false,
                                id));
            }
        }

        /** The digests of those of {@code files} that were read. */
        private List<ReadContext.FileDigest> digested(List<Path> files) {
            Map<String, ReadContext.FileDigest> digests = context.digests();
            return files.stream()
                    .map(context::relative)
                    .map(digests::get)
                    .filter(Objects::nonNull)
                    .toList();
        }

        /** Reports a source without a file (once, however many sources read or join it); says why, for its checks. */
        private String absent(EvidenceSource source) {
            String problem = "evidence source '" + source.id() + "' has no file matching '" + source.path() + "'";
            if (reportedAbsent.add(source.id())) {
                findings.add(Finding.error(
                        RuleId.EVIDENCE_MISSING,
                        source.origin().at("path"),
                        problem,
                        "export the evidence to " + source.path() + ", or correct the path"));
            }
            return problem;
        }

        /**
         * Whether the source that {@code id} joins has its files: without them every record of {@code id} would lack
         * what the join adds (a pull request its approvals, a user their factors), so the checks of {@code id} have
         * no evidence.
         */
        private boolean joinedPresent(String id, EvidenceSource joined, List<Check> checks) {
            try {
                if (!context.files(joined).isEmpty()) {
                    return true;
                }
            } catch (EvidenceException e) {
                unreadable(id, checks, e);
                return false;
            }
            missing.put(
                    id,
                    "evidence source '" + id + "' joins '" + joined.id() + "', which has no file matching '"
                            + joined.path() + "'");
            absent(joined);
            return false;
        }

        /** A source that cannot be read: its finding, and every check that reads it fails. */
        private void unreadable(String id, List<Check> checks, EvidenceException e) {
            findings.add(new Finding(RuleId.EVIDENCE_INVALID, Severity.ERROR, e.at(), e.getMessage(), e.hint()));
            checks.forEach(c -> fail(c, id, "evidence source '" + id + "' could not be read: " + e.getMessage()));
        }

        /** Why a check failed, and the source whose reading failed it. */
        private record Failure(String source, String message) {}

        /** Fails {@code check}, unless a source before {@code source} in id order failed it already. */
        private void fail(Check check, String source, String message) {
            failures.merge(
                    check,
                    new Failure(source, message),
                    (before, now) -> now.source().compareTo(before.source()) < 0 ? now : before);
        }

        /**
         * Whether {@code check} failed by {@code source} or a source before it in id order: then the records of
         * {@code source} cannot change how it failed. A source read before its turn (for a join) leaves the records
         * of the sources before it to a check it failed, which may fail by them as if they had been read first.
         */
        private boolean failed(Check check, String source) {
            Failure failure = failures.get(check);
            return failure != null && failure.source().compareTo(source) <= 0;
        }

        private void dispatch(String id, List<Check> checks, EvidenceRecord record) {
            for (Check check : checks) {
                if (failed(check, id)) {
                    continue;
                }
                try {
                    check.accept(id, record);
                } catch (CheckException e) {
                    fail(check, id, e.getMessage() + " (" + e.record().at() + ")");
                }
            }
        }

        private Observation observe(Control control, @Nullable Check check) {
            if (check == null) {
                return new Observation.Untested(control);
            }
            List<String> absent = check.sources().stream()
                    .filter(missing::containsKey)
                    .sorted()
                    .map(missing::get)
                    .toList();
            if (!absent.isEmpty()) {
                return new Observation.Missing(control, absent);
            }
            Failure failure = failures.get(check);
            return failure != null
                    ? new Observation.Failed(control, failure.message())
                    : new Observation.Observed(control, check.finish());
        }

        /** Each source's provenance with the files read: a join may read files of a source after its own reading. */
        List<SourceProvenance> provenance() {
            return provenance.values().stream()
                    .map(p -> p.withFiles(digested(context.files(declared.get(p.id())))))
                    .toList();
        }

        /**
         * The fields that the checks of one source name ({@code at}, {@code key}, {@code covers}) and that no record
         * has had so far. A field no record has is misspelled or missing from the export: without it every period
         * would read as missing and every key as unmatched, so the check fails, naming the fields the records have.
         */
        private final class NamedFields {
            private final String source;
            private final Map<Check, List<ControlTest.FieldRef>> unseen = new HashMap<>();
            private @Nullable EvidenceRecord first;

            NamedFields(String source, List<Check> checks) {
                this.source = source;
                for (Check check : checks) {
                    List<ControlTest.FieldRef> fields = tests.get(check).test().fields().stream()
                            .filter(field -> field.source().equals(source))
                            .collect(Collectors.toCollection(ArrayList::new));
                    if (!fields.isEmpty()) {
                        unseen.put(check, fields);
                    }
                }
            }

            void see(EvidenceRecord record) {
                if (unseen.isEmpty()) {
                    return;
                }
                if (first == null) {
                    first = record;
                }
                unseen.values().forEach(fields -> fields.removeIf(field -> record.has(field.field())));
                unseen.values().removeIf(List::isEmpty);
            }

            void report() {
                EvidenceRecord sample = first;
                if (sample == null) {
                    return; // no records, no fields to tell apart
                }
                unseen.forEach((check, fields) -> {
                    ControlTest.FieldRef field = fields.get(0);
                    List<String> around = sample.fieldsAround(field.field());
                    fail(
                            check,
                            source,
                            "no record of '" + source + "' has the field '" + Wording.clipped(field.field())
                                    + "' that " + field.pointer() + " names; "
                                    + (around.isEmpty()
                                            ? "its records have no fields"
                                            : "its records have "
                                                    + Wording.capped(
                                                            around, name -> "'" + Wording.clipped(name) + "'")));
                });
            }
        }

        /**
         * Joins records to people: reports records that name nobody of the roster, and tells the accounts of a source
         * of accounts (not of events) that are declared service accounts, which only the tests that include them read.
         */
        private final class Attribution {
            private final EvidenceSource source;
            private final boolean accounts;
            /**
             * The identities that name nobody, clipped: the first {@value DriftEngine#MAX_UNKNOWN} in sort order of
             * those seen.
             */
            private final TreeSet<String> unknown = new TreeSet<>();
            /** Whether identities past the first {@value DriftEngine#MAX_UNKNOWN} were left out of {@link #unknown}. */
            private boolean moreUnknown;

            private long unknownRecords;

            Attribution(EvidenceSource source, boolean accounts) {
                this.source = source;
                this.accounts = accounts || source.identityField() != null;
            }

            /** Whether the record is a declared service account; notes one that names nobody of the roster. */
            boolean service(EvidenceRecord record) {
                String identity = record.identity();
                if (identity == null || identity.isBlank()) {
                    return false;
                }
                String system = source.identity();
                if (people.service(system, identity)) {
                    return accounts;
                }
                if (people.person(system, identity) == null) {
                    unknownRecords++;
                    if (unknown.add(Wording.clipped(identity.strip())) && unknown.size() > MAX_UNKNOWN) {
                        unknown.pollLast(); // an export of a million strangers is held in a bounded set
                        moreUnknown = true;
                    }
                }
                return false;
            }

            void report() {
                if (unknown.isEmpty()) {
                    return;
                }
                String identities = moreUnknown
                        ? "more than " + Wording.count(MAX_UNKNOWN) + " identities that are"
                        : unknown.size() == 1
                                ? "1 identity that is"
                                : Wording.count(unknown.size()) + " identities that are";
                String names = moreUnknown
                        ? String.join(
                                        ", ",
                                        unknown.stream().limit(Wording.MAX_KEYS).toList()) + " and others"
                        : Wording.capped(List.copyOf(unknown));
                findings.add(Finding.warning(
                        RuleId.IDENTITY_UNKNOWN,
                        source.origin().at("id"),
                        Wording.plural(unknownRecords, "record") + " of '" + source.id()
                                + (unknownRecords == 1 ? "' names " : "' name ") + identities + " not in the roster: "
                                + names,
                        source.identity().equals("email")
                                ? "add the people to the roster, or declare the accounts under 'service_accounts'"
                                : "add 'accounts: { " + source.identity()
                                        + ": <name> }' to the people in the roster, or declare service accounts"));
            }
        }
    }
}
