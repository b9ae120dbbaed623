package io.github.soc2kit.core.evidence.okta;

import io.github.soc2kit.core.evidence.EvidenceException;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.RawRecord;
import io.github.soc2kit.core.evidence.format.TokenReader;
import io.github.soc2kit.core.evidence.format.TokenReader.Syntax;
import io.github.soc2kit.core.evidence.format.Values;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JsonToken;

/**
 * Streams Okta factor exports ({@code GET /api/v1/users/{id}/factors}) in either layout: a file per user named
 * {@code <user id>.json} holding that user's array, or one object whose keys are user ids and whose values are
 * the users' arrays. Every factor must have {@code id}, {@code factorType}, {@code status} and {@code created}, as
 * Okta writes them.
 */
public final class OktaFactorFiles {

    private static final String LAYOUT = "an array of factors, or an object of factor arrays keyed by user id";
    private static final String HINT =
            "save each user's factors as '<user id>.json', or all of them in one object keyed by user id";
    private static final List<String> FIELDS = List.of("id", "factorType", "status", "created");

    /** Receives each factor with the id of its user. */
    @FunctionalInterface
    public interface Sink {
        public void accept(String userId, RawRecord factor);
    }

    private OktaFactorFiles() {}

    public static void readFile(ReadContext context, Path file, Sink sink) {
        try (TokenReader in = TokenReader.open(context, file, Syntax.JSON)) {
            JsonToken first = in.first(LAYOUT);
            if (first == JsonToken.START_ARRAY) {
                String user = Values.baseName(in.path());
                in.records(0, factor -> checked(sink, user, factor));
            } else if (first == JsonToken.START_OBJECT) {
                int last = 0;
                while (in.next() == JsonToken.PROPERTY_NAME) {
                    String user = in.name();
                    in.next();
                    if (in.current() != JsonToken.START_ARRAY) {
                        throw new EvidenceException(
                                in.position(),
                                "the factors of user '" + user + "' are " + in.kind() + ", not an array",
                                HINT);
                    }
                    last = in.records(last, factor -> checked(sink, user, factor));
                }
            } else {
                throw new EvidenceException(
                        in.position(), "the document is " + in.kind() + ", expected " + LAYOUT, HINT);
            }
            in.finish();
        }
    }

    private static void checked(Sink sink, String userId, RawRecord factor) {
        factor.requireAll(OktaFactorsReader.FORMAT, FIELDS);
        sink.accept(userId, factor);
    }
}
