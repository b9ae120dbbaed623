package io.github.soc2kit.core.evidence.github;

import static io.github.soc2kit.core.evidence.format.RecordMapper.field;

import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.JsonRecords;
import io.github.soc2kit.core.evidence.format.RawRecord;
import io.github.soc2kit.core.evidence.format.RecordMapper;
import io.github.soc2kit.core.evidence.format.TokenReader.Syntax;
import io.github.soc2kit.core.model.EvidenceSource;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Format {@code github-reviews}: each file is the review list of one pull request
 * ({@code GET /repos/{owner}/{repo}/pulls/{number}/reviews}); one record per review. Key {@code id}, timestamp
 * {@code submitted_at}, identity {@code user.login}; derived {@code pull_number} from {@code pull_request_url}.
 */
public final class GithubReviewsReader implements EvidenceReader {

    public static final String FORMAT = "github-reviews";

    private static final List<String> FIELDS = List.of("id", "state", "user.login", "commit_id", "pull_request_url");
    private static final List<String> SUBMITTED = List.of("submitted_at");
    private static final List<String> READS =
            Stream.concat(FIELDS.stream(), SUBMITTED.stream()).toList();

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper = new RecordMapper(source, field("id"), field("submitted_at"), field("user.login"));
        ReviewJoin.Keeper kept = new ReviewJoin.Keeper(context, context.keeping(source));
        JsonRecords.read(
                context,
                source,
                Syntax.JSON,
                "",
                review -> {
                    requireFields(review);
                    kept.see(review);
                    review.derive("pull_number", pullNumber(review.text("pull_request_url")));
                    sink.accept(mapper.map(review));
                },
                kept::read);
    }

    /**
     * Checks that a review has the fields this adapter and {@link ReviewJoin} read, which GitHub writes in every
     * review: {@code id}, {@code state}, {@code user.login} (the user may be null), {@code commit_id},
     * {@code pull_request_url}, and {@code submitted_at} except in a pending one.
     */
    static void requireFields(RawRecord review) {
        review.requireAll(FORMAT, FIELDS);
        if (!"PENDING".equals(review.text("state"))) {
            review.requireAll(FORMAT, SUBMITTED);
        }
    }

    /** The last path segment of {@code https://api.github.com/repos/acme/billing-api/pulls/1842}, or null. */
    public static @Nullable Long pullNumber(@Nullable String url) {
        if (url == null) {
            return null;
        }
        String last = url.substring(url.lastIndexOf('/') + 1);
        return !last.isEmpty() && last.length() < 19 && last.chars().allMatch(Character::isDigit)
                ? Long.valueOf(last)
                : null;
    }

    @Override
    public boolean keepsForJoins() {
        return true;
    }

    @Override
    public List<String> reads() {
        return READS;
    }

    @Override
    public Keys keys() {
        return Keys.UNIQUE;
    }
}
