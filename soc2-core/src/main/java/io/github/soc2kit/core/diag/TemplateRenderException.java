package io.github.soc2kit.core.diag;

import org.jspecify.annotations.Nullable;

/**
 * A Freemarker template of the site could not be parsed or rendered. Names the template as the user knows it
 * ({@code templates/index.ftl} for an override in the policy repository, {@code index.ftl (bundled)} otherwise),
 * with the line and column of the problem (0 when unknown).
 */
public final class TemplateRenderException extends Soc2Exception {

    private final String template;
    private final int line;
    private final int column;
    private final String problem;

    public TemplateRenderException(String template, int line, int column, String problem, @Nullable Throwable cause) {
        super(template + (line > 0 ? ":" + line + ":" + column : "") + ": " + problem, cause);
        this.template = template;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** A template soc2kit refused to read, for example one that is a link out of the repository. */
    public TemplateRenderException(String template, String problem) {
        this(template, 0, 0, problem, null);
    }

    public String template() {
        return template;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What went wrong, without the position. */
    public String problem() {
        return problem;
    }
}
