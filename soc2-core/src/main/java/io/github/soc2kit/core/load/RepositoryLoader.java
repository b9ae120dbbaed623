package io.github.soc2kit.core.load;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.PolicyLoadException;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.EvidenceSource;
import io.github.soc2kit.core.model.FileKind;
import io.github.soc2kit.core.model.Person;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.PolicyRepository;
import io.github.soc2kit.core.model.RegisterEntry;
import io.github.soc2kit.core.model.RosterSources;
import io.github.soc2kit.core.model.ServiceAccount;
import io.github.soc2kit.core.model.Soc2Config;
import io.github.soc2kit.core.model.SystemDescription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads every file of a policy repository: parses it with positions, validates it against its schema, and
 * maps it to the model. The repository is only read, never written.
 *
 * <p>Layout: {@code soc2.yaml}, the roster it names (default {@code people.yaml}), {@code policies/**.yaml},
 * {@code controls/**.yaml}, {@code system/description.yaml}, {@code evidence/sources.yaml} and
 * {@code registers/{exceptions,incidents,handoffs}.yaml}. {@code .yml} works wherever {@code .yaml} does.
 */
public final class RepositoryLoader {

    static final RuleId FILE_MISSING = RuleId.FILE_MISSING;
    static final RuleId FILE_REFUSED = RuleId.FILE_REFUSED;

    private final YamlReader reader = new YamlReader();
    private final SchemaValidator schemas;

    public RepositoryLoader(SchemaValidator schemas) {
        this.schemas = schemas;
    }

    /** What was read, the findings about the files themselves, and how many files were read. */
    public record Result(PolicyRepository repository, List<Finding> findings, int files) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    /**
     * @throws PolicyLoadException when {@code root} is not a readable soc2kit repository
     */
    public Result load(Path root) {
        if (!Files.isDirectory(root)) {
            throw new PolicyLoadException(SourcePosition.of("soc2.yaml"), "policy directory does not exist: " + root);
        }
        Session session = new Session(root);
        Optional<Path> soc2 = yamlFile(root, "soc2");
        if (soc2.isEmpty()) {
            throw new PolicyLoadException(
                    SourcePosition.of("soc2.yaml"),
                    "not a soc2kit policy repository: soc2.yaml not found in " + root.getFileName());
        }
        Soc2Config config =
                session.read(soc2.get(), FileKind.SOC2).map(ModelReader::config).orElse(null);

        List<Person> people = new ArrayList<>();
        List<ServiceAccount> serviceAccounts = new ArrayList<>();
        @Nullable RosterSources[] rosterSources = {null};
        String rosterPath = config == null ? "people.yaml" : config.roster();
        Path roster = root.resolve(rosterPath).normalize();
        if (!roster.startsWith(root.normalize()) || rosterPath.startsWith("/")) {
            session.findings.add(Finding.error(
                    SchemaValidator.RULE,
                    config.origin().at("roster"),
                    "roster '" + rosterPath + "' is outside the repository",
                    "give a path inside the repository, for example 'people.yaml'"));
            session.unreadable.add(FileKind.ROSTER);
        } else if (!FilePolicy.exists(roster)) {
            SourcePosition at = config == null
                    ? SourcePosition.of("soc2.yaml")
                    : config.origin().at("roster");
            session.findings.add(Finding.error(
                    FILE_MISSING,
                    at,
                    "roster file '" + rosterPath + "' does not exist",
                    "create it with a 'people:' list, or point 'roster:' in soc2.yaml at the right file"));
            session.unreadable.add(FileKind.ROSTER);
        } else {
            session.read(roster, FileKind.ROSTER).ifPresent(doc -> {
                people.addAll(ModelReader.people(doc));
                serviceAccounts.addAll(ModelReader.serviceAccounts(doc));
                rosterSources[0] = ModelReader.rosterSources(doc);
            });
        }

        List<Policy> policies = new ArrayList<>();
        for (Path file : session.yamlFilesUnder(root.resolve("policies"), FileKind.POLICY)) {
            session.read(file, FileKind.POLICY).map(ModelReader::policy).ifPresent(policies::add);
        }
        List<Control> controls = new ArrayList<>();
        for (Path file : session.yamlFilesUnder(root.resolve("controls"), FileKind.CONTROL)) {
            session.read(file, FileKind.CONTROL).map(ModelReader::control).ifPresent(controls::add);
        }

        SystemDescription description = null;
        Optional<Path> descriptionFile = yamlFile(root.resolve("system"), "description");
        if (descriptionFile.isPresent()) {
            description = session.read(descriptionFile.get(), FileKind.DESCRIPTION)
                    .map(ModelReader::description)
                    .orElse(null);
        } else {
            session.findings.add(Finding.error(
                    FILE_MISSING,
                    config == null
                            ? SourcePosition.of("soc2.yaml")
                            : config.origin().at(),
                    "system description 'system/description.yaml' does not exist",
                    "write the SOC 2 system description (DC 1 to DC 9) in system/description.yaml"));
            session.unreadable.add(FileKind.DESCRIPTION);
        }

        List<EvidenceSource> sources = new ArrayList<>();
        Map<String, RegisterFiles.Mapping> mapped = new HashMap<>();
        yamlFile(root.resolve("evidence"), "sources")
                .flatMap(file -> session.read(file, FileKind.SOURCES))
                .ifPresent(doc -> {
                    sources.addAll(ModelReader.sources(doc));
                    mapped.putAll(RegisterFiles.mappings(doc));
                });
        for (EvidenceSource source : sources) {
            session.validPattern(source.path(), source.origin().at("path"));
        }

        List<RegisterEntry> registers = new ArrayList<>();
        for (FileKind kind : List.of(FileKind.EXCEPTIONS, FileKind.INCIDENTS, FileKind.HANDOFFS)) {
            String name = kind.name().toLowerCase(java.util.Locale.ROOT);
            Optional<Path> file = yamlFile(root.resolve("registers"), name);
            RegisterFiles.Mapping mapping = mapped.get(name);
            if (mapping == null) {
                file.flatMap(f -> session.read(f, kind))
                        .ifPresent(doc -> registers.addAll(ModelReader.register(doc, name)));
                continue;
            }
            if (file.isPresent()) {
                session.findings.add(Finding.error(
                        SchemaValidator.RULE,
                        mapping.at(),
                        "the " + name + " register is kept twice: in " + relative(root, file.get())
                                + " and in the files of '" + mapping.path() + "'",
                        "keep one of them: remove " + relative(root, file.get()) + ", or the mapping"));
                session.unreadable.add(kind);
                continue;
            }
            if (!session.validPattern(mapping.path(), mapping.at())) {
                session.unreadable.add(kind);
                continue;
            }
            for (Path record : session.matching(mapping.path(), kind)) {
                session.readRecord(record, mapping, kind)
                        .ifPresent(doc -> registers.addAll(ModelReader.register(doc, name)));
            }
        }

        PolicyRepository repository = new PolicyRepository(
                config,
                people,
                serviceAccounts,
                policies,
                controls,
                description,
                sources,
                registers,
                session.unreadable,
                rosterSources[0]);
        return new Result(repository, session.findings, session.files);
    }

    /** The state of one load: findings so far and the kinds with unreadable files. */
    private final class Session {
        final Path root;
        final FilePolicy policy;
        final List<Finding> findings = new ArrayList<>();
        final Set<FileKind> unreadable = EnumSet.noneOf(FileKind.class);
        int files;

        Session(Path root) {
            this.root = root;
            this.policy = new FilePolicy(root);
        }

        /** Parses and schema-checks one file; empty when it could not be parsed. */
        Optional<YamlDocument> read(Path file, FileKind kind) {
            Optional<YamlDocument> document = parse(file, kind);
            document.ifPresent(doc -> findings.addAll(schemas.validate(kind, doc)));
            return document;
        }

        /**
         * Parses one file of a register kept one record per file, and schema-checks the entry it makes under
         * {@code mapping}; empty when it could not be parsed or lacks a mapped field.
         */
        Optional<YamlDocument> readRecord(Path file, RegisterFiles.Mapping mapping, FileKind kind) {
            Optional<YamlDocument> entry = parse(file, kind).map(doc -> RegisterFiles.entry(doc, mapping, findings));
            if (entry.isEmpty()) {
                unreadable.add(kind);
            }
            entry.ifPresent(doc -> schemas.validate(kind, doc).stream()
                    .map(finding -> RegisterFiles.named(finding, mapping))
                    .forEach(findings::add));
            return entry;
        }

        /** Whether {@code pattern}, at {@code at}, is a path or glob of files; a finding says why not. */
        boolean validPattern(String pattern, SourcePosition at) {
            String problem = FilePolicy.globProblem(pattern);
            if (problem != null) {
                findings.add(Finding.error(
                        SchemaValidator.RULE, at, "path '" + pattern + "' " + problem, FilePolicy.GLOB_HINT));
            }
            return problem == null;
        }

        /** The files that {@code pattern} matches; a folder on the way that was not walked is refused. */
        List<Path> matching(String pattern, FileKind kind) {
            FilePolicy.Listing listing = policy.glob(pattern);
            refused(listing, kind);
            return listing.files();
        }

        private Optional<YamlDocument> parse(Path file, FileKind kind) {
            files++;
            String path = relative(root, file);
            String refusal = policy.refusal(file);
            if (refusal != null) {
                findings.add(Finding.error(
                        FILE_REFUSED,
                        SourcePosition.of(path),
                        "'" + path + "' " + refusal + "; soc2kit did not read it",
                        "soc2kit reads only regular files inside the repository: put the file itself at this path"));
                unreadable.add(kind);
                return Optional.empty();
            }
            YamlReader.Result result = reader.read(file, path);
            findings.addAll(result.findings());
            YamlDocument document = result.document();
            if (document == null) {
                unreadable.add(kind);
                return Optional.empty();
            }
            return Optional.of(document);
        }

        /** Every YAML file below {@code dir}, in a stable order; a folder below it that cannot be listed is refused. */
        List<Path> yamlFilesUnder(Path dir, FileKind kind) {
            FilePolicy.Listing listing = YamlReader.filesUnder(policy, dir);
            refused(listing, kind);
            return listing.files();
        }

        private void refused(FilePolicy.Listing listing, FileKind kind) {
            for (FilePolicy.Refused folder : listing.refused()) {
                String relative = relative(root, folder.folder());
                String path = relative.isEmpty() ? "." : relative; // a glob that starts with a wildcard walks the root
                findings.add(Finding.error(
                        FILE_REFUSED,
                        SourcePosition.of(path),
                        "'" + path + "' " + folder.problem() + "; soc2kit did not read the files in it",
                        folder.hint()));
                unreadable.add(kind);
            }
        }
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static Optional<Path> yamlFile(Path dir, String name) {
        for (String extension : List.of(".yaml", ".yml")) {
            Path file = dir.resolve(name + extension);
            if (FilePolicy.exists(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
