package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.model.EvidenceSource;
import io.github.soc2kit.core.model.PolicyRepository;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The company time zone, and the zone of each evidence source that sets one, must be a known IANA zone id. */
final class TimezoneUnknownRule implements Rule {

    static final RuleId ID = RuleId.TIMEZONE_UNKNOWN;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        List<Finding> findings = new ArrayList<>();
        if (repo.config() != null) {
            check(repo.config().timezone(), repo.config().origin().at("timezone"), findings);
        }
        for (EvidenceSource source : repo.sources()) {
            if (source.timezone() != null) {
                check(source.timezone(), source.origin().at("timezone"), findings);
            }
        }
        return findings;
    }

    private static void check(String zone, SourcePosition at, List<Finding> findings) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            findings.add(Finding.error(
                    ID,
                    at,
                    "unknown time zone '" + zone + "'",
                    "use an IANA time zone name such as 'America/New_York', 'Europe/Berlin' or 'UTC'"));
        }
    }
}
