package io.github.soc2kit.cli;

import io.github.soc2kit.core.api.RuleExplainer;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code soc2kit explain [RULE]}: a rule's page, as the "see: soc2kit explain RULE" line after findings promises. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = {
            "Prints what a rule checks, why it matters and how to fix its findings (its docs page).",
            "Without RULE, lists every rule with its severity and summary."
        })
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "RULE",
            description = "A rule id, for example owner-inactive.")
    @Nullable String rule;

    @Override
    public Integer call() {
        RuleExplainer explainer = new RuleExplainer();
        if (rule == null) {
            explainer.index().forEach(spec.commandLine().getOut()::println);
        } else {
            spec.commandLine().getOut().print(explainer.explain(rule));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
