package io.github.soc2kit.core.evidence.github;

import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.EvidenceException;
import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.RawRecord;
import io.github.soc2kit.core.evidence.format.RecordMapper;
import io.github.soc2kit.core.evidence.format.TokenReader;
import io.github.soc2kit.core.evidence.format.TokenReader.Syntax;
import io.github.soc2kit.core.evidence.format.Values;
import io.github.soc2kit.core.model.EvidenceSource;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonToken;

/**
 * Format {@code github-branch-protection}: each file is one response of
 * {@code GET /repos/{owner}/{repo}/branches/{branch}/protection}, read as one record keyed by the file name. Derived
 * {@code protected} (false for the 404 body {@code "Branch not protected"}) and {@code branch} (from {@code url},
 * which every protection object has; another body, such as {@code "Not Found"}, is not one).
 */
public final class GithubBranchProtectionReader implements EvidenceReader {

    public static final String FORMAT = "github-branch-protection";

    private static final String NOT_PROTECTED = "Branch not protected";
    private static final Pattern BRANCH = Pattern.compile(".*/repos/[^/]+/[^/]+/branches/(.+)/protection");

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper = new RecordMapper(
                source, record -> Values.baseName(record.file()), RecordMapper.NONE, RecordMapper.NONE);
        for (Path file : context.files(source)) {
            try (TokenReader in = TokenReader.open(context, file, Syntax.JSON)) {
                in.first("a branch protection object");
                SourcePosition at = in.position();
                if (in.current() != JsonToken.START_OBJECT) {
                    throw new EvidenceException(
                            at,
                            "the document is " + in.kind() + ", expected one branch protection object",
                            "save each response of GET /repos/{owner}/{repo}/branches/{branch}/protection in a file of its own");
                }
                RawRecord protection = new RawRecord(in.path(), 1, at, in.record(1));
                in.finish();
                boolean isProtected = !NOT_PROTECTED.equals(protection.text("message"));
                protection.derive("protected", isProtected);
                if (isProtected) {
                    protection.requireAll(FORMAT, List.of("url"));
                }
                String url = protection.text("url");
                Matcher branch = url == null ? null : BRANCH.matcher(url);
                if (branch != null && branch.matches()) {
                    protection.derive("branch", branch.group(1));
                }
                sink.accept(mapper.map(protection));
            }
        }
    }

    @Override
    public Keys keys() {
        return Keys.UNIQUE_IN_FILE;
    }
}
