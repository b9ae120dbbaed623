package io.github.soc2kit.core.load;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The one policy for the files soc2kit reads, on a pull request from anyone: only regular, readable files whose
 * real path (every link resolved) lies inside the repository. Anything else is refused before it is opened, so a
 * link to a secret, a FIFO or a device never has its content read, let alone echoed; a file the build may not read is
 * refused before it is opened or, for evidence ({@link #refusalBeforeOpening}), when the opening fails.
 */
public final class FilePolicy {

    private static final String OUTSIDE = "is a link that leads outside the repository";

    /** Why a file that the build may not read is refused, in words that complete "'path' ...". */
    public static final String UNREADABLE = "cannot be read (permission denied)";

    /** What is wrong with a folder that a walk could not list, in words that complete "'path' ...". */
    public static final String UNLISTED = "cannot be listed (check its permissions)";

    /** What to do about a path or glob that {@link #globProblem} finds a problem with. */
    public static final String GLOB_HINT = "close each '{' with '}' and each '[' with ']', and write '\\' before a"
            + " '{', '[', '*', '?' or '\\' that is part of a name";

    /** How many paths through links a walk follows to one folder. */
    static final int MAX_LINKS = 8;

    private static final String LINKED_TOO_OFTEN = "holds links that lead to the folder '";

    /** Why a walk did not walk a folder again that it is in, in words that complete "'path' ...". */
    static final String LOOP = "leads back through a link to a folder that holds it (a loop)";

    /** Why a walk did not follow a link, in words that complete "'path' ...". */
    static final String UNFOLLOWED =
            "is a link that cannot be followed (a loop of links, too many links in a row, or a file on its way)";

    private final Path root;
    private final Path repository;
    /** The repository's path and a separator: how the path of each file in it begins. */
    private final String repositoryPrefix;

    private final Map<Path, Path> realFolders = new ConcurrentHashMap<>();
    /** The files walks listed as regular files, no links, inside the repository. */
    private final Set<Path> plain = ConcurrentHashMap.newKeySet();

    /** The policy for the repository at {@code root}, whose real path is resolved once. */
    public FilePolicy(Path root) {
        this.repository = root.toAbsolutePath().normalize();
        String separator = repository.getFileSystem().getSeparator();
        this.repositoryPrefix =
                repository.toString().endsWith(separator) ? repository.toString() : repository + separator;
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = root.toAbsolutePath().normalize(); // nothing can resolve into a folder that does not exist
        }
        this.root = real;
    }

    /**
     * What is wrong with reading {@code file} as a file of the repository, in words that complete "'path' ..."
     * (for example "is a link that leads outside the repository"); null when it may be read.
     */
    public @Nullable String refusal(Path file) {
        return refusal(file, true);
    }

    /**
     * {@link #refusal} except for the permission to read, for a caller that opens the file next: the opening tells it
     * ({@link java.nio.file.AccessDeniedException}, to be worded as {@link #UNREADABLE}) without asking the system once
     * more for each of 100,000 small evidence files.
     */
    public @Nullable String refusalBeforeOpening(Path file) {
        return refusal(file, false);
    }

    /**
     * Whether a walk of this policy listed {@code file} as a regular file, no link, inside the repository. Such a file
     * may be opened without {@link #refusalBeforeOpening asking} about it again, provided the opening follows no link
     * ({@link LinkOption#NOFOLLOW_LINKS}): a link put in its place since the walk then fails to open, and the file is
     * to be judged as it is now. The repository is not expected to change while it is read: a FIFO put in the place of
     * a listed file after the walk would block the opening.
     */
    public boolean listedPlain(Path file) {
        return plain.contains(file);
    }

    private @Nullable String refusal(Path file, boolean askReadable) {
        Path real;
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            real = realPath(file, attributes.isSymbolicLink());
            if (attributes.isSymbolicLink()) {
                attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            }
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(file) ? "is a link to a file that does not exist" : "does not exist";
        } catch (FileSystemException e) {
            return Files.isSymbolicLink(file)
                    ? "is a link that cannot be followed (a loop of links?)"
                    : "cannot be opened";
        } catch (IOException e) {
            return "cannot be opened";
        }
        if (!real.startsWith(root)) {
            return OUTSIDE;
        }
        if (attributes.isDirectory()) {
            return "is a folder, not a file";
        }
        if (!attributes.isRegularFile()) {
            return "is not a regular file (a FIFO, socket or device)";
        }
        return !askReadable || Files.isReadable(real) ? null : UNREADABLE;
    }

    /**
     * The real path of {@code path}, every link resolved: its folder's real path, resolved once per folder, and its
     * own name unless it is a link itself. Cheaper than {@link Path#toRealPath} for each of 100,000 review files; a
     * folder replaced by a link while one policy is in use is judged as it was when first seen.
     */
    private Path realPath(Path path, boolean link) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path folder = absolute.getParent();
        Path name = absolute.getFileName();
        if (link
                || folder == null
                || name.toString().equals("..")
                || name.toString().equals(".")) {
            return path.toRealPath();
        }
        Path realFolder = realFolders.get(folder);
        if (realFolder == null) {
            realFolder = folder.toRealPath();
            realFolders.put(folder, realFolder);
        }
        return realFolder.resolve(name);
    }

    /** A folder a walk did not enter, or a link it could not follow, and why, in words that complete "'path' ...". */
    public record Refused(Path folder, String problem) {
        /** What to do about it. */
        public String hint() {
            if (problem.startsWith(LINKED_TOO_OFTEN)) {
                return "link to that folder from fewer places ('find -type l' lists links)";
            }
            return switch (problem) {
                case UNLISTED -> "make the folder readable to the build, or move it out of the way";
                case LOOP -> "remove the link that leads back, or point it at another folder";
                case UNFOLLOWED -> "point the link at the folder or file itself";
                default -> "soc2kit reads only files inside the repository: put the folder itself at this path";
            };
        }
    }

    /**
     * What a walk found.
     *
     * @param files every entry that is not a folder itself, links to files and special files too ({@link #refusal}
     *     says what they are)
     * @param refused what the walk did not enter: folders it could not list, links out of the repository, links it
     *     could not follow
     */
    public record Listing(List<Path> files, List<Refused> refused) {
        public Listing {
            files = List.copyOf(files);
            refused = List.copyOf(refused);
        }

        /** Nothing: no folder. */
        public static final Listing NONE = new Listing(List.of(), List.of());
    }

    /**
     * Walks {@code folder} down to {@code depth} levels below it. A link to a folder or file inside the repository is
     * walked like the folder or file itself, under the link's path; each real file is listed once, under its own path
     * when the walk lists that, else under the smallest of the paths that lead to it, whatever order the system lists a
     * folder in. A link to a folder above it (a loop) is not walked again: every file below it is listed under its own
     * path. A link to a folder outside the repository and a folder that cannot be listed (no permission) are refused,
     * and the walk goes on; a link that cannot be followed is listed, for {@link #refusal} to say what it is. When
     * links lead to one folder through more than {@link #MAX_LINKS} paths, the whole walk is refused, so links cannot
     * multiply the work. A folder that does not exist lists nothing. Both lists are in no particular order.
     */
    public Listing walk(Path folder, int depth) {
        return walk(folder, depth, file -> true, dir -> true, false);
    }

    /**
     * Like {@link #walk(Path, int)}, listing only the files {@code kept} accepts (a glob's matches), and entering only
     * the folders {@code mayHold} says may hold such files. With {@code loopsHide}, a loop where {@code mayHold} is
     * refused too, since {@code kept} may accept files under the loop's path that it does not accept under their own.
     */
    private Listing walk(Path folder, int depth, Predicate<Path> kept, Predicate<Path> mayHold, boolean loopsHide) {
        Path start = folder.normalize(); // relative stays relative: the caller relativizes against its root
        Path startReal = Objects.requireNonNullElse(real(start), start.toAbsolutePath());
        Named<Path> linked = new Named<>(start, startReal, file -> file); // files that a link leads to, by real path
        List<Path> ownFiles = new ArrayList<>(); // the files that no link leads to, listed under their own paths
        Named<Refused> refused = new Named<>(start, startReal, Refused::folder);
        Map<Path, Integer> linkedEntries = new HashMap<>();
        Deque<Boolean> ownFolders = new ArrayDeque<>(); // of the folders the walk is in, whether no link leads to each
        boolean inside = startReal.startsWith(root);
        Set<Path> tooOften = new TreeSet<>(); // the folders that links lead to too often
        try {
            Files.walkFileTree(start, Set.of(FileVisitOption.FOLLOW_LINKS), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!mayHold.test(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Path real = real(dir);
                    if (real == null || !real.startsWith(root)) {
                        refuse(dir, real == null ? "cannot be opened" : OUTSIDE);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    boolean own = real.equals(linked.own(dir));
                    if (!own && linkedEntries.merge(real, 1, Integer::sum) > MAX_LINKS) {
                        tooOften.add(real);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    ownFolders.push(own);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isDirectory()) {
                        return FileVisitResult.CONTINUE; // a folder at the depth limit
                    }
                    if (!kept.test(file)) {
                        // a link that cannot be followed may stand for a folder of files that the glob keeps
                        if (attributes.isSymbolicLink() && ownFolders.size() < depth && mayHold.test(file)) {
                            String problem = unfollowed(file);
                            if (problem != null) {
                                refuse(file, problem);
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }
                    boolean link = Files.isSymbolicLink(file);
                    // no link on the way: the file's own path, with no need to resolve it
                    if (!link && Boolean.TRUE.equals(ownFolders.peek())) {
                        if (attributes.isRegularFile() && inside) {
                            plain.add(file);
                        }
                        ownFiles.add(file);
                        return FileVisitResult.CONTINUE;
                    }
                    // a file inside the repository is one file whatever path leads to it; anything else is itself
                    Path real = real(file, link);
                    Path key = real != null && real.startsWith(root) ? real : real(file, false);
                    linked.add(key == null ? file : key, file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        if (loopsHide && mayHold.test(file)) {
                            refuse(file, LOOP);
                        }
                    } else if (!(e instanceof NoSuchFileException) && mayHold.test(file)) {
                        refuse(file, UNLISTED);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException e) {
                    ownFolders.pop();
                    if (e != null) {
                        refuse(dir, UNLISTED);
                    }
                    return FileVisitResult.CONTINUE;
                }

                /** Refuses {@code entry} once, however many links lead to it. */
                private void refuse(Path entry, String problem) {
                    Path located = real(entry, false);
                    refused.add(located == null ? entry : located, new Refused(entry, problem));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the visitor throws none
        }
        if (!tooOften.isEmpty()) {
            // which links the walk followed to such a folder depends on the order of the listings: refuse them all
            String name = root.relativize(tooOften.iterator().next()).toString().replace('\\', '/');
            return new Listing(
                    List.of(),
                    List.of(new Refused(
                            start,
                            LINKED_TOO_OFTEN + (name.isEmpty() ? "." : name) + "' through more than " + MAX_LINKS
                                    + " paths, more than soc2kit follows")));
        }
        if (linked.isEmpty()) {
            return new Listing(ownFiles, refused.values());
        }
        for (Path file : ownFiles) { // a path through links to one of them is an alias
            linked.add(linked.own(file), file);
        }
        return new Listing(linked.values(), refused.values());
    }

    /**
     * Why a walk cannot follow {@code link}, in words that complete "'path' ..."; null when it leads to no file, so
     * that no file can be left out.
     */
    private static @Nullable String unfollowed(Path link) {
        try {
            link.toRealPath();
            return UNFOLLOWED; // the walk could not follow it a moment ago
        } catch (NoSuchFileException e) {
            return null;
        } catch (AccessDeniedException e) {
            return UNLISTED;
        } catch (IOException e) {
            return UNFOLLOWED;
        }
    }

    /**
     * What a walk found, one value for each key (a real path): the one found under the key's own path, else under the
     * smallest path, so that the order of a folder's listing does not matter.
     */
    private static final class Named<T> {
        private final Path start;
        private final Path startReal;
        private final Function<T, Path> pathOf;
        private final Map<Path, T> byKey = new HashMap<>();

        Named(Path start, Path startReal, Function<T, Path> pathOf) {
            this.start = start;
            this.startReal = startReal;
            this.pathOf = pathOf;
        }

        /** The real path that {@code path} has when no link leads to it. */
        Path own(Path path) {
            return startReal.resolve(start.relativize(path));
        }

        void add(Path key, T value) {
            T named = byKey.get(key);
            if (named == null || better(pathOf.apply(value), pathOf.apply(named), key)) {
                byKey.put(key, value);
            }
        }

        private boolean better(Path path, Path than, Path key) {
            boolean own = key.equals(own(path));
            return own != key.equals(own(than)) ? own : path.compareTo(than) < 0;
        }

        boolean isEmpty() {
            return byKey.isEmpty();
        }

        List<T> values() {
            return List.copyOf(byKey.values());
        }
    }

    private @Nullable Path real(Path path) {
        return real(path, Files.isSymbolicLink(path));
    }

    /** {@link #realPath}, or null when it cannot be resolved. */
    private @Nullable Path real(Path path, boolean link) {
        try {
            return realPath(path, link);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The files that a path or glob relative to the repository names ({@code evidence/github/reviews/*.json}), sorted
     * by path, and the folders on the way that were not walked; nothing for a path outside the repository. A glob is
     * walked from its folder before the first wildcard, as deep as it reaches; links and special files are listed too,
     * for {@link #refusal} to say what they are.
     *
     * @throws IllegalArgumentException when {@link #globProblem} finds a problem with {@code pattern}, which callers
     *     ask first, to say where the pattern is
     */
    public Listing glob(String pattern) {
        if (!isGlob(pattern)) {
            Path file = repository.resolve(pattern).normalize();
            return file.startsWith(repository) && exists(file) ? new Listing(List.of(file), List.of()) : Listing.NONE;
        }
        List<String> segments = List.of(pattern.split("/", -1));
        int literal = 0;
        while (literal < segments.size() - 1 && !isGlob(segments.get(literal))) {
            literal++;
        }
        Path base = repository
                .resolve(String.join("/", segments.subList(0, literal)))
                .normalize();
        if (!base.startsWith(repository)) {
            return Listing.NONE;
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        int names = repository.getNameCount();
        boolean bounded = !pattern.contains("**");
        List<PathMatcher> heads = bounded ? heads(segments) : List.of();
        Listing walk = walk(
                base,
                bounded ? segments.size() - literal : Integer.MAX_VALUE,
                p -> p.getNameCount() > names && matcher.matches(p.subpath(names, p.getNameCount())),
                // below a folder whose path the pattern's first names do not match, no file matches
                dir -> {
                    int depth = dir.getNameCount() - names;
                    return depth < 1
                            || depth > heads.size()
                            || heads.get(depth - 1).matches(dir.subpath(names, names + depth));
                },
                bounded);
        // by repo-relative path, each computed once; two names that read the same (not valid UTF-8) by their bytes
        List<Map.Entry<String, Path>> sorted = new ArrayList<>(walk.files().size());
        for (Path file : walk.files()) {
            sorted.add(Map.entry(relative(file), file));
        }
        sorted.sort(Map.Entry.<String, Path>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        return new Listing(
                sorted.stream().map(Map.Entry::getValue).toList(),
                walk.refused().stream()
                        .sorted(Comparator.comparing(Refused::folder))
                        .toList());
    }

    /**
     * For a pattern without {@code **}, whose names each match one name of a path: for each of its folders' names, the
     * pattern of the path up to that folder; none when a name of the pattern is no pattern of its own (a group
     * '{a/b,c}' that holds a '/').
     */
    private static List<PathMatcher> heads(List<String> segments) {
        List<PathMatcher> heads = new ArrayList<>();
        try {
            for (int i = 1; i < segments.size(); i++) {
                heads.add(FileSystems.getDefault().getPathMatcher("glob:" + String.join("/", segments.subList(0, i))));
            }
        } catch (PatternSyntaxException e) {
            return List.of();
        }
        return heads;
    }

    /** The path of {@code file}, which lies in the repository, relative to it, with '/': its text after the repository's. */
    private String relative(Path file) {
        String relative = file.toString().substring(repositoryPrefix.length());
        return File.separatorChar == '/' ? relative : relative.replace(File.separatorChar, '/');
    }

    /**
     * What is wrong with {@code pattern} as a path or glob of files, in words that complete "'pattern' ..."; null when
     * {@link #glob} can read it.
     */
    public static @Nullable String globProblem(String pattern) {
        try {
            Path.of(pattern);
            if (isGlob(pattern)) {
                FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            }
            return null;
        } catch (PatternSyntaxException e) {
            return "is not a glob (" + e.getDescription().replace("'", "") + " at character " + (e.getIndex() + 1)
                    + ")";
        } catch (InvalidPathException e) {
            return "is not a path: " + e.getReason();
        }
    }

    /** Whether {@code text} holds a wildcard, or an escape that makes one part of a name. */
    private static boolean isGlob(String text) {
        return text.contains("*")
                || text.contains("?")
                || text.contains("[")
                || text.contains("{")
                || text.contains("\\");
    }

    /** Whether {@code path} names something (a file, folder, link or special file), without following a link. */
    public static boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** Whether {@code path} is a folder itself, not a link to one. */
    public static boolean isFolder(Path path) {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }
}
