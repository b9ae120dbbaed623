package io.github.soc2kit.core.evidence.github;

import static io.github.soc2kit.core.evidence.format.RecordMapper.field;

import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.JsonRecords;
import io.github.soc2kit.core.evidence.format.RawRecord;
import io.github.soc2kit.core.evidence.format.ReadAhead;
import io.github.soc2kit.core.evidence.format.RecordMapper;
import io.github.soc2kit.core.evidence.format.Shapes;
import io.github.soc2kit.core.evidence.format.Sources;
import io.github.soc2kit.core.evidence.format.TokenReader.Syntax;
import io.github.soc2kit.core.model.EvidenceSource;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Format {@code github-pulls}: the array of "Pull Request Simple" objects of
 * {@code GET /repos/{owner}/{repo}/pulls}. Key {@code owner/repo#number} as GitHub writes a reference across
 * repositories (the pull requests of several repositories share one number space only within each), or the bare
 * {@code number} when the export has no {@code base.repo.full_name}; timestamp {@code merged_at}, identity
 * {@code user.login}; derived {@code author}, {@code merged} and {@code repository}, and with a join to a
 * {@code github-reviews} source {@code independent_approvals}, {@code approvers} and {@code stale_approvals}
 * (see {@link ReviewJoin}). Every pull request must have {@code number}, {@code user.login} (the user may be null),
 * {@code merged_at} and {@code head.sha}, as GitHub writes them.
 */
public final class GithubPullsReader implements EvidenceReader {

    public static final String FORMAT = "github-pulls";

    private static final List<String> FIELDS = List.of("number", "user.login", "merged_at", "head.sha");
    private static final List<String> READS = Stream.concat(
                    FIELDS.stream(), Stream.of("base.repo.full_name", "base.repo.name"))
            .toList();

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper.Default key = pull -> {
            String repository = pull.text("base.repo.full_name");
            return repository == null ? pull.text("number") : repository + "#" + pull.text("number");
        };
        RecordMapper mapper = new RecordMapper(source, key, field("merged_at"), field("user.login"));
        ReviewJoin reviews = Sources.joined(context, source, GithubReviewsReader.FORMAT)
                .map(joined -> new ReviewJoin(context, source, joined))
                .orElse(null);
        Consumer<RawRecord> complete = pull -> {
            pull.requireAll(FORMAT, FIELDS);
            pull.derive("author", pull.text("user.login"));
            pull.derive("merged", pull.text("merged_at") != null);
            pull.derive("repository", pull.text("base.repo.full_name"));
            if (reviews != null) {
                reviews.addTo(pull);
            }
            sink.accept(mapper.map(pull));
        };
        if (reviews == null) {
            JsonRecords.read(context, source, Syntax.JSON, "", complete);
            return;
        }
        // a pull request's reviews are read from its own file: while they are, the next pull requests are parsed,
        // within one file, so that an error leaves the files after it unopened, and out of the report, as before
        for (Path file : context.files(source)) {
            ReadAhead.read(
                    "the pull requests of '" + context.relative(file) + "'",
                    pulls -> JsonRecords.readFile(context, file, source, Syntax.JSON, "", new Shapes(), pulls),
                    complete);
        }
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
