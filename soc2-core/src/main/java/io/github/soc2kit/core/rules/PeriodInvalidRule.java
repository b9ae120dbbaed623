package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.Soc2Config;
import java.util.List;

/** The observation period must be well formed: a Type 2 period starts before it ends; a Type 1 has one date. */
final class PeriodInvalidRule implements Rule {

    static final RuleId ID = RuleId.PERIOD_INVALID;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        Soc2Config config = repo.config();
        if (config == null || config.periodStart() == null || config.periodEnd() == null) {
            return List.of();
        }
        if (config.periodEnd().isBefore(config.periodStart())) {
            return List.of(Finding.error(
                    ID,
                    config.origin().at("period/end"),
                    "observation period ends on " + config.periodEnd() + ", before it starts on "
                            + config.periodStart(),
                    "swap 'start' and 'end', or correct the dates"));
        }
        if (config.reportType() == 2 && config.periodEnd().equals(config.periodStart())) {
            return List.of(Finding.error(
                    ID,
                    config.origin().at("period/end"),
                    "a Type 2 report needs an observation period, but it starts and ends on " + config.periodEnd(),
                    "set 'end' to the last day of the period, or set 'report_type: 1'"));
        }
        if (config.reportType() == 1 && !config.periodEnd().equals(config.periodStart())) {
            return List.of(Finding.error(
                    ID,
                    config.origin().at("period/end"),
                    "a Type 1 report is as of one date, but the period runs from " + config.periodStart() + " to "
                            + config.periodEnd(),
                    "set 'start' and 'end' to the same date, or set 'report_type: 2'"));
        }
        return List.of();
    }
}
