package io.github.soc2kit.maven;

import io.github.soc2kit.core.api.InitRequest;
import io.github.soc2kit.core.api.InitResult;
import io.github.soc2kit.core.api.PolicyInitializer;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a starter policy repository: {@code soc2.yaml}, a roster, a system description with every DC section
 * stubbed, six core policies with parameters, a control for each wired to the evidence source its export goes to,
 * {@code evidence/sources.yaml} with the export command of each system, and a {@code pom.xml} that uses this plugin
 * with the Maven Wrapper.
 * It validates at once, and {@code soc2:verify} then names every export to add. A file that exists is never
 * overwritten: it is kept and listed. Runs without a POM: {@code mvn io.github.soc2kit:soc2-maven-plugin:init}.
 *
 * @since 0.1.0
 */
@Mojo(name = "init", threadSafe = true, requiresProject = false)
public class InitMojo extends AbstractSoc2Mojo {

    /**
     * The folder to write the starter into; created when missing. Default: the policy directory (the project folder,
     * or the current folder without a POM).
     *
     * @since 0.1.0
     */
    @Parameter(property = "soc2.dir")
    private File dir;

    @Override
    protected boolean skipGoal() {
        return false;
    }

    @Override
    protected boolean readsRepository() {
        return false;
    }

    @Override
    protected void run() {
        Path folder = dir != null ? dir.toPath() : repository();
        InitResult result = new PolicyInitializer().init(new InitRequest(folder, listener()));
        result.written().forEach(path -> info("soc2: wrote " + path));
        result.kept().forEach(path -> info("soc2: kept " + path + " (it exists; left as it is)"));
        info("soc2: next: mvn soc2:validate, then mvn soc2:verify to see which evidence exports to add");
    }
}
