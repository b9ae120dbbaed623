package io.github.soc2kit.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private static final Map<String, Object> PARAMETERS =
            Map.of("required_approvals", 2L, "mfa_required", true, "tolerable_rate", new BigDecimal("0.050"));

    @Test
    void parameters_are_substituted_before_markdown_so_they_work_inside_code_and_emphasis() {
        assertThat(Markdown.html(Markdown.substitute(
                        "MFA (`mfa_required: {{mfa_required}}`) and **{{ required_approvals }}** approvals",
                        PARAMETERS)))
                .isEqualTo("<p>MFA (<code>mfa_required: true</code>) and <strong>2</strong> approvals</p>\n");
    }

    @Test
    void decimals_print_as_written_and_unknown_placeholders_stay_as_text() {
        assertThat(Markdown.substitute("rate {{tolerable_rate}}, {{unknown}}", PARAMETERS))
                .isEqualTo("rate 0.050, {{unknown}}");
    }

    @Test
    void a_parameter_value_is_never_evaluated_as_template_code() {
        assertThat(Markdown.html(Markdown.substitute("{{p}}", Map.of("p", "${site.organization} <#list x as y>"))))
                .isEqualTo("<p>${site.organization} &lt;#list x as y&gt;</p>\n");
    }

    @Test
    void a_value_that_holds_a_placeholder_is_not_substituted_again() {
        assertThat(Markdown.substitute("{{a}} and {{b}}", Map.of("a", "{{b}}", "b", "{{a}}")))
                .isEqualTo("{{b}} and {{a}}");
    }

    @Test
    void links_keep_only_web_mail_and_relative_targets() {
        assertThat(Markdown.html("[a](https://example.com) [b](mailto:ana@tiny.example) [c](../policies/x.html)"))
                .isEqualTo(
                        "<p><a rel=\"nofollow\" href=\"https://example.com\">a</a> <a rel=\"nofollow\""
                                + " href=\"mailto:ana@tiny.example\">b</a> <a rel=\"nofollow\" href=\"../policies/x.html\">c</a></p>\n");
        assertThat(Markdown.html("[d](data:text/html;base64,PHNjcmlwdD4=) [j](javascript:alert(1))"
                        + " ![i](data:image/svg+xml;base64,PHN2Zz4=)"))
                .isEqualTo(
                        "<p><a rel=\"nofollow\" href=\"\">d</a> <a rel=\"nofollow\" href=\"\">j</a> <img src=\"\" alt=\"i\" /></p>\n");
    }
}
