package io.github.soc2kit.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.soc2kit.core.diag.TemplateRenderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template override cannot run away: it stops at a time, depth and output limit with an error that says where. */
class TemplatesTest {

    /** Far longer than any limit of these tests: a template still running then has not been stopped. */
    private static final Duration HANG = Duration.ofSeconds(60);

    @TempDir
    Path repository;

    private Templates templates(String index) throws IOException {
        Files.createDirectories(repository.resolve("templates"));
        Files.writeString(repository.resolve("templates/index.ftl"), index);
        return new Templates(repository, Duration.ofSeconds(1), 50, 1000, 2500);
    }

    private TemplateRenderException failure(Templates templates) {
        return assertTimeoutPreemptively(HANG, () -> {
            try {
                templates.render("index.ftl", Map.of());
            } catch (TemplateRenderException e) {
                return e;
            }
            throw new AssertionError("the template rendered");
        });
    }

    private static void assertNoWorkerLeft() {
        assertThat(Thread.getAllStackTraces().keySet())
                .extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("soc2kit template "));
    }

    @Test
    void an_endless_loop_with_an_empty_body_stops_at_the_time_limit_and_its_thread_ends() throws IOException {
        TemplateRenderException e = failure(templates("<h1>Index</h1>\n<#list 1.. as i></#list>\n"));
        assertThat(e.getMessage())
                .isEqualTo("templates/index.ftl:2:1: the site's templates ran longer than the limit of 1 s");
        assertNoWorkerLeft();
    }

    @Test
    void a_huge_nested_loop_stops_at_the_time_limit_at_its_line_and_its_thread_ends() throws IOException {
        TemplateRenderException e = failure(templates(
                "<h1>Index</h1>\n<#list 1..100000 as i><#list 1..100000 as j><#assign x = i * j></#list></#list>\n"));
        assertThat(e.template()).isEqualTo("templates/index.ftl");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).isEqualTo("the site's templates ran longer than the limit of 1 s");
        assertNoWorkerLeft();
    }

    @Test
    void a_loop_in_an_imported_template_stops_too() throws IOException {
        Templates templates = templates("<#import \"lib.ftl\" as lib><@lib.spin/>\n");
        Files.writeString(
                repository.resolve("templates/lib.ftl"), "<#macro spin>\n<#list 1.. as i></#list>\n</#macro>\n");
        assertThat(failure(templates).getMessage())
                .isEqualTo("templates/lib.ftl:2:1: the site's templates ran longer than the limit of 1 s");
        assertNoWorkerLeft();
    }

    @Test
    void endless_macro_recursion_stops_at_the_depth_limit_with_its_position() throws IOException {
        assertThat(failure(templates("<#macro m>\n<@m/>\n</#macro>\n<@m/>\n")).getMessage())
                .isEqualTo("templates/index.ftl:1:1: elements nest deeper than the limit of 50"
                        + " (a macro or function that calls itself without end?)");
    }

    @Test
    void endless_function_recursion_stops_at_the_depth_limit_even_inside_attempt() throws IOException {
        assertThat(failure(templates("<#function f n>\n<#return f(n + 1)>\n</#function>\n"
                                + "<#attempt>${f(0)}<#recover>recovered</#attempt>\n"))
                        .getMessage())
                .isEqualTo("templates/index.ftl:1:1: elements nest deeper than the limit of 50"
                        + " (a macro or function that calls itself without end?)");
    }

    @Test
    void an_expression_nested_past_the_stack_fails_as_too_deep_not_as_a_stack_overflow() throws IOException {
        String nested = "(".repeat(100_000) + "1" + ")".repeat(100_000);
        assertThat(failure(templates("${" + nested + "}\n")).getMessage())
                .isEqualTo("templates/index.ftl: nests deeper than the stack allows (an expression in hundreds of"
                        + " parentheses?)");
    }

    @Test
    void a_text_too_large_for_memory_fails_as_such_not_as_an_out_of_memory_error() throws IOException {
        assertThat(failure(templates("${'x'?left_pad(2147483647)}\n")).getMessage())
                .isEqualTo("templates/index.ftl:1:1: needs more memory than the build has (a text or list that keeps"
                        + " growing?)");
    }

    @Test
    void a_page_that_writes_without_end_stops_at_the_output_limit() throws IOException {
        assertThat(failure(templates("<h1>Index</h1>\n<#list 1.. as i>0123456789</#list>\n"))
                        .getMessage())
                .isEqualTo("templates/index.ftl:2:17: the page has more than the limit of 1,000 characters");
    }

    @Test
    void the_limits_leave_a_page_within_them_as_written() throws IOException {
        assertThat(templates("<#list 1..3 as i>${i}</#list>\n").render("index.ftl", Map.of()))
                .isEqualTo("123\n");
    }

    @Test
    void the_pages_of_a_site_stop_at_the_site_output_limit_naming_the_template_that_reaches_it() throws IOException {
        Templates templates = templates("<#list 1..90 as i>0123456789</#list>\n");
        templates.render("index.ftl", Map.of());
        templates.render("index.ftl", Map.of());
        assertThat(failure(templates).getMessage())
                .isEqualTo("templates/index.ftl:1:19: the site's pages have more than the limit of 2,500 characters"
                        + " in all");
    }

    @Test
    void a_builtin_over_a_huge_range_is_refused_before_it_runs_with_the_range_position() throws IOException {
        TemplateRenderException e = failure(templates("<h1>Index</h1>\n${(1..100000000)?join(\",\")}\n"));
        assertThat(e.getMessage())
                .isEqualTo("templates/index.ftl:2:4: a range outside <#list> must be written with numbers at most"
                        + " 10,000 apart, such as 1..12; '1..100000000' is not");
    }

    @Test
    void a_range_whose_end_is_computed_is_refused_outside_list_even_inside_attempt() throws IOException {
        assertThat(failure(templates(
                                "<#attempt><#assign n = 50000 * 2000>${(0..<n)?sort?size}<#recover>ok</#attempt>\n"))
                        .getMessage())
                .isEqualTo("templates/index.ftl:1:40: a range outside <#list> must be written with numbers at most"
                        + " 10,000 apart, such as 1..12; '0..<n' is not");
    }

    @Test
    void a_range_in_an_interpreted_template_is_refused_too() throws IOException {
        assertThat(failure(templates("<@\"${'$'}{(1..)?join(',')}\"?interpret />\n"))
                        .getMessage())
                .startsWith("templates/index.ftl->anonymous_interpreted:1:")
                .endsWith("a range outside <#list> must be written with numbers at most 10,000 apart, such as 1..12;"
                        + " '1..' is not");
    }

    @Test
    void a_small_written_range_a_range_that_slices_and_any_range_of_a_list_render() throws IOException {
        assertThat(templates(
                                "${(1..5)?join(\",\")} <#list (3..*2) as i>${i}</#list> <#assign n = 2>${\"abcdef\"[n..]}\n")
                        .render("index.ftl", Map.of()))
                .isEqualTo("1,2,3,4,5 34 cdef\n");
    }
}
