package io.github.soc2kit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.diff.SemanticDiff;
import io.github.soc2kit.core.diff.SemanticDiff.Preview.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pull-request comment shows evidence paths and messages as written, not as Markdown formatting. */
class DiffReportTest {

    @Test
    void a_preview_reason_with_markdown_characters_is_escaped_in_the_comment_and_plain_on_the_console() {
        SemanticDiff.Preview preview = new SemanticDiff.Preview(
                "CHG-01",
                new Side(
                        "the old test",
                        0,
                        0,
                        "no evidence: evidence source 'pulls' has no file matching 'evidence/*/<repo>.json'"),
                new Side("the new test", 4, 0.25, null));
        SemanticDiff.Summary summary = new SemanticDiff.Summary(
                "main", "0123456789abcdef", List.of(), List.of(preview), List.of(), "2026-06-30");

        assertThat(DiffReport.markdown(summary))
                .contains(
                        "- CHG-01: no evidence: evidence source 'pulls' has no file matching"
                                + " 'evidence/\\*/\\<repo\\>.json' under the old test (base), 25.0 % deviations under the new test (this change)");
        assertThat(DiffReport.console(summary))
                .contains(
                        "  drift preview CHG-01: no evidence: evidence source 'pulls' has no"
                                + " file matching 'evidence/*/<repo>.json' under the old test (base), 25.0 % deviations under the new test (this change)");
    }
}
