package io.github.soc2kit.core.evidence.github;

import io.github.soc2kit.core.evidence.EvidenceException;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.JsonRecords;
import io.github.soc2kit.core.evidence.format.RawRecord;
import io.github.soc2kit.core.evidence.format.Shapes;
import io.github.soc2kit.core.evidence.format.TokenReader.Syntax;
import io.github.soc2kit.core.evidence.format.Values;
import io.github.soc2kit.core.model.EvidenceSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Joins the reviews of a {@code github-reviews} source to pull requests. Review files are found by name
 * ({@code <number>.json} or {@code <anything>-<number>.json}); the names are indexed once, and a pull request's
 * file is read only when that pull request is, unless the reviews source was read before and {@link Keeper kept} what
 * the join needs of it.
 *
 * <p>An approval counts when the reviewer is a user other than the author (logins compared ignoring case), it was
 * submitted no later than {@code merged_at} (any time for an unmerged pull request), and it is the reviewer's
 * state at that time: the latest of their APPROVED, CHANGES_REQUESTED and DISMISSED reviews submitted by then.
 * COMMENTED and PENDING reviews never change that state.
 */
public final class ReviewJoin {

    private static final Pattern FILE_NAME = Pattern.compile("(?:(.+)-)?(\\d{1,18})\\.json");
    private static final Set<String> DECISIVE = Set.of("APPROVED", "CHANGES_REQUESTED", "DISMISSED");
    private static final Comparator<String> LOGIN_ORDER = Comparator.comparing(
                    (String login) -> login.toLowerCase(Locale.ROOT))
            .thenComparing(Comparator.naturalOrder());

    private final ReadContext context;
    private final EvidenceSource pulls;
    private final EvidenceSource reviews;
    private final Map<Long, List<Path>> files = new HashMap<>();
    /** The review files' shapes: {@link #addTo} is called on one thread. */
    private final Shapes shapes = new Shapes();

    /** Joins the reviews of {@code reviews} to the pull requests of {@code pulls}. */
    public ReviewJoin(ReadContext context, EvidenceSource pulls, EvidenceSource reviews) {
        this.context = context;
        this.pulls = pulls;
        this.reviews = reviews;
        for (Path file : context.files(reviews)) {
            Matcher name = FILE_NAME.matcher(file.getFileName().toString());
            if (name.matches()) {
                files.computeIfAbsent(Long.valueOf(name.group(2)), n -> new ArrayList<>())
                        .add(file);
            }
        }
    }

    /** One reviewer's deciding review: an approval, or a request for changes or a dismissal, which undoes one. */
    private record Review(
            String login, boolean approved, @Nullable String commit, Instant submitted) {}

    /** Adds {@code independent_approvals}, {@code approvers} and {@code stale_approvals} to a pull request. */
    public void addTo(RawRecord pull) {
        Object number = pull.fields().get("number"); // the reader has required it
        if (!(number instanceof Long pullNumber)) {
            throw pull.error(
                    "has " + Values.kind(number) + " in 'number', expected a whole number",
                    "is this a '" + GithubPullsReader.FORMAT + "' export?");
        }
        Path file = reviewFile(pull, pullNumber);
        if (file == null && pull.text("merged_at") != null) { // an unmerged pull request changed nothing
            context.countUnjoined(pulls, () -> {
                String repository = pull.text("base.repo.full_name");
                return repository == null ? pullNumber.toString() : repository + "#" + pullNumber;
            });
        }
        List<Review> approvals = file == null ? List.of() : approvals(pull, file);
        pull.derive("independent_approvals", (long) approvals.size());
        pull.derive(
                "approvers",
                approvals.isEmpty()
                        ? List.of()
                        : approvals.stream()
                                .map(Review::login)
                                .sorted(LOGIN_ORDER)
                                .toList());
        pull.derive("stale_approvals", approvals.isEmpty() ? 0L : stale(approvals, pull.text("head.sha")));
    }

    /** How many of {@code approvals} approved another commit than {@code head}. */
    private static long stale(List<Review> approvals, @Nullable String head) {
        return approvals.stream()
                .filter(review -> !Objects.equals(review.commit(), head))
                .count();
    }

    private @Nullable Path reviewFile(RawRecord pull, long number) {
        List<Path> candidates = files.getOrDefault(number, List.of());
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        String repository = repositoryName(pull);
        String preferred = repository + "-" + number + ".json";
        for (Path candidate : candidates) {
            if (candidate.getFileName().toString().equals(preferred)) {
                return candidate;
            }
        }
        throw pull.error(
                "(pull request " + number + ") matches several review files: "
                        + Values.quoted(
                                candidates.stream().map(context::relative).toList()),
                "name each review file '<repository>-<number>.json' after the base repository of its pull request"
                        + (repository == null ? "" : ", here '" + preferred + "'"));
    }

    private static @Nullable String repositoryName(RawRecord pull) {
        String name = pull.text("base.repo.name");
        if (name != null) {
            return name;
        }
        String fullName = pull.text("base.repo.full_name");
        return fullName == null ? null : fullName.substring(fullName.indexOf('/') + 1);
    }

    private List<Review> approvals(RawRecord pull, Path file) {
        String author = pull.text("user.login");
        Instant mergedAt = pull.instant("merged_at");
        Map<String, Review> latest = new HashMap<>();
        for (Review review : decisions(file)) {
            if (mergedAt == null || !review.submitted().isAfter(mergedAt)) {
                latest.merge(
                        review.login().toLowerCase(Locale.ROOT),
                        review,
                        (earlier, later) -> later.submitted().isBefore(earlier.submitted()) ? earlier : later);
            }
        }
        return latest.values().stream()
                .filter(Review::approved)
                .filter(review -> author == null || !review.login().equalsIgnoreCase(author))
                .toList();
    }

    /** The deciding reviews of a file, in file order: as the source's own reading kept them, else read now. */
    private List<Review> decisions(Path file) {
        if (context.takeKept(file) instanceof Decisive kept) {
            return kept.reviews();
        }
        List<Review> decisions = new ArrayList<>();
        JsonRecords.readFile(context, file, reviews, Syntax.JSON, "", shapes, review -> {
            GithubReviewsReader.requireFields(review);
            context.countJoined(reviews);
            Review one = decision(review);
            if (one != null) {
                decisions.add(one);
            }
        });
        return decisions;
    }

    /** A review that decides its reviewer's state, or null for one that does not (COMMENTED, PENDING). */
    private static @Nullable Review decision(RawRecord review) {
        String state = review.text("state");
        String login = review.text("user.login");
        Instant submitted = review.instant("submitted_at");
        if (state == null || !DECISIVE.contains(state) || login == null || submitted == null) {
            return null;
        }
        return new Review(login, state.equals("APPROVED"), review.text("commit_id"), submitted);
    }

    /** The deciding reviews of one file, in file order, kept for the join. */
    private record Decisive(List<Review> reviews) {}

    /**
     * Keeps the deciding reviews of each file of a {@code github-reviews} source while the source is read, for the join
     * of a {@code github-pulls} source read after it ({@link ReadContext#keepForJoin}), so that each file is read once.
     * Used by the one thread that reads the source.
     */
    static final class Keeper {
        private final ReadContext context;
        private final boolean keeping;
        /** Each reviewer's login once, whatever the number of their reviews: what is kept is held until the join. */
        private final Map<String, String> logins = new HashMap<>();
        /** The deciding reviews of the file being read; null when one of its reviews is one the join rejects. */
        private @Nullable List<Review> file = new ArrayList<>();

        /** @param keeping whether to keep anything: else the keeper does nothing */
        Keeper(ReadContext context, boolean keeping) {
            this.context = context;
            this.keeping = keeping;
        }

        /** A review of the file being read, which has the fields {@link GithubReviewsReader#requireFields} checks. */
        void see(RawRecord review) {
            if (!keeping || file == null) {
                return;
            }
            Review one;
            try {
                one = decision(review);
            } catch (EvidenceException e) {
                file = null; // a time that is no time: the source's own reading leaves it to its checks, the join
                // reads the file itself and reports it
                return;
            }
            if (one != null) {
                file.add(shared(file, one));
            }
        }

        /**
         * The review with the login of the reviewer's earlier reviews and the commit of the review before it in
         * {@code reviews}, its file's (the head that several approved), where they are equal: one copy of each for
         * everything kept.
         */
        private Review shared(List<Review> reviews, Review review) {
            Review before = reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
            return new Review(
                    logins.computeIfAbsent(review.login(), login -> login),
                    review.approved(),
                    before != null && Objects.equals(before.commit(), review.commit())
                            ? before.commit()
                            : review.commit(),
                    review.submitted());
        }

        /** The file whose reviews were seen is read whole and without error. */
        void read(Path path) {
            if (!keeping) {
                return;
            }
            if (file != null && FILE_NAME.matcher(path.getFileName().toString()).matches()) { // a join may read it
                context.putKept(path, new Decisive(List.copyOf(file)));
            }
            file = new ArrayList<>();
        }
    }
}
