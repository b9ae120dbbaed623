package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.Severity;
import io.github.soc2kit.core.history.FileVersion;
import io.github.soc2kit.core.history.RepositoryHistory;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.Soc2Config;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy is reviewed within its cadence: its last review — {@code approval.on}, or the day of its last approved
 * commit in git, whichever is later — plus its {@code review} cadence must not fall before the end of the
 * observation period. A verification judges it as of its as-of date: a review due before then is overdue (an
 * error), one due later in the period is a note to plan it.
 */
final class PolicyReviewOverdueRule implements Rule {

    static final RuleId ID = RuleId.POLICY_REVIEW_OVERDUE;

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        PolicyRepository repo = context.repository();
        RepositoryHistory history = context.history();
        Soc2Config config = repo.config();
        if (config == null || config.periodEnd() == null) {
            return List.of();
        }
        ZoneId zone = ZoneId.of(config.timezone());
        List<Finding> findings = new ArrayList<>();
        for (Policy policy : repo.policies()) {
            LocalDate reviewed = policy.approvedOn();
            String how = "approval.on";
            for (FileVersion version : history.policy(policy.id())) {
                if (version.approval() != null && version.time() != null) {
                    LocalDate day = version.time().atZone(zone).toLocalDate();
                    if (reviewed == null || day.isAfter(reviewed)) {
                        reviewed = day;
                        how = "commit " + version.shortCommit() + ", "
                                + version.approval().describe();
                    }
                }
            }
            LocalDate due = due(reviewed, policy.review());
            if (due == null || !due.isBefore(config.periodEnd())) {
                continue;
            }
            String review = "policy '" + policy.id() + "' was last reviewed on " + reviewed + " (" + how + "); its "
                    + policy.review().replace('_', '-') + " review ";
            String hint =
                    "review the policy, set 'approval.on' to the day of the review, and merge it through an approved pull request";
            if (context.asOf() == null || due.isBefore(context.asOf())) {
                findings.add(Finding.error(
                        ID,
                        policy.origin().at("approval"),
                        review + "was due on " + due + ", before the "
                                + (context.asOf() == null
                                        ? "end of the observation period on " + config.periodEnd()
                                        : "as-of date " + context.asOf()),
                        hint));
            } else {
                findings.add(new Finding(
                        ID,
                        Severity.NOTE,
                        policy.origin().at("approval"),
                        review + "is due on " + due + ", before the observation period ends on " + config.periodEnd(),
                        hint + " by then"));
            }
        }
        return findings;
    }

    private static LocalDate due(LocalDate reviewed, String cadence) {
        if (reviewed == null) {
            return null;
        }
        return switch (cadence) {
            case "monthly" -> reviewed.plusMonths(1);
            case "quarterly" -> reviewed.plusMonths(3);
            case "semi_annual" -> reviewed.plusMonths(6);
            case "annual" -> reviewed.plusYears(1);
            default -> null; // the schema reports an unknown cadence
        };
    }
}
