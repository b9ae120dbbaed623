package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.model.PolicyRepository;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** The company time zone must be a known IANA zone id. */
final class TimezoneUnknownRule implements Rule {

    static final RuleId ID = RuleId.TIMEZONE_UNKNOWN;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        if (repo.config() == null) {
            return List.of();
        }
        String zone = repo.config().timezone();
        try {
            ZoneId.of(zone);
            return List.of();
        } catch (DateTimeException e) {
            return List.of(Finding.error(
                    ID,
                    repo.config().origin().at("timezone"),
                    "unknown time zone '" + zone + "'",
                    "use an IANA time zone name such as 'America/New_York', 'Europe/Berlin' or 'UTC'"));
        }
    }
}
