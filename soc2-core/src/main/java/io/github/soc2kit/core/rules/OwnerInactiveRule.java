package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.FileKind;
import io.github.soc2kit.core.model.Person;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.RegisterEntry;
import io.github.soc2kit.core.model.Soc2Config;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A control's owner is an active person for the whole observation period. An owner who left during the period
 * must have handed the control over (registers/handoffs.yaml) to a successor, who is then the owner; an owner
 * who joined during the period must have received it through a handoff.
 */
final class OwnerInactiveRule implements Rule {

    static final RuleId ID = RuleId.OWNER_INACTIVE;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        Soc2Config config = repo.config();
        if (config == null
                || config.periodStart() == null
                || config.periodEnd() == null
                || !repo.complete(FileKind.ROSTER)
                || !repo.complete(FileKind.HANDOFFS)) {
            return List.of();
        }
        List<RegisterEntry> handoffs = repo.register("handoffs");
        List<Finding> findings = new ArrayList<>();
        for (Control control : repo.controls()) {
            Person owner = repo.person(control.owner());
            if (owner == null) {
                continue; // person-unknown reports it
            }
            LocalDate end = owner.end();
            if (end != null && !end.isAfter(config.periodEnd())) {
                Optional<RegisterEntry> handoff = handoff(handoffs, control.id(), "from", owner.email());
                findings.add(
                        Finding.error(
                                ID,
                                control.origin().at("owner"),
                                "owner '" + owner.email() + "' of control '" + control.id() + "' left on " + end
                                        + (end.isBefore(config.periodStart())
                                                ? ", before the observation period"
                                                : ", during the observation period"),
                                handoff.map(h -> "the handoff register names '" + h.get("to")
                                                + "' as successor: make them the owner")
                                        .orElse(
                                                "record the handoff in registers/handoffs.yaml and make the successor the owner")));
            }
            LocalDate start = owner.start();
            if (start != null
                    && start.isAfter(config.periodStart())
                    && !start.isAfter(config.periodEnd())
                    && handoff(handoffs, control.id(), "to", owner.email()).isEmpty()) {
                findings.add(Finding.error(
                        ID,
                        control.origin().at("owner"),
                        "owner '" + owner.email() + "' of control '" + control.id() + "' joined on " + start
                                + ", during the observation period, and no handoff to them is recorded",
                        "record who owned the control before, and the handoff, in registers/handoffs.yaml"));
            }
        }
        return findings;
    }

    private static Optional<RegisterEntry> handoff(
            List<RegisterEntry> handoffs, String control, String side, String email) {
        return handoffs.stream()
                .filter(h -> h.get("control").equals(control))
                .filter(h -> h.get(side).toLowerCase(Locale.ROOT).equals(email))
                .findFirst();
    }
}
