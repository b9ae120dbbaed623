package io.github.soc2kit.core.evidence.aws;

import static io.github.soc2kit.core.evidence.format.RecordMapper.field;

import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.EvidenceRecord;
import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.CsvRows;
import io.github.soc2kit.core.evidence.format.RawRecord;
import io.github.soc2kit.core.evidence.format.RecordMapper;
import io.github.soc2kit.core.model.EvidenceSource;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Format {@code aws-credential-report}: the CSV of {@code aws iam get-credential-report}, one record per IAM user.
 * {@code N/A}, {@code no_information}, {@code not_supported} and empty cells are null; the {@code *_active} and
 * {@code *_enabled} columns are Booleans. Key and identity {@code user}; derived {@code is_root} and
 * {@code oldest_active_key_rotated}.
 */
public final class AwsCredentialReportReader implements EvidenceReader {

    public static final String FORMAT = "aws-credential-report";

    /** The report's header, in AWS's order. */
    public static final List<String> COLUMNS = List.of(
            "user",
            "arn",
            "user_creation_time",
            "password_enabled",
            "password_last_used",
            "password_last_changed",
            "password_next_rotation",
            "mfa_active",
            "access_key_1_active",
            "access_key_1_last_rotated",
            "access_key_1_last_used_date",
            "access_key_1_last_used_region",
            "access_key_1_last_used_service",
            "access_key_2_active",
            "access_key_2_last_rotated",
            "access_key_2_last_used_date",
            "access_key_2_last_used_region",
            "access_key_2_last_used_service",
            "cert_1_active",
            "cert_1_last_rotated",
            "cert_2_active",
            "cert_2_last_rotated");

    private static final Set<String> NO_VALUE = Set.of("N/A", "no_information", "not_supported");
    private static final List<String> BOOLEANS = List.of(
            "password_enabled",
            "mfa_active",
            "access_key_1_active",
            "access_key_2_active",
            "cert_1_active",
            "cert_2_active");
    private static final String ROOT = "<root_account>";

    @Override
    public void read(EvidenceSource source, ReadContext context, Consumer<EvidenceRecord> sink) {
        RecordMapper mapper = new RecordMapper(source, field("user"), RecordMapper.NONE, field("user"));
        CsvRows.read(context, source, COLUMNS, user -> {
            user.fields().replaceAll((column, value) -> value != null && NO_VALUE.contains(value) ? null : value);
            BOOLEANS.forEach(column -> CsvRows.toBoolean(user, column));
            user.derive("is_root", ROOT.equals(user.fields().get("user")));
            user.derive("oldest_active_key_rotated", oldestActiveKeyRotated(user));
            EvidenceRecord record = mapper.map(user);
            if (ROOT.equals(user.fields().get("user"))) {
                // the root account is nobody's: it has no identity to attribute to a person
                record = new EvidenceRecord(record.key(), record.timestamp(), null, record.fields(), record.at());
            }
            sink.accept(record);
        });
    }

    /** The earlier {@code access_key_N_last_rotated} of the active keys, as written, or null. */
    private static @Nullable String oldestActiveKeyRotated(RawRecord user) {
        String oldest = null;
        Instant oldestAt = null;
        for (int key = 1; key <= 2; key++) {
            String rotated = "access_key_" + key + "_last_rotated";
            Instant at = Boolean.TRUE.equals(user.fields().get("access_key_" + key + "_active"))
                    ? user.instant(rotated)
                    : null;
            if (at != null && (oldestAt == null || at.isBefore(oldestAt))) {
                oldestAt = at;
                oldest = user.text(rotated);
            }
        }
        return oldest;
    }

    @Override
    public Keys keys() {
        return Keys.UNIQUE_IN_FILE;
    }

    @Override
    public boolean aboutPeople() {
        return true;
    }
}
