package io.github.soc2kit.core.model;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Everything read from a policy repository, with its index: policies, controls and people by id, built
 * once. Files that could not be parsed are missing here; their kind is listed in {@code unreadable} so that checks
 * do not report follow-on errors about them. Where an id is written twice, the index keeps the first (the
 * {@code id-duplicate} rule reports the second).
 */
public final class PolicyRepository {

    /** The registers kept by hand; control tests read them as sources by these names. */
    public static final Set<String> REGISTERS = Set.of("exceptions", "incidents", "handoffs");

    private final @Nullable Soc2Config config;
    private final List<Person> people;
    private final List<ServiceAccount> serviceAccounts;
    private final List<Policy> policies;
    private final List<Control> controls;
    private final @Nullable SystemDescription description;
    private final List<EvidenceSource> sources;
    private final List<RegisterEntry> registers;
    private final Set<FileKind> unreadable;
    private final @Nullable RosterSources rosterSources;
    private final Map<String, Person> peopleByEmail;
    private final Map<String, Policy> policiesById;
    private final Map<String, Control> controlsById;

    public PolicyRepository(
            @Nullable Soc2Config config,
            List<Person> people,
            List<ServiceAccount> serviceAccounts,
            List<Policy> policies,
            List<Control> controls,
            @Nullable SystemDescription description,
            List<EvidenceSource> sources,
            List<RegisterEntry> registers,
            Set<FileKind> unreadable,
            @Nullable RosterSources rosterSources) {
        this.config = config;
        this.people = List.copyOf(people);
        this.serviceAccounts = List.copyOf(serviceAccounts);
        this.policies = List.copyOf(policies);
        this.controls = List.copyOf(controls);
        this.description = description;
        this.sources = List.copyOf(sources);
        this.registers = List.copyOf(registers);
        this.unreadable = Set.copyOf(unreadable);
        this.rosterSources = rosterSources;
        this.peopleByEmail = index(this.people, Person::email);
        this.policiesById = index(this.policies, Policy::id);
        this.controlsById = index(this.controls, Control::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> index = new LinkedHashMap<>();
        items.forEach(item -> index.putIfAbsent(id.apply(item), item));
        return index;
    }

    /** soc2.yaml; null when it is missing or could not be read. */
    public @Nullable Soc2Config config() {
        return config;
    }

    public List<Person> people() {
        return people;
    }

    public List<ServiceAccount> serviceAccounts() {
        return serviceAccounts;
    }

    public List<Policy> policies() {
        return policies;
    }

    public List<Control> controls() {
        return controls;
    }

    /** system/description.yaml; null when it is missing or could not be read. */
    public @Nullable SystemDescription description() {
        return description;
    }

    public List<EvidenceSource> sources() {
        return sources;
    }

    public List<RegisterEntry> registers() {
        return registers;
    }

    public Set<FileKind> unreadable() {
        return unreadable;
    }

    /** The person of the roster with this (lower-case) email, or null. */
    public @Nullable Person person(String email) {
        return peopleByEmail.get(email);
    }

    /** The policy with this id, or null. */
    public @Nullable Policy policy(String id) {
        return policiesById.get(id);
    }

    /** The control with this id, or null. */
    public @Nullable Control control(String id) {
        return controlsById.get(id);
    }

    /** This repository with other controls, for example those of another version. */
    public PolicyRepository withControls(List<Control> others) {
        return new PolicyRepository(
                config,
                people,
                serviceAccounts,
                policies,
                others,
                description,
                sources,
                registers,
                unreadable,
                rosterSources);
    }

    /**
     * This repository with the roster assembled from its {@link #rosterSources()}; when they could not be read whole,
     * the roster is incomplete, so that a person missing from it is not reported as unknown.
     */
    public PolicyRepository withPeople(List<Person> assembled, boolean complete) {
        Set<FileKind> files = EnumSet.noneOf(FileKind.class);
        files.addAll(unreadable);
        if (!complete) {
            files.add(FileKind.ROSTER);
        }
        return new PolicyRepository(
                config,
                assembled,
                serviceAccounts,
                policies,
                controls,
                description,
                sources,
                registers,
                files,
                rosterSources);
    }

    /** Where the roster comes from besides its own file (an HRIS export, an identity map); null when it does not. */
    public @Nullable RosterSources rosterSources() {
        return rosterSources;
    }

    /** True when every file of {@code kind} was read, so a missing id really is missing. */
    public boolean complete(FileKind kind) {
        return !unreadable.contains(kind);
    }

    public List<RegisterEntry> register(String name) {
        return registers.stream().filter(e -> e.register().equals(name)).toList();
    }
}
