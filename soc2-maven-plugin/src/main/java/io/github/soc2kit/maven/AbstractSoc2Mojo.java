package io.github.soc2kit.maven;

import io.github.soc2kit.core.api.PolicyRenderer;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.diag.InvalidConfigurationException;
import io.github.soc2kit.core.diag.LogEntry;
import io.github.soc2kit.core.diag.PolicyLoadException;
import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.diag.Severity;
import io.github.soc2kit.core.diag.TemplateRenderException;
import io.github.soc2kit.core.diag.Wording;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Shared plumbing of the soc2 goals: skip flags, directories, printing findings and failing the build. */
abstract class AbstractSoc2Mojo extends AbstractMojo {

    /**
     * The policy repository: the folder that holds {@code soc2.yaml}, {@code policies/}, {@code controls/} and the
     * rest of the repository. Default: the project folder, or the current folder when Maven runs without a POM.
     *
     * @since 0.1.0
     */
    @Parameter(property = "soc2.policyDirectory")
    private File policyDirectory;

    /**
     * Where reports are written. Default: {@code soc2} in the build directory ({@code target/soc2}); without a POM,
     * {@code target/soc2} in the policy repository.
     *
     * @since 0.1.0
     */
    @Parameter(property = "soc2.outputDirectory")
    private File outputDirectory;

    /**
     * The day to judge as of, {@code YYYY-MM-DD} in the company time zone: what is dated after it is not judged and
     * nothing not yet due by then is a deviation. Default: today, capped at the end of the observation period.
     *
     * @since 0.2.0
     */
    @Parameter(property = "soc2.asOf")
    protected String asOf;

    /**
     * Fail the build on warnings as well as errors.
     *
     * @since 0.1.0
     */
    @Parameter(property = "soc2.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    /**
     * Skip every soc2 goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "soc2.skip", defaultValue = "false")
    protected boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** Whether this goal's own skip flag is set. */
    protected abstract boolean skipGoal();

    /** Runs the goal; called unless skipped. Core exceptions are mapped by {@link #execute()}. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** Where this build keeps the verify report of {@link #repository()}, for soc2:render to reuse. */
    protected String verifiedKey() {
        return "soc2.verified:" + repository().toAbsolutePath();
    }

    /** Whether the goal reads the policy repository, which must then exist; soc2:init writes one. */
    protected boolean readsRepository() {
        return true;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipGoal()) {
            getLog().info("soc2: skipped");
            return;
        }
        if (readsRepository() && !Files.isDirectory(repository())) {
            throw new MojoExecutionException("<policyDirectory> does not exist: " + repository());
        }
        try {
            run();
        } catch (PolicyLoadException e) {
            throw new MojoExecutionException(Wording.printable(e.at() + ": " + e.getMessage()), e);
        } catch (InvalidConfigurationException e) {
            throw new MojoExecutionException(Wording.printable("<" + e.option() + ">: " + e.getMessage()), e);
        } catch (TemplateRenderException e) {
            throw new MojoExecutionException(Wording.printable("template " + e.getMessage()), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(Wording.printable(String.valueOf(e.getMessage())), e);
        } catch (OutOfMemoryError e) { // the build's heap is the user's to raise; nothing was written
            throw new MojoExecutionException(
                    "soc2kit ran out of Maven's Java heap (at most "
                            + (Runtime.getRuntime().maxMemory() >> 20)
                            + " MB): give Maven a larger one, for example MAVEN_OPTS=-Xmx2g or -Xmx2g in"
                            + " .mvn/jvm.config",
                    e);
        }
    }

    /** Whether Maven runs without a POM: then the defaults come from the current folder, not the project. */
    private boolean withoutPom() {
        return project == null || project.getFile() == null;
    }

    /** The current folder of the build, or of the Maven run without a POM. */
    private Path currentFolder() {
        return withoutPom()
                ? Path.of(session.getRequest().getBaseDirectory())
                : project.getBasedir().toPath();
    }

    /** The policy repository: {@code soc2.policyDirectory}, else the project folder or the current folder. */
    protected Path repository() {
        return policyDirectory != null ? policyDirectory.toPath() : currentFolder();
    }

    /**
     * The build directory, {@code target/}: soc2kit writes inside the policy repository only there. Without a POM,
     * {@code target} in the policy repository, as the command line does.
     */
    protected Path buildDirectory() {
        return withoutPom()
                ? repository().resolve("target")
                : Path.of(project.getBuild().getDirectory());
    }

    /** Where reports go: {@code soc2.outputDirectory}, else {@code soc2} in the build directory. */
    protected Path outputDirectory() {
        return outputDirectory != null
                ? outputDirectory.toPath()
                : buildDirectory().resolve("soc2");
    }

    /** Where soc2:render writes the internal site: {@code configured}, else {@code soc2-site-internal} in the build directory. */
    protected Path internalSite(File configured) {
        return configured != null ? configured.toPath() : buildDirectory().resolve(PolicyRenderer.INTERNAL_SITE);
    }

    /** A path as the user knows it: relative to the policy repository when inside it. */
    protected String relativeToBase(Path file) {
        return Wording.shown(repository(), file);
    }

    /**
     * The clock the default as-of date comes from: the build's start, read once, so that every goal of a build
     * judges as of the same day however long it runs.
     */
    protected Clock clock() {
        return Clock.fixed(session.getRequest().getStartTime().toInstant(), ZoneOffset.UTC);
    }

    protected Soc2Listener listener() {
        return message -> info("soc2: " + message);
    }

    /** Logs one line of soc2's output at info level, as {@link Wording#printable} makes it. */
    protected void info(String line) {
        getLog().info(Wording.printable(line));
    }

    /** Logs each entry at its level, its continuation lines below its first. */
    protected void print(List<LogEntry> entries) {
        for (LogEntry entry : entries) {
            String lines = String.join(System.lineSeparator(), entry.lines());
            switch (entry.level()) {
                case ERROR -> getLog().error(lines);
                case WARNING -> getLog().warn(lines);
                default -> getLog().info(lines);
            }
        }
    }

    /** Whether warnings fail the build and the report has some. */
    protected boolean failsOnWarnings(Report report) {
        return failOnWarning && report.count(Severity.WARNING) > 0;
    }

    /**
     * Logs the findings, then fails the build with {@code summary} when {@code failing}, or logs it.
     *
     * @param summary one line: counts, outcome and where the full report is
     */
    protected void conclude(Report report, boolean failing, String summary) throws MojoFailureException {
        print(report.logged());
        finish(report, failing, summary);
    }

    /** Fails the build with {@code summary} when {@code failing} or when warnings fail it, or logs it. */
    protected void finish(Report report, boolean failing, String summary) throws MojoFailureException {
        if (failing || failsOnWarnings(report)) {
            throw new MojoFailureException(Wording.printable(summary));
        }
        info("soc2: " + summary);
    }
}
