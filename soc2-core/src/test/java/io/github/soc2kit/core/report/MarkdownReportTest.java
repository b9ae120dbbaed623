package io.github.soc2kit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.ControlResults;
import io.github.soc2kit.core.assess.ControlStatus;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.evidence.ReadContext.FileDigest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The pull-request comment: escaped user text, capped and linked identifier lists, findings grouped by control file,
 * long parts folded.
 */
class MarkdownReportTest {

    @Test
    void title_names_organization_system_and_period() {
        assertThat(lines(SampleReports.northwind()).get(0))
                .isEqualTo("# soc2kit verify: Northwind Ledger — Ledger Platform, 2025-01-01 to 2025-12-31");
    }

    @Test
    void opinion_is_bold_with_the_disclaimer() {
        assertThat(lines(SampleReports.northwind()))
                .contains("**Projected opinion as of 2025-12-31: qualified risk** "
                        + "(this is an estimate from the evidence in the repository, not an auditor's opinion)");
    }

    @Test
    void control_row_shows_rates_as_percentages_with_one_decimal() {
        assertThat(lines(SampleReports.northwind()))
                .contains(
                        "| CHG-01 | Change approval | deviation | 412 | 61 | 9 | 14.8 % | 5.0 % |",
                        "| IR-04 | Tabletop exercise | not tested | 0 | 0 | 0 | — | 10.0 % |");
    }

    @Test
    void evidence_identifiers_are_capped_at_ten_and_link_to_their_page_when_the_export_gives_it() {
        assertThat(lines(SampleReports.northwind()))
                .contains(
                        "- deviations: [`#1007`](https://github.com/northwind/ledger/pull/1007), `#1014`, `#1021`,"
                                + " `#1028`, `#1035`, `#1042`, `#1049`, `#1056`, `#1063`, `#1070` and 2 more",
                        "- exceptions: [`#1003`](https://github.com/northwind/ledger/pull/1003), `#1101`");
    }

    @Test
    void a_part_longer_than_fifteen_lines_is_folded_under_a_count_and_a_shorter_one_is_not() {
        List<String> lines = lines(SampleReports.northwind());

        assertThat(lines)
                .containsSubsequence(
                        "## Findings",
                        "",
                        "2 errors, 1 warning, 1 note in 4 files.",
                        "",
                        "<details><summary>4 findings by file</summary>",
                        "",
                        "### `controls/CHG-01.yaml` (CHG-01)",
                        "  hint: export the roster from the HR system",
                        "",
                        "</details>",
                        "",
                        "## Evidence")
                .containsSubsequence(
                        "## Controls",
                        "",
                        "| control | title | status | population | deviations" + " | exceptions | rate | tolerable |")
                .containsOnlyOnce("<details><summary>4 findings by file</summary>");
    }

    @Test
    void a_long_controls_table_is_folded_under_the_count_of_each_status() {
        List<ControlResult> many = IntStream.rangeClosed(1, 14)
                .mapToObj(i -> ControlResults.finished(
                        "C-" + i,
                        "Control " + i,
                        "ana@tiny.example",
                        "low",
                        "manual",
                        SourcePosition.of("controls/C-" + i + ".yaml"),
                        0,
                        0,
                        0,
                        0.1,
                        ControlStatus.NOT_TESTED,
                        List.of(),
                        List.of(),
                        "tested by people"))
                .toList();

        assertThat(lines(SampleReports.of(List.of(), many)))
                .containsSubsequence(
                        "## Controls",
                        "",
                        "<details><summary>14 controls: 0 deviation, 0 exceptions noted, 14 not tested, 0 effective"
                                + "</summary>",
                        "",
                        "| control | title | status | population | deviations | exceptions | rate | tolerable |",
                        "| C-14 | Control 14 | not tested | 0 | 0 | 0 | — | 10.0 % |",
                        "",
                        "</details>");
    }

    @Test
    void findings_in_a_control_file_are_headed_by_the_control() {
        List<String> lines = lines(SampleReports.northwind());

        assertThat(lines)
                .containsSubsequence(
                        "### `controls/CHG-01.yaml` (CHG-01)",
                        "",
                        "- `controls/CHG-01.yaml:4` — error: owner 'mallory' is not a person in the roster (`person-unknown`)",
                        "  hint: add 'mallory' to the roster or name another owner");
        assertThat(lines)
                .contains(
                        "- `people/roster.csv` — error: the roster 'people/roster.csv' does not exist (`file-missing`)");
    }

    @Test
    void provenance_shows_the_days_an_export_covers_its_export_date_what_was_not_judged_and_short_sha256() {
        assertThat(lines(SampleReports.northwind()))
                .contains(
                        "| github-prs | 412 | `evidence/prs-2025.json` | 2025-01-03 – 2025-12-30<br>2 after the as-of date,"
                                + " not judged | `3f2a9c4e1b7d` |",
                        "| hris | 65 | `evidence/hris/leavers.csv`<br>`evidence/hris/roster.csv` | —<br>exported 2025-12-19,"
                                + " 12 days before the as-of date | `0f1e2d3c4b5a`<br>`a1b2c3d4e5f6` |");
    }

    @Test
    void a_source_of_many_files_lists_ten_and_leaves_the_rest_to_verify_json() {
        List<FileDigest> files = IntStream.rangeClosed(1, 12)
                .mapToObj(n -> new FileDigest("evidence/reviews/ledger-" + n + ".json", n + "f".repeat(63), 100))
                .toList();
        VerifyReport report = SampleReports.northwindWithSource("reviews", "github-reviews", files, 30);

        String row = lines(report).stream()
                .filter(line -> line.startsWith("| reviews |"))
                .findFirst()
                .orElseThrow();

        assertThat(row)
                .startsWith("| reviews | 30 | `evidence/reviews/ledger-1.json`<br>`evidence/reviews/ledger-2.json`<br>")
                .contains("`evidence/reviews/ledger-10.json`<br>and 2 more, in `verify.json` | — | ")
                .doesNotContain("ledger-11")
                .endsWith("<br>`10ffffffffff`<br>… |");
    }

    @Test
    void markup_in_user_text_is_escaped_everywhere() {
        List<String> lines = lines(SampleReports.hostile());

        assertThat(lines.get(0))
                .isEqualTo(
                        "# soc2kit verify: Acme \\<\"Q\\&A\"\\> \\| 'Ops' — Sys \\| \\<tem\\>, 2025-01-01 to 2025-06-30");
        assertThat(lines)
                .contains(
                        "- X-1: 1 of 3 \\<script\\>alert('x')\\</script\\> \\| \\& \"done\"",
                        "| X-1 | Reviews \\<b\\>\\&amp; \\| \"quoted\" \\`code\\` | deviation | 3 | 1 | 1 | 33.3 % | 0.0 % |",
                        "- deviations: ``a|b`c<d>&e``",
                        "- exceptions: `<exc>&`",
                        "### `controls/A&B <1>.yaml` (X-1, X-2)",
                        "- `controls/A&B <1>.yaml:2` — error: value '\\<x\\>' \\& \"y\" \\| z is \\*not\\* \\[allowed\\] (`schema`)",
                        "  hint: write '\\<y\\>' \\& 'z' instead",
                        "| src\\|1 | 3 | `evidence/a\\|b.csv` | \\<first\\> – — | `3f2a9c4e1b7d` |");
    }

    @Test
    void escape_keeps_a_value_from_mentioning_anyone_but_leaves_email_addresses_alone() {
        assertThat(MarkdownReport.escape("ping @octocat and @acme/security; mail ana@tiny.example"))
                .isEqualTo("ping @\u200boctocat and @\u200bacme/security; mail ana@tiny.example");
    }

    @Test
    void escape_neutralises_line_breaks_and_block_markers() {
        assertThat(MarkdownReport.escape("# title\nsecond")).isEqualTo("\\# title second");
        assertThat(MarkdownReport.escape("- item")).isEqualTo("\\- item");
        assertThat(MarkdownReport.escape("12. step")).isEqualTo("12\\. step");
        assertThat(MarkdownReport.escape("~strike~ _em_")).isEqualTo("\\~strike\\~ \\_em\\_");
    }

    @Test
    void code_span_fence_is_longer_than_any_backtick_run_inside() {
        assertThat(MarkdownReport.code("plain")).isEqualTo("`plain`");
        assertThat(MarkdownReport.code("a`b``c")).isEqualTo("```a`b``c```");
        assertThat(MarkdownReport.code("`edge")).isEqualTo("`` `edge ``");
    }

    private static List<String> lines(io.github.soc2kit.core.assess.VerifyReport report) {
        return MarkdownReport.render(report).lines().toList();
    }
}
