package io.github.soc2kit.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.EvidenceVerifier;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.api.VerifyRequest;
import io.github.soc2kit.core.api.VerifyResult;
import io.github.soc2kit.core.api.VerifyResults;
import io.github.soc2kit.core.diag.InvalidConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default as-of date is today on the caller's clock in the company time zone, never after the period's end. */
class AsOfTest {

    @TempDir
    Path temp;

    private String asOf(Clock clock, LocalDate requested) throws IOException {
        Path repo = Fixtures.repository(temp.resolve("repo"));
        new EvidenceVerifier(clock)
                .verify(new VerifyRequest(
                        repo, repo.resolve("target"), temp.resolve("out"), requested, Soc2Listener.NONE));
        return Files.readString(temp.resolve("out/TEST-soc2.xml"))
                .replaceAll("(?s).*<property name=\"soc2.asOf\" value=\"([^\"]*)\"/>.*", "$1");
    }

    @Test
    void today_is_the_day_of_the_company_time_zone_on_the_callers_clock() throws IOException {
        // 23:30 UTC on 15 March is already 16 March in Berlin, the base repository's time zone
        Clock clock = Clock.fixed(Instant.parse("2026-03-15T23:30:00Z"), ZoneOffset.UTC);
        assertThat(asOf(clock, null)).isEqualTo("2026-03-16");
    }

    @Test
    void a_day_after_the_period_is_the_period_end_and_a_requested_day_wins_over_the_clock() throws IOException {
        Clock later = Clock.fixed(Instant.parse("2027-02-01T12:00:00Z"), ZoneOffset.UTC);
        assertThat(asOf(later, null)).isEqualTo("2026-06-30");
        assertThat(asOf(later, LocalDate.parse("2026-05-01"))).isEqualTo("2026-05-01");
    }

    @Test
    void an_export_that_stops_the_day_before_the_as_of_date_leaves_that_day_untested() throws IOException {
        Path repo = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("rules/evidence-stale"));
        Path sources = repo.resolve("evidence/sources.yaml");
        Files.writeString(
                sources,
                Files.readString(sources)
                        .replace("    join: github-reviews\n", "    join: github-reviews\n    stale_after_days: 0\n"));

        VerifyResult result = new EvidenceVerifier()
                .verify(new VerifyRequest(
                        repo,
                        repo.resolve("target"),
                        temp.resolve("out"),
                        LocalDate.parse("2026-05-21"),
                        Soc2Listener.NONE));

        assertThat(VerifyResults.messages(result, "evidence-stale"))
                .containsExactly("CHG-01 reads 'github-pulls', which has no record after 2026-05-20: the as-of date"
                        + " 2026-05-21 was not tested");
    }

    @Test
    void an_as_of_date_that_is_no_real_day_is_refused_with_what_to_write() {
        assertThat(VerifyRequest.asOf(" ")).isNull();
        assertThat(VerifyRequest.asOf("2026-06-30")).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThatThrownBy(() -> VerifyRequest.asOf("2026-06-31"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("'2026-06-31' is not a date: write the day to judge as of as YYYY-MM-DD, for example"
                        + " 2026-06-30, or leave it out for today");
    }
}
