package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.model.ControlTest;

/**
 * {@code config}: every configuration snapshot that matches {@code where} must satisfy {@code require}. The
 * snapshots describe the present, so none is left out by date: a population check over all of them, whose
 * deviations name the part of {@code require} that failed and the value the snapshot had.
 */
final class ConfigCheck extends PopulationCheck {

    ConfigCheck(ControlTest.Config test, CheckContext context, Conditions conditions) {
        super(test.source(), null, test.where(), test.require(), "snapshots", true, context, conditions);
    }
}
