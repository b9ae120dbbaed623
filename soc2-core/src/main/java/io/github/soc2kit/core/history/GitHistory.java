package io.github.soc2kit.core.history;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.Severity;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.load.FilePolicy;
import io.github.soc2kit.core.load.Snapshots;
import io.github.soc2kit.core.load.YamlReader;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.Policy;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.FooterKey;
import org.eclipse.jgit.revwalk.FooterLine;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.jspecify.annotations.Nullable;

/**
 * Reads the history of the policy and control files ({@code policies/**.yaml}, {@code controls/**.yaml}) from the
 * git repository that holds the policy repository, which may be a subfolder of the git work tree.
 *
 * <p>The history is the first-parent line of HEAD: the versions that landed on the branch, one per commit that
 * changed the file, in the order they landed. A pull request merged with a merge commit is one version, approved by
 * that merge; see {@code docs/history.md} for the approval convention. Files that differ in the working tree get
 * one more, uncommitted, version. Reading never writes to the repository.
 */
public final class GitHistory {

    private static final RuleId UNAVAILABLE = RuleId.HISTORY_UNAVAILABLE;
    private static final RuleId SHALLOW = RuleId.HISTORY_SHALLOW;

    private static final Pattern MERGE_PR = Pattern.compile("^Merge pull request (#\\d+)\\b");
    private static final List<String> FOLDERS = List.of("policies", "controls");

    private final Snapshots snapshots = new Snapshots();

    /**
     * @param root the policy repository (the folder holding soc2.yaml)
     * @param zone the company time zone, in which commit times become effective days
     * @param periodStart the first day the checks need a version in force on; null when unknown
     */
    public RepositoryHistory read(Path root, ZoneId zone, @Nullable LocalDate periodStart) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(real.toFile());
        if (builder.getGitDir() == null) {
            return RepositoryHistory.unavailable(new Finding(
                    UNAVAILABLE,
                    Severity.NOTE,
                    SourcePosition.of("soc2.yaml"),
                    "the policy repository is not in a git repository: the history checks (policy versions,"
                            + " reviews and owner changes from git, parameters in force by date) were skipped",
                    "keep the policy repository in git to use its history as the audit trail"));
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            if (repo.isBare()) {
                return RepositoryHistory.unavailable(new Finding(
                        UNAVAILABLE,
                        Severity.NOTE,
                        SourcePosition.of("soc2.yaml"),
                        "the policy repository is inside a bare git repository, which has no work tree: the history"
                                + " checks were skipped",
                        "run soc2kit in a clone of the repository"));
            }
            return new Reader(repo, real, WorkTree.prefix(repo, real), zone, periodStart).read();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the git history of " + real.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** One read of one repository. */
    private final class Reader {
        final Repository repo;
        final Path root;
        final String prefix;
        final ZoneId zone;
        final @Nullable LocalDate periodStart;
        final List<String> prefixNames;
        final List<Finding> findings = new ArrayList<>();

        Reader(Repository repo, Path root, String prefix, ZoneId zone, @Nullable LocalDate periodStart) {
            this.repo = repo;
            this.root = root;
            this.prefix = prefix;
            this.zone = zone;
            this.periodStart = periodStart;
            this.prefixNames = prefix.isEmpty()
                    ? List.of()
                    : List.of(prefix.substring(0, prefix.length() - 1).split("/"));
        }

        RepositoryHistory read() throws IOException {
            List<FileVersion> versions = new ArrayList<>();
            Map<String, ObjectId> head = new HashMap<>();
            ObjectId headId = repo.resolve(Constants.HEAD);
            if (headId != null) {
                walk(headId, versions, head);
            }
            versions.addAll(workingTree(head));
            return new RepositoryHistory(true, headId == null ? null : headId.name(), versions, findings);
        }

        /**
         * Visits the first-parent line oldest first. Each commit's tree is read once, to find the ids of its policy and
         * control folders; only a commit where one of them differs from its parent's is diffed. Oldest first is also
         * the order in which JGit's delta base cache serves the trees of a long history fastest.
         */
        private void walk(ObjectId headId, List<FileVersion> versions, Map<String, ObjectId> head) throws IOException {
            List<String> paths = FOLDERS.stream().map(f -> prefix + f).toList();
            try (ObjectReader reader = repo.newObjectReader();
                    RevWalk walk = new RevWalk(reader);
                    TreeWalk diff = new TreeWalk(repo, reader)) {
                walk.setFirstParent(true);
                walk.setRetainBody(false);
                walk.markStart(walk.parseCommit(headId));
                List<RevCommit> line = new ArrayList<>();
                for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
                    line.add(commit); // next(), not the iterator, which hides an IOException in an unchecked one
                }
                Collections.reverse(line);

                diff.setRecursive(true);
                diff.setFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(paths), TreeFilter.ANY_DIFF));
                CanonicalTreeParser parser = new CanonicalTreeParser();
                List<ObjectId> before = folders(parser, reader, null);
                RevTree parentTree = null;
                for (RevCommit commit : line) {
                    List<ObjectId> now = folders(parser, reader, commit.getTree());
                    if (!now.equals(before)) {
                        versions.addAll(changes(walk, diff, reader, parentTree, commit));
                    }
                    before = now;
                    parentTree = commit.getTree();
                }
                if (parentTree != null) {
                    try (TreeWalk tree = new TreeWalk(repo, reader)) {
                        tree.setRecursive(true);
                        tree.setFilter(PathFilterGroup.createFromStrings(paths));
                        tree.addTree(parentTree);
                        while (tree.next()) {
                            head.put(tree.getPathString(), tree.getObjectId(0));
                        }
                    }
                }
                if (!line.isEmpty()) {
                    shallow(walk, line.get(0));
                }
            }
        }

        /** The ids of the policy and control folders in {@code tree} (null entries where absent; all null for no tree). */
        private List<ObjectId> folders(CanonicalTreeParser parser, ObjectReader reader, @Nullable RevTree tree)
                throws IOException {
            ObjectId base = tree;
            for (String name : prefixNames) {
                base = base == null ? null : entry(parser, reader, base, name);
            }
            List<ObjectId> ids = new ArrayList<>(FOLDERS.size());
            for (String folder : FOLDERS) {
                ids.add(base == null ? null : entry(parser, reader, base, folder));
            }
            return ids;
        }

        /** The id of the folder {@code name} in {@code tree}; null when there is none (or a file or submodule by that name). */
        private static @Nullable ObjectId entry(
                CanonicalTreeParser parser, ObjectReader reader, ObjectId tree, String name) throws IOException {
            for (parser.reset(reader, tree); !parser.eof(); parser.next()) {
                if (parser.getEntryFileMode() == FileMode.TREE
                        && parser.getEntryPathString().equals(name)) {
                    return parser.getEntryObjectId();
                }
            }
            return null;
        }

        private void shallow(RevWalk walk, RevCommit oldest) throws IOException {
            if (!repo.getObjectDatabase().getShallowCommits().contains(oldest.getId())) {
                return;
            }
            if (oldest.getRawBuffer() == null) {
                walk.parseBody(oldest); // the walk keeps no bodies; a commit without policy changes was not re-read
            }
            LocalDate day = time(oldest).atZone(zone).toLocalDate();
            if (periodStart == null || day.isAfter(periodStart)) {
                findings.add(
                        Finding.warning(
                                SHALLOW,
                                SourcePosition.of("soc2.yaml"),
                                "the git history is shallow: it begins with commit "
                                        + oldest.getId().abbreviate(7).name()
                                        + " on " + day
                                        + (periodStart == null
                                                ? ""
                                                : ", after the start of the observation period on " + periodStart)
                                        + ", so the versions in force before then are unknown",
                                "fetch the whole history: run 'git fetch --unshallow', or set 'fetch-depth: 0' on actions/checkout"));
            }
        }

        /** The versions {@code commit} makes, in path order: the policy and control files it adds or changes. */
        private List<FileVersion> changes(
                RevWalk walk, TreeWalk diff, ObjectReader reader, @Nullable RevTree parentTree, RevCommit commit)
                throws IOException {
            diff.reset();
            diff.addTree(
                    parentTree == null ? new EmptyTreeIterator() : new CanonicalTreeParser(null, reader, parentTree));
            diff.addTree(commit.getTree());
            List<FileVersion> inCommit = new ArrayList<>();
            while (diff.next()) {
                ObjectId blob = diff.getObjectId(1);
                String path = diff.getPathString();
                if (blob.equals(ObjectId.zeroId()) || !isPolicyFile(path, diff.getFileMode(1))) {
                    continue; // deleted, or not a policy file
                }
                String text = text(reader, blob);
                if (commit.getRawBuffer() == null) {
                    walk.parseBody(commit);
                }
                inCommit.add(version(path.substring(prefix.length()), text, commit));
            }
            inCommit.sort(Comparator.comparing(FileVersion::path));
            return inCommit;
        }

        private FileVersion version(String path, String text, RevCommit commit) {
            Policy policy =
                    path.startsWith("policies/") ? snapshots.policy(path, text).orElse(null) : null;
            Control control =
                    path.startsWith("controls/") ? snapshots.control(path, text).orElse(null) : null;
            Instant time = time(commit);
            LocalDate effective = policy != null && policy.effective() != null
                    ? policy.effective()
                    : time.atZone(zone).toLocalDate();
            return new FileVersion(
                    path,
                    commit.getId().name(),
                    time,
                    person(commit.getAuthorIdent()),
                    person(commit.getCommitterIdent()),
                    commit.getFullMessage(),
                    approval(commit),
                    effective,
                    policy,
                    control);
        }

        private List<FileVersion> workingTree(Map<String, ObjectId> head) throws IOException {
            List<FileVersion> versions = new ArrayList<>();
            FilePolicy files = new FilePolicy(root);
            try (ObjectInserter.Formatter ids = new ObjectInserter.Formatter()) {
                for (String folder : FOLDERS) {
                    for (Path file :
                            YamlReader.filesUnder(files, root.resolve(folder)).files()) {
                        String path = root.relativize(file).toString().replace(File.separatorChar, '/');
                        if (files.refusal(file) != null) {
                            continue; // validation reports it as file-refused
                        }
                        if (Files.size(file) > YamlReader.MAX_FILE_BYTES) {
                            continue; // validation reports it as file-too-large
                        }
                        byte[] bytes = Files.readAllBytes(file);
                        if (ids.idFor(Constants.OBJ_BLOB, bytes).equals(head.get(prefix + path))) {
                            continue;
                        }
                        String text = new String(bytes, StandardCharsets.UTF_8);
                        Policy policy = path.startsWith("policies/")
                                ? snapshots.policy(path, text).orElse(null)
                                : null;
                        Control control = path.startsWith("controls/")
                                ? snapshots.control(path, text).orElse(null)
                                : null;
                        versions.add(new FileVersion(
                                path,
                                null,
                                null,
                                "",
                                "",
                                "",
                                null,
                                policy == null ? null : policy.effective(),
                                policy,
                                control));
                    }
                }
            }
            return versions;
        }
    }

    /**
     * The text of a policy or control file in git; empty (no policy, no control) when it is larger than a policy file
     * may be, so that an old oversized version is never loaded whole.
     */
    static String text(ObjectReader reader, ObjectId blob) throws IOException {
        if (reader.getObjectSize(blob, Constants.OBJ_BLOB) > YamlReader.MAX_FILE_BYTES) {
            return "";
        }
        return new String(reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(), StandardCharsets.UTF_8);
    }

    /** Whether a git entry is a policy or control file: a YAML file, not a folder, link or submodule by that name. */
    static boolean isPolicyFile(String path, FileMode mode) {
        return (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) && isYaml(path);
    }

    /** The approval evidence of a commit: the merge of a pull request, else its first {@code Approved-by:} trailer. */
    static @Nullable Approval approval(RevCommit commit) {
        Matcher merge = MERGE_PR.matcher(commit.getShortMessage());
        if (commit.getParentCount() > 1 && merge.find()) {
            return new Approval(Approval.PULL_REQUEST, merge.group(1));
        }
        for (FooterLine footer : commit.getFooterLines()) {
            if (footer.matches(new FooterKey("Approved-by"))
                    && !footer.getValue().isBlank()) {
                return new Approval(Approval.TRAILER, footer.getValue().strip());
            }
        }
        return null;
    }

    private static Instant time(RevCommit commit) {
        return commit.getCommitterIdent().getWhenAsInstant();
    }

    private static String person(PersonIdent ident) {
        return ident.getName() + " <" + ident.getEmailAddress() + ">";
    }

    private static boolean isYaml(String path) {
        return YamlReader.isYaml(path.substring(path.lastIndexOf('/') + 1));
    }
}
