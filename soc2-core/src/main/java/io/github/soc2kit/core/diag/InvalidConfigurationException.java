package io.github.soc2kit.core.diag;

/** A bad option given to soc2kit (not a mistake in the policy repository). */
public final class InvalidConfigurationException extends Soc2Exception {

    private final String option;

    public InvalidConfigurationException(String option, String message) {
        super(message);
        this.option = option;
    }

    /** The option's name, for example {@code policyDirectory}. */
    public String option() {
        return option;
    }
}
