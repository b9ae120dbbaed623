package io.github.soc2kit.core.evidence.okta;

import static io.github.soc2kit.core.evidence.format.RecordMapper.field;

import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.JsonRecords;
import io.github.soc2kit.core.evidence.format.RecordMapper;
import io.github.soc2kit.core.evidence.format.Sources;
import io.github.soc2kit.core.evidence.format.TokenReader.Syntax;
import io.github.soc2kit.core.evidence.format.Values;
import io.github.soc2kit.core.model.EvidenceSource;
import java.util.List;
import java.util.function.Consumer;

/**
 * Format {@code okta-users}: the array of user objects of {@code GET /api/v1/users}. Key {@code profile.login},
 * timestamp {@code statusChanged}, identity the lower-cased {@code profile.email}; derived {@code email}, and with a
 * join to an {@code okta-factors} source {@code active_factors} and {@code factor_types} (see {@link FactorJoin}).
 * Every user must have {@code id}, {@code status}, {@code statusChanged}, {@code profile.login} and
 * {@code profile.email}, as Okta writes them.
 */
public final class OktaUsersReader implements EvidenceReader {

    public static final String FORMAT = "okta-users";

    private static final List<String> FIELDS =
            List.of("id", "status", "statusChanged", "profile.login", "profile.email");

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper = new RecordMapper(source, field("profile.login"), field("statusChanged"), field("email"));
        FactorJoin factors = Sources.joined(context, source, OktaFactorsReader.FORMAT)
                .map(joined -> new FactorJoin(context, source, joined))
                .orElse(null);
        JsonRecords.read(context, source, Syntax.JSON, "", user -> {
            user.requireAll(FORMAT, FIELDS);
            user.derive("email", Values.lower(user.text("profile.email")));
            if (factors != null) {
                factors.addTo(user);
            }
            sink.accept(mapper.map(user));
        });
    }

    @Override
    public List<String> reads() {
        return FIELDS;
    }

    @Override
    public boolean aboutPeople() {
        return true;
    }

    @Override
    public Keys keys() {
        return Keys.UNIQUE_IN_FILE;
    }
}
