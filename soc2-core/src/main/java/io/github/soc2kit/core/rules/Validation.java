package io.github.soc2kit.core.rules;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.Report;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.hris.HrisRoster;
import io.github.soc2kit.core.expr.Conditions;
import io.github.soc2kit.core.history.RepositoryHistory;
import io.github.soc2kit.core.load.CatalogueLoader;
import io.github.soc2kit.core.load.RepositoryLoader;
import io.github.soc2kit.core.load.SchemaValidator;
import io.github.soc2kit.core.model.CriteriaCatalogue;
import io.github.soc2kit.core.model.FileKind;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.RosterSources;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A policy repository as read, and the validation findings about it: YAML syntax, the JSON Schema of every file,
 * and the structural rules. A rule finding at a place that already has a syntax or schema finding is left out:
 * one mistake, one error.
 *
 * @param files how many repository files were read
 * @param conditions the control tests' conditions as compiled by validation, for the checks to reuse
 */
public record Validation(
        PolicyRepository repository, Report report, int files, CriteriaCatalogue catalogue, Conditions conditions) {

    /**
     * Reads and validates the repository at {@code root}; throws only when it cannot read it. CEL's compiler and the
     * JSON Schemas each take a few hundred milliseconds to load in a new process: they are prepared on threads of
     * their own, the schemas while the catalogue is read, CEL's compiler while the repository is read as well.
     */
    public static Validation of(Path root) {
        CompletableFuture<Conditions> compiler = started("prepare CEL", Conditions::prepared);
        CompletableFuture<SchemaValidator> schemas = started("load schemas", SchemaValidator::new);
        CriteriaCatalogue catalogue = CatalogueLoader.tsc2017();
        RepositoryLoader.Result loaded = new RepositoryLoader(joined(schemas)).load(root);
        Conditions conditions = joined(compiler);
        List<Finding> findings = new ArrayList<>(loaded.findings());
        PolicyRepository repository = loaded.repository();
        RosterSources rosterSources = repository.rosterSources();
        if (rosterSources != null && !repository.complete(FileKind.SOURCES)) {
            repository = repository.withPeople(repository.people(), false); // its HRIS source cannot be told
        } else if (rosterSources != null) {
            HrisRoster.Result roster = HrisRoster.assemble(repository, rosterSources, root);
            findings.addAll(roster.findings());
            repository = repository.withPeople(roster.people(), roster.complete());
        }
        Set<SourcePosition> reported = findings.stream().map(Finding::at).collect(Collectors.toSet());
        RuleContext context = new RuleContext(repository, catalogue, RepositoryHistory.none(), conditions, null);
        for (Finding finding : Rules.checkAll(context)) {
            if (!reported.contains(finding.at())) {
                findings.add(finding);
            }
        }
        return new Validation(repository, new Report(findings), loaded.files(), catalogue, conditions);
    }

    /** {@code task} on a daemon thread of its own. */
    private static <T> CompletableFuture<T> started(String what, Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, job -> {
            Thread thread = new Thread(job, "soc2kit-" + what);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** What {@code task} made, or what it threw. */
    private static <T> T joined(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            if (e.getCause() instanceof Error problem) {
                throw problem;
            }
            throw e;
        }
    }

    /**
     * What the practice and history rules read: this repository, its compiled conditions and {@code history}, judged
     * as of {@code asOf}.
     */
    public RuleContext context(RepositoryHistory history, LocalDate asOf) {
        return new RuleContext(repository, catalogue, history, conditions, asOf);
    }
}
