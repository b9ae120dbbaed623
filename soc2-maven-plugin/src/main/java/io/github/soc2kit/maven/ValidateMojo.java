package io.github.soc2kit.maven;

import io.github.soc2kit.core.api.PolicyValidator;
import io.github.soc2kit.core.api.ValidateRequest;
import io.github.soc2kit.core.api.ValidateResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the policy repository: YAML syntax, the JSON Schema of every file, and references between
 * policies, controls, people, criteria, components and evidence sources. Each finding is printed as
 * {@code path:line:column: severity: message [rule-id]}.
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class ValidateMojo extends AbstractSoc2Mojo {

    /**
     * Skip this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "soc2.validate.skip", defaultValue = "false")
    private boolean skipValidate;

    @Override
    protected boolean skipGoal() {
        return skipValidate;
    }

    @Override
    protected void run() throws MojoFailureException {
        ValidateResult result = new PolicyValidator()
                .validate(new ValidateRequest(repository(), buildDirectory(), outputDirectory(), listener()));
        conclude(result.report(), result.report().hasErrors(), result.summary(repository()));
    }
}
