package io.github.soc2kit.core.model;

import io.github.soc2kit.core.diag.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A control: what is done, by whom, for which criteria, and how practice is tested.
 *
 * @param risk null when missing or invalid
 * @param tolerableRate the control's own tolerable deviation rate, null for its risk's
 * @param nature {@code manual}, {@code automated} or {@code it_dependent_manual}; empty when not stated
 * @param type {@code preventive}, {@code detective} or {@code corrective}; empty when not stated
 * @param tests every test of the control, {@code test} first: one, or those of {@code tests:}
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
        List<ControlTest> tests,
        String nature,
        String type,
        boolean serviceAccounts,
        Origin origin) {

    public Control {
        criteria = List.copyOf(criteria);
        components = List.copyOf(components);
        tests = List.copyOf(tests);
    }

    /**
     * The control once per test, each with that test as its {@code test} and positions that read {@code test/...} as
     * the test's own place ({@code tests/1/...}): whatever runs or checks one test runs on each of them so, and its
     * findings point at the right test. Just this control when it has one test.
     */
    public List<Control> perTest() {
        if (tests.size() <= 1) {
            return List.of(this);
        }
        List<Control> views = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            String prefix = "/tests/" + i;
            Map<String, SourcePosition> values =
                    new HashMap<>(origin.positions().values());
            Map<String, SourcePosition> keys = new HashMap<>(origin.positions().keys());
            origin.positions().values().forEach((pointer, at) -> {
                if (pointer.equals(prefix) || pointer.startsWith(prefix + "/")) {
                    values.put("/test" + pointer.substring(prefix.length()), at);
                }
            });
            origin.positions().keys().forEach((pointer, at) -> {
                if (pointer.startsWith(prefix + "/")) {
                    keys.put("/test" + pointer.substring(prefix.length()), at);
                }
            });
            keys.put("/test", origin.positions().at(prefix));
            views.add(new Control(
                    id,
                    title,
                    description,
                    policy,
                    owner,
                    frequency,
                    risk,
                    tolerableRate,
                    criteria,
                    components,
                    tests.get(i),
                    List.of(tests.get(i)),
                    nature,
                    type,
                    serviceAccounts,
                    new Origin(new Positions(origin.path(), values, keys), origin.pointer())));
        }
        return views;
    }

    /** The risk as written ({@code high}), empty when missing or invalid. */
    public String riskLabel() {
        return risk == null ? "" : risk.label();
    }
}
