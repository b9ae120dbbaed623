package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.model.Person;
import io.github.soc2kit.core.model.PolicyRepository;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The roster by the names each system knows its people and service accounts by: {@code email} for systems that name
 * people by work email, else an entry of the people's {@code accounts} ({@code github}, {@code aws}). Names are
 * compared ignoring case.
 */
final class People {

    /** The system of sources whose identities are work emails. */
    static final String EMAIL = "email";

    private final PolicyRepository repo;
    private final Map<String, Person> byAccount = new HashMap<>();
    private final Set<String> serviceAccounts = new HashSet<>();
    private final Set<String> serviceNames = new HashSet<>();

    People(PolicyRepository repo) {
        this.repo = repo;
        for (Person person : repo.people()) {
            person.accounts().forEach((system, name) -> byAccount.put(system + ":" + normal(name), person));
        }
        repo.serviceAccounts().forEach(a -> {
            serviceAccounts.add(a.system() + ":" + normal(a.name()));
            serviceNames.add(normal(a.name()));
        });
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The person {@code system} calls {@code name}, or null when the roster has nobody by that name there. */
    @Nullable Person person(String system, String name) {
        return system.equals(EMAIL) ? repo.person(normal(name)) : byAccount.get(system + ":" + normal(name));
    }

    /** Whether {@code name} is a declared service account of {@code system} (of any system, for emails). */
    boolean service(String system, String name) {
        return system.equals(EMAIL)
                ? serviceNames.contains(normal(name))
                : serviceAccounts.contains(system + ":" + normal(name));
    }
}
