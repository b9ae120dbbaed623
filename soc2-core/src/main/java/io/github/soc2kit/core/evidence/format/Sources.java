package io.github.soc2kit.core.evidence.format;

import io.github.soc2kit.core.evidence.EvidenceException;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.model.EvidenceSource;
import java.util.Optional;

/** Hints that point at a source's declaration, and the lookup of a joined source. */
public final class Sources {

    private Sources() {}

    /** "fix 'records' of source 'x' in evidence/sources.yaml". */
    public static String fix(EvidenceSource source, String setting) {
        return "fix '" + setting + "' of source '" + source.id() + "' in "
                + source.origin().path();
    }

    /**
     * The source that {@code source} joins, when it declares a join.
     *
     * @throws EvidenceException when the joined source is not declared or has another format than {@code format}
     */
    public static Optional<EvidenceSource> joined(ReadContext context, EvidenceSource source, String format) {
        String id = source.join();
        if (id == null) {
            return Optional.empty();
        }
        EvidenceSource joined = context.source(id)
                .orElseThrow(() -> new EvidenceException(
                        source.origin().at("join"),
                        "source '" + source.id() + "' joins '" + id + "', which is not declared",
                        "declare a '" + format + "' source with id '" + id + "', or " + fix(source, "join")));
        if (!joined.format().equals(format)) {
            throw new EvidenceException(
                    source.origin().at("join"),
                    "source '" + source.id() + "' joins '" + id + "', a '" + joined.format() + "' source; expected a '"
                            + format + "' source",
                    "join a '" + format + "' source, or " + fix(source, "join"));
        }
        return Optional.of(joined);
    }
}
