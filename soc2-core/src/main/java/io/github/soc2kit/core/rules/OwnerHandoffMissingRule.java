package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.history.FileVersion;
import io.github.soc2kit.core.history.RepositoryHistory;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.FileKind;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.RegisterEntry;
import io.github.soc2kit.core.model.Soc2Config;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Each change of a control's {@code owner:} that git shows during the observation period has a handoff in
 * registers/handoffs.yaml from the old to the new owner, dated within {@value #WINDOW_DAYS} days of the change.
 */
final class OwnerHandoffMissingRule implements Rule {

    static final RuleId ID = RuleId.OWNER_HANDOFF_MISSING;
    static final int WINDOW_DAYS = 30;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        RepositoryHistory history = context.history();
        Soc2Config config = repo.config();
        if (!history.available()
                || config == null
                || config.periodStart() == null
                || config.periodEnd() == null
                || !repo.complete(FileKind.HANDOFFS)) {
            return List.of();
        }
        List<RegisterEntry> handoffs = repo.register("handoffs");
        List<Finding> findings = new ArrayList<>();
        for (Control control : repo.controls()) {
            List<FileVersion> versions = history.control(control.id()).stream()
                    .filter(v -> !v.uncommitted())
                    .toList();
            for (int i = 1; i < versions.size(); i++) {
                String from = versions.get(i - 1).control().owner();
                FileVersion change = versions.get(i);
                String to = change.control().owner();
                LocalDate day = change.effective();
                if (from.isBlank()
                        || to.isBlank()
                        || from.equals(to)
                        || day == null
                        || day.isBefore(config.periodStart())
                        || day.isAfter(config.periodEnd())
                        || handedOver(handoffs, control.id(), from, to, day)) {
                    continue;
                }
                findings.add(Finding.error(
                        ID,
                        control.origin().at("owner"),
                        "owner of control '" + control.id() + "' changed from '" + from + "' to '" + to + "' in commit "
                                + change.shortCommit() + " on " + day
                                + ", and registers/handoffs.yaml records no handoff"
                                + " between them within " + WINDOW_DAYS + " days of the change",
                        "add '- { control: " + control.id() + ", from: " + from + ", to: " + to + ", date: " + day
                                + " }' to registers/handoffs.yaml"));
            }
        }
        return findings;
    }

    private static boolean handedOver(
            List<RegisterEntry> handoffs, String control, String from, String to, LocalDate day) {
        for (RegisterEntry handoff : handoffs) {
            if (handoff.get("control").equals(control)
                    && handoff.get("from").toLowerCase(Locale.ROOT).equals(from)
                    && handoff.get("to").toLowerCase(Locale.ROOT).equals(to)) {
                try {
                    LocalDate date = LocalDate.parse(handoff.get("date"));
                    if (Math.abs(ChronoUnit.DAYS.between(date, day)) <= WINDOW_DAYS) {
                        return true;
                    }
                } catch (DateTimeParseException e) {
                    // the schema reports a malformed date
                }
            }
        }
        return false;
    }
}
