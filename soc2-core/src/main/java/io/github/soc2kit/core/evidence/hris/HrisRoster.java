package io.github.soc2kit.core.evidence.hris;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.Severity;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.evidence.EvidenceException;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.CsvRows;
import io.github.soc2kit.core.evidence.format.Values;
import io.github.soc2kit.core.model.EvidenceSource;
import io.github.soc2kit.core.model.Origin;
import io.github.soc2kit.core.model.Person;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.Positions;
import io.github.soc2kit.core.model.RosterSources;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The roster as a company of hundreds keeps it: every row of its HRIS export is a person (work email, name, job
 * title, hire date as start, termination date as end), an identity map kept in git adds each person's accounts in
 * systems that do not name people by email, and the roster file's own {@code people} are laid over both: the fields
 * an entry sets win, and an entry the HRIS does not list is a person too. A departure in the HRIS is thereby a
 * departure everywhere: a hand-kept roster that was never updated cannot hide a leaver.
 */
public final class HrisRoster {

    /** The identity map's column of work emails; every other column names a system. */
    static final String EMAIL = "email";

    /**
     * The assembled roster.
     *
     * @param complete whether every file it is made of was read; when not, a person missing from it may be in the
     *     file that could not be read
     */
    public record Result(List<Person> people, List<Finding> findings, boolean complete) {}

    private final PolicyRepository repo;
    private final RosterSources from;
    private final ReadContext context;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Person> people = new LinkedHashMap<>();
    private boolean complete = true;

    private HrisRoster(PolicyRepository repo, RosterSources from, Path root) {
        this.repo = repo;
        this.from = from;
        Map<String, EvidenceSource> sources = new TreeMap<>();
        repo.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
        this.context = new ReadContext(root, sources);
    }

    /** The roster of {@code repo}, assembled from its roster sources over the repository at {@code root}. */
    public static Result assemble(PolicyRepository repo, RosterSources from, Path root) {
        HrisRoster roster = new HrisRoster(repo, from, root);
        if (from.hris() != null) {
            roster.readHris(from.hris());
        }
        Map<String, Map<String, String>> accounts =
                from.identityMap() == null ? Map.of() : roster.readIdentityMap(from.identityMap());
        return roster.finish(accounts);
    }

    private void readHris(String id) {
        EvidenceSource source = context.source(id).orElse(null);
        if (source == null || !source.format().equals("hris-csv")) {
            refuse(new Finding(
                    RuleId.SOURCE_UNKNOWN,
                    Severity.ERROR,
                    from.origin().at("hris"),
                    "the roster is read from source '" + id + "', which "
                            + (source == null ? "is not declared" : "is a '" + source.format() + "' source"),
                    "name an 'hris-csv' source of evidence/sources.yaml, the HRIS export of every employee"));
            return;
        }
        try {
            if (context.files(source).isEmpty()) {
                refuse(Finding.error(
                        RuleId.EVIDENCE_MISSING,
                        source.origin().at("path"),
                        "the roster is read from source '" + id + "', which has no file matching '" + source.path()
                                + "'",
                        "export the HRIS report of every employee, active and inactive, to " + source.path()));
                return;
            }
            new HrisCsvReader().read(source, context, this::person);
        } catch (EvidenceException e) {
            refuse(new Finding(RuleId.EVIDENCE_INVALID, Severity.ERROR, e.at(), e.getMessage(), e.hint()));
        }
    }

    private void person(EvidenceRecord employee) {
        String email = Values.text(employee.get("email"));
        if (email == null || email.isBlank()) {
            throw new EvidenceException(
                    employee.at(),
                    "the employee on this row of the roster's HRIS export has no work email",
                    "give every employee of the export a work email; soc2kit knows people by it");
        }
        email = email.strip();
        String name = Values.text(employee.get("displayName"));
        if (name == null) {
            name = String.join(
                            " ",
                            Objects.requireNonNullElse(Values.text(employee.get("firstName")), ""),
                            Objects.requireNonNullElse(Values.text(employee.get("lastName")), ""))
                    .strip();
        }
        people.putIfAbsent(
                email,
                new Person(
                        email,
                        name.isEmpty() ? email : name,
                        Objects.requireNonNullElse(Values.text(employee.get("jobTitle")), ""),
                        date(employee, "hireDate"),
                        date(employee, "terminationDate"),
                        Map.of(),
                        new Origin(new Positions(employee.at().path(), Map.of("", employee.at()), Map.of()), "")));
    }

    private static @Nullable LocalDate date(EvidenceRecord employee, String field) {
        String text = Values.text(employee.get(field));
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new EvidenceException(
                    employee.at(),
                    "the employee '" + Wording.clipped(employee.key()) + "' has '" + Wording.clipped(text) + "' in '"
                            + field
                            + "', expected a date such as 2026-03-31",
                    "export the report again with dates as YYYY-MM-DD");
        }
    }

    private Map<String, Map<String, String>> readIdentityMap(String path) {
        EvidenceSource map = new EvidenceSource(
                "identity_map",
                "csv",
                path,
                "",
                false,
                null,
                null,
                null,
                "email",
                null,
                from.origin(),
                null,
                null,
                EvidenceSource.STALE_AFTER_DAYS);
        Map<String, Map<String, String>> accounts = new LinkedHashMap<>();
        try {
            if (context.files(map).isEmpty()) {
                refuse(Finding.error(
                        RuleId.FILE_MISSING,
                        from.origin().at("identity_map"),
                        "identity map '" + path + "' does not exist",
                        "create it with a header 'email,<system>,...' (for example 'email,github,aws'), or correct"
                                + " 'identity_map'"));
                return accounts;
            }
            CsvRows.read(context, map, List.of(EMAIL), row -> {
                String email = Values.lower(row.text(EMAIL));
                if (email == null) {
                    throw row.error("has no work email in column 'email'", "give every row its person's work email");
                }
                Map<String, String> names = accounts.computeIfAbsent(email.strip(), e -> new TreeMap<>());
                row.fields().forEach((system, name) -> {
                    if (!system.equals(EMAIL) && name != null) {
                        names.put(system, name.toString().strip());
                    }
                });
            });
        } catch (EvidenceException e) {
            refuse(new Finding(RuleId.EVIDENCE_INVALID, Severity.ERROR, e.at(), e.getMessage(), e.hint()));
        }
        return accounts;
    }

    private Result finish(Map<String, Map<String, String>> accounts) {
        for (Person entry : repo.people()) {
            Person known = people.get(entry.email());
            people.put(entry.email(), known == null ? entry : overlay(known, entry));
        }
        TreeSet<String> unknown = new TreeSet<>();
        accounts.forEach((email, names) -> {
            Person person = people.get(email);
            if (person == null) {
                unknown.add(email);
                return;
            }
            Map<String, String> merged = new TreeMap<>(names);
            merged.putAll(person.accounts()); // the roster file's accounts win
            people.put(
                    email,
                    new Person(
                            person.email(),
                            person.name(),
                            person.title(),
                            person.start(),
                            person.end(),
                            merged,
                            person.origin()));
        });
        if (!unknown.isEmpty() && complete) {
            findings.add(Finding.warning(
                    RuleId.IDENTITY_UNKNOWN,
                    from.origin().at("identity_map"),
                    "the identity map names "
                            + (unknown.size() == 1
                                    ? "1 person who is"
                                    : Wording.count(unknown.size()) + " people who are")
                            + " not in the roster: "
                            + Wording.capped(List.copyOf(unknown)),
                    "correct the work email, or add the people to the HRIS export or to 'people'"));
        }
        return new Result(List.copyOf(people.values()), findings, complete);
    }

    /** The HRIS's person with what the roster file's entry sets (non-empty values) laid over it. */
    private static Person overlay(Person hris, Person entry) {
        Map<String, String> accounts = new TreeMap<>(hris.accounts());
        accounts.putAll(entry.accounts());
        return new Person(
                hris.email(),
                entry.name().isEmpty() ? hris.name() : entry.name(),
                entry.title().isEmpty() ? hris.title() : entry.title(),
                entry.start() != null ? entry.start() : hris.start(),
                entry.end() != null ? entry.end() : hris.end(),
                accounts,
                entry.origin());
    }

    private void refuse(Finding finding) {
        findings.add(finding);
        complete = false;
    }
}
