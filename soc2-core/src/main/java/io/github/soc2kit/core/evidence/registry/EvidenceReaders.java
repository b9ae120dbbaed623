package io.github.soc2kit.core.evidence.registry;

import io.github.soc2kit.core.evidence.EvidenceReader;
import io.github.soc2kit.core.evidence.aws.AwsCredentialReportReader;
import io.github.soc2kit.core.evidence.format.CsvReader;
import io.github.soc2kit.core.evidence.format.JsonArrayReader;
import io.github.soc2kit.core.evidence.format.NdjsonReader;
import io.github.soc2kit.core.evidence.format.YamlArrayReader;
import io.github.soc2kit.core.evidence.github.GithubBranchProtectionReader;
import io.github.soc2kit.core.evidence.github.GithubPullsReader;
import io.github.soc2kit.core.evidence.github.GithubReviewsReader;
import io.github.soc2kit.core.evidence.hris.HrisCsvReader;
import io.github.soc2kit.core.evidence.okta.OktaFactorsReader;
import io.github.soc2kit.core.evidence.okta.OktaUsersReader;
import io.github.soc2kit.core.evidence.pagerduty.PagerdutyIncidentsReader;
import io.github.soc2kit.core.evidence.training.TrainingCsvReader;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@link EvidenceReader} of each format that evidence/sources.yaml may declare: the generic formats
 * {@code json}, {@code ndjson}, {@code csv} and {@code yaml}, whose key, timestamp and identity fields the source
 * names, and adapters for real exports, which know their defaults and add derived fields ({@code github-pulls},
 * {@code github-reviews}, {@code github-branch-protection}, {@code aws-credential-report}, {@code okta-users},
 * {@code okta-factors}, {@code hris-csv}, {@code pagerduty-incidents}, {@code training-csv}). Readers stream:
 * no file is ever held in memory whole.
 */
public final class EvidenceReaders {

    private static final Map<String, EvidenceReader> READERS = Map.ofEntries(
            Map.entry("json", new JsonArrayReader()),
            Map.entry("ndjson", new NdjsonReader()),
            Map.entry("csv", new CsvReader()),
            Map.entry("yaml", new YamlArrayReader()),
            Map.entry(GithubPullsReader.FORMAT, new GithubPullsReader()),
            Map.entry(GithubReviewsReader.FORMAT, new GithubReviewsReader()),
            Map.entry(GithubBranchProtectionReader.FORMAT, new GithubBranchProtectionReader()),
            Map.entry(AwsCredentialReportReader.FORMAT, new AwsCredentialReportReader()),
            Map.entry(OktaUsersReader.FORMAT, new OktaUsersReader()),
            Map.entry(OktaFactorsReader.FORMAT, new OktaFactorsReader()),
            Map.entry("hris-csv", new HrisCsvReader()),
            Map.entry(PagerdutyIncidentsReader.FORMAT, new PagerdutyIncidentsReader()),
            Map.entry("training-csv", new TrainingCsvReader()));

    private EvidenceReaders() {}

    /**
     * The reader of {@code format}, as written in sources.yaml. Readers are stateless and may be shared.
     *
     * @throws IllegalArgumentException for a format that is not in the sources schema
     */
    public static EvidenceReader forFormat(String format) {
        EvidenceReader reader = READERS.get(format);
        if (reader == null) {
            throw new IllegalArgumentException("unknown evidence format '" + format + "'; expected one of: "
                    + String.join(", ", new TreeSet<>(READERS.keySet())));
        }
        return reader;
    }
}
