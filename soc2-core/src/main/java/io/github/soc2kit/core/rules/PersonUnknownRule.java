package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.Suggest;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.FileKind;
import io.github.soc2kit.core.model.Origin;
import io.github.soc2kit.core.model.Person;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.RegisterEntry;
import io.github.soc2kit.core.model.ServiceAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Every owner, approver, author and handoff party is a person of the roster. */
final class PersonUnknownRule implements Rule {

    static final RuleId ID = RuleId.PERSON_UNKNOWN;

    private static final Map<String, List<String>> REGISTER_FIELDS = Map.of(
            "exceptions", List.of("approved_by"),
            "incidents", List.of("author"),
            "handoffs", List.of("from", "to"));

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        if (!repo.complete(FileKind.ROSTER)) {
            return List.of();
        }
        Set<String> emails = repo.people().stream().map(Person::email).collect(Collectors.toSet());
        String roster = repo.config() == null ? "people.yaml" : repo.config().roster();
        Checker checker = new Checker(emails, roster);
        for (Policy policy : repo.policies()) {
            checker.check(policy.owner(), policy.origin(), "owner", "owner", "policy '" + policy.id() + "'");
            checker.check(
                    policy.approvedBy(), policy.origin(), "approval/by", "approver", "policy '" + policy.id() + "'");
        }
        for (Control control : repo.controls()) {
            checker.check(control.owner(), control.origin(), "owner", "owner", "control '" + control.id() + "'");
        }
        for (ServiceAccount account : repo.serviceAccounts()) {
            checker.check(
                    account.owner(), account.origin(), "owner", "owner", "service account '" + account.name() + "'");
        }
        for (RegisterEntry entry : repo.registers()) {
            for (String field : REGISTER_FIELDS.getOrDefault(entry.register(), List.of())) {
                checker.check(
                        entry.get(field).toLowerCase(Locale.ROOT),
                        entry.origin(),
                        field,
                        "'" + field + "'",
                        describe(entry));
            }
        }
        return checker.findings;
    }

    /** "exception 'EXC-1'", or "handoff of control 'CHG-01'" for entries without an id. */
    private static String describe(RegisterEntry entry) {
        String kind = entry.register().substring(0, entry.register().length() - 1);
        String id = entry.get("id");
        return id.isEmpty() ? kind + " of control '" + entry.get("control") + "'" : kind + " '" + id + "'";
    }

    private static final class Checker {
        final Set<String> emails;
        final String roster;
        final List<Finding> findings = new ArrayList<>();

        Checker(Set<String> emails, String roster) {
            this.emails = emails;
            this.roster = roster;
        }

        void check(String email, Origin origin, String field, String role, String subject) {
            if (!email.isEmpty() && !emails.contains(email)) {
                findings.add(Finding.error(
                        ID,
                        origin.at(field),
                        role + " '" + email + "' of " + subject + " is not a person in the roster",
                        Suggest.hint(email, emails, "add the person to " + roster + ", or correct the email")));
            }
        }
    }
}
