package io.github.soc2kit.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A control: what is done, by whom, for which criteria, and how practice is tested.
 *
 * @param risk null when missing or invalid
 * @param tolerableRate the control's own tolerable deviation rate, null for its risk's
 * @param nature {@code manual}, {@code automated} or {@code it_dependent_manual}; empty when not stated
 * @param type {@code preventive}, {@code detective} or {@code corrective}; empty when not stated
 * @param serviceAccounts whether its test reads the records of declared service accounts too
 *     ({@code test.service_accounts: include}); they are left out by default
 */
public record Control(
        String id,
        String title,
        String description,
        String policy,
        String owner,
        String frequency,
        @Nullable Risk risk,
        @Nullable Double tolerableRate,
        List<String> criteria,
        List<String> components,
        ControlTest test,
        String nature,
        String type,
        boolean serviceAccounts,
        Origin origin) {

    public Control {
        criteria = List.copyOf(criteria);
        components = List.copyOf(components);
    }

    /** The risk as written ({@code high}), empty when missing or invalid. */
    public String riskLabel() {
        return risk == null ? "" : risk.label();
    }
}
