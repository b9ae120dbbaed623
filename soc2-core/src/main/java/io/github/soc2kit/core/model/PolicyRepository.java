package io.github.soc2kit.core.model;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything read from a policy repository. Files that could not be parsed are missing here; their kind is
 * listed in {@code unreadable} so that checks do not report follow-on errors about them.
 */
public record PolicyRepository(
        @Nullable Soc2Config config,
        List<Person> people,
        List<ServiceAccount> serviceAccounts,
        List<Policy> policies,
        List<Control> controls,
        @Nullable SystemDescription description,
        List<EvidenceSource> sources,
        List<RegisterEntry> registers,
        Set<FileKind> unreadable) {

    /** The registers kept by hand; control tests read them as sources by these names. */
    public static final Set<String> REGISTERS = Set.of("exceptions", "incidents", "handoffs");

    public PolicyRepository {
        people = List.copyOf(people);
        serviceAccounts = List.copyOf(serviceAccounts);
        policies = List.copyOf(policies);
        controls = List.copyOf(controls);
        sources = List.copyOf(sources);
        registers = List.copyOf(registers);
        unreadable = Set.copyOf(unreadable);
    }

    /** This repository with other controls, for example those of another version. */
    public PolicyRepository withControls(List<Control> others) {
        return new PolicyRepository(config, people, serviceAccounts, policies, others, description, sources, registers, unreadable);
    }

    /** True when every file of {@code kind} was read, so a missing id really is missing. */
    public boolean complete(FileKind kind) {
        return !unreadable.contains(kind);
    }

    public List<RegisterEntry> register(String name) {
        return registers.stream().filter(e -> e.register().equals(name)).toList();
    }
}
