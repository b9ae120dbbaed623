package io.github.soc2kit.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.api.PolicyRenderer;
import io.github.soc2kit.core.api.RenderRequest;
import io.github.soc2kit.core.api.RenderResult;
import io.github.soc2kit.core.api.Soc2Listener;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.InvalidConfigurationException;
import io.github.soc2kit.core.diag.PolicyLoadException;
import io.github.soc2kit.core.diag.TemplateRenderException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyRendererTest {

    @TempDir
    Path temp;

    private Path repository() {
        return RenderFixtures.repository(temp.resolve("repo"));
    }

    private static String text(Map<String, byte[]> site, String path) {
        return new String(site.get(path), StandardCharsets.UTF_8);
    }

    @Test
    void rendering_twice_gives_identical_bytes_including_calendar_and_pdf() {
        Path repository = repository();
        RenderFixtures.render(repository, temp.resolve("one"), RenderFixtures.report());
        RenderFixtures.render(repository, temp.resolve("two"), RenderFixtures.report());
        Map<String, byte[]> one = RenderFixtures.read(temp.resolve("one"));
        Map<String, byte[]> two = RenderFixtures.read(temp.resolve("two"));
        one.putAll(prefixed(RenderFixtures.read(RenderFixtures.internal(temp.resolve("one")))));
        two.putAll(prefixed(RenderFixtures.read(RenderFixtures.internal(temp.resolve("two")))));
        assertThat(one)
                .containsKeys(
                        "policies.pdf",
                        "calendar.ics",
                        "internal/calendar.ics",
                        "internal/findings.html",
                        "internal/remediation/CHG-01.html");
        assertThat(two.keySet()).containsExactlyElementsOf(one.keySet());
        one.forEach((path, bytes) -> assertThat(two.get(path)).as(path).isEqualTo(bytes));
    }

    private static Map<String, byte[]> prefixed(Map<String, byte[]> site) {
        Map<String, byte[]> files = new TreeMap<>();
        site.forEach((path, bytes) -> files.put("internal/" + path, bytes));
        return files;
    }

    @Test
    void script_in_policy_text_renders_as_text() throws IOException {
        Path repository = repository();
        Path policy = repository.resolve("policies/access-control.yaml");
        Files.writeString(
                policy,
                Files.readString(policy)
                        .replace(
                                "    text: Access is revoked within",
                                "    text: |\n      <script>alert('x')</script>\n\n"
                                        + "      Note <b onclick=\"x()\">[click](javascript:alert)</b> ${site} <#assign x = 1> Access is revoked within"));
        RenderFixtures.render(repository, temp.resolve("site"), null);
        String page = text(RenderFixtures.read(temp.resolve("site")), "policies/access-control.html");
        assertThat(page)
                .contains("<p>&lt;script&gt;alert('x')&lt;/script&gt;</p>\n"
                        + "<p>Note &lt;b onclick=&quot;x()&quot;&gt;<a rel=\"nofollow\" href=\"\">click</a>&lt;/b&gt; ${site} "
                        + "&lt;#assign x = 1&gt; Access is revoked within 1 day of termination.</p>")
                .doesNotContain("<script>");
    }

    @Test
    void a_long_value_repeated_past_the_text_limit_fails_at_its_section_before_the_text_is_built() throws IOException {
        Path repository = repository();
        Path policy = repository.resolve("policies/access-control.yaml");
        Files.writeString(
                policy,
                Files.readString(policy)
                        .replace(
                                "  review_cadence: quarterly\n",
                                "  review_cadence: quarterly\n  filler: " + "x".repeat(1 << 20) + "\n")
                        .replace(
                                "    text: |\n      Access is reviewed",
                                "    text: |\n      " + "{{filler}}".repeat(100_000) + "\n      Access is reviewed"));
        assertThatThrownBy(() -> RenderFixtures.render(repository, temp.resolve("site"), null))
                .isInstanceOfSatisfying(PolicyLoadException.class, e -> {
                    assertThat(e.at()).hasToString("policies/access-control.yaml:20:11");
                    assertThat(e.getMessage())
                            .isEqualTo("policy 'access-control' would have more than the limit of 8,388,608 characters"
                                    + " of text once its parameter values are substituted; use shorter values or fewer"
                                    + " placeholders");
                });
        assertThat(temp.resolve("site")).doesNotExist();
    }

    @Test
    void override_template_in_the_repository_wins_over_the_bundled_one() throws IOException {
        Path repository = repository();
        Files.createDirectories(repository.resolve("templates"));
        Files.writeString(repository.resolve("templates/index.ftl"), "<p>Our own index for ${site.organization}</p>\n");
        RenderFixtures.render(repository, temp.resolve("site"), null);
        Map<String, byte[]> site = RenderFixtures.read(temp.resolve("site"));
        assertThat(text(site, "index.html")).isEqualTo("<p>Our own index for Tiny Co</p>\n");
        assertThat(text(site, "matrix.html")).contains("<h1>Controls matrix</h1>");
    }

    @Test
    void user_template_using_new_fails_with_template_line_and_column_and_keeps_the_previous_site() throws IOException {
        Path repository = repository();
        RenderFixtures.render(repository, temp.resolve("site"), null);
        Map<String, byte[]> before = RenderFixtures.read(temp.resolve("site"));
        Files.createDirectories(repository.resolve("templates"));
        Files.writeString(
                repository.resolve("templates/matrix.ftl"),
                "<h1>Matrix</h1>\n<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}\n");
        assertThatThrownBy(() -> RenderFixtures.render(repository, temp.resolve("site"), null))
                .isInstanceOfSatisfying(TemplateRenderException.class, e -> {
                    assertThat(e.template()).isEqualTo("templates/matrix.ftl");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(1);
                    assertThat(e.getMessage())
                            .startsWith("templates/matrix.ftl:2:1: ")
                            .contains(
                                    "Instantiating freemarker.template.utility.Execute is not allowed in the template for security reasons");
                });
        Map<String, byte[]> after = RenderFixtures.read(temp.resolve("site"));
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        try (var siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("repo", "site");
        }
    }

    @Test
    void a_template_override_linked_out_of_the_repository_is_refused_unread() throws IOException {
        Path repository = repository();
        Path secret = Files.writeString(temp.resolve("secret.ftl"), "TOKEN=do-not-leak ${site}\n");
        Files.createDirectories(repository.resolve("templates"));
        Files.createSymbolicLink(repository.resolve("templates/index.ftl"), secret);
        assertThatThrownBy(() -> RenderFixtures.render(repository, temp.resolve("site"), null))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessage(
                        "templates/index.ftl: is a link that leads outside the repository; soc2kit did not read it");
        assertThat(temp.resolve("site")).doesNotExist();
    }

    @Test
    void api_builtin_is_disabled_for_user_templates() throws IOException {
        Path repository = repository();
        Files.createDirectories(repository.resolve("templates"));
        Files.writeString(repository.resolve("templates/index.ftl"), "${site?api.getClass()}\n");
        assertThatThrownBy(() -> RenderFixtures.render(repository, temp.resolve("site"), null))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessageStartingWith("templates/index.ftl:1:3: ")
                .hasMessageContaining("?api");
    }

    @Test
    void validation_errors_render_nothing_and_return_the_findings() throws IOException {
        Path repository = repository();
        Path control = repository.resolve("controls/IAM-02.yaml");
        Files.writeString(
                control, Files.readString(control).replace("owner: ana@tiny.example", "owner: nobody@tiny.example"));
        RenderResult result = RenderFixtures.render(repository, temp.resolve("site"), null);
        assertThat(result.files()).isEmpty();
        assertThat(result.report().findings())
                .extracting(Finding::format)
                .containsExactly(
                        "controls/IAM-02.yaml:4:8: error: owner 'nobody@tiny.example' of control 'IAM-02' is not a person in the roster [person-unknown]");
        assertThat(temp.resolve("site")).doesNotExist();
    }

    @Test
    void refuses_a_site_folder_that_would_delete_the_verify_reports() throws IOException {
        Path repository = repository();
        Path reports = temp.resolve("target/soc2");
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("verify.json"), "{}\n");
        RenderRequest request = new RenderRequest(
                repository,
                repository.resolve("target"),
                reports,
                temp.resolve("internal"),
                null,
                Fixtures.AFTER_PERIOD,
                Soc2Listener.NONE);
        assertThatThrownBy(() -> new PolicyRenderer().renderWithFindings(request, reports))
                .isInstanceOfSatisfying(
                        InvalidConfigurationException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo("the site folder "
                                        + reports.toAbsolutePath().normalize() + " holds the reports of"
                                        + " soc2:verify and would delete them; give the site a folder of its own, for example"
                                        + " target/soc2-site"));
        RenderRequest above = new RenderRequest(
                repository,
                repository.resolve("target"),
                temp.resolve("target"),
                temp.resolve("internal"),
                null,
                Fixtures.AFTER_PERIOD,
                Soc2Listener.NONE);
        assertThatThrownBy(() -> new PolicyRenderer().renderWithFindings(above, reports))
                .isInstanceOf(InvalidConfigurationException.class);
        assertThat(reports.resolve("verify.json")).hasContent("{}");
    }

    @Test
    void refuses_a_site_folder_that_holds_the_repository() {
        Path repository = repository();
        assertThatThrownBy(() -> RenderFixtures.render(repository, temp, null))
                .isInstanceOfSatisfying(
                        InvalidConfigurationException.class,
                        e -> assertThat(e.option()).isEqualTo("siteDirectory"));
        assertThat(repository.resolve("soc2.yaml")).exists();
    }

    @Test
    void result_lists_every_file_written_in_path_order() {
        RenderResult result = RenderFixtures.render(repository(), temp.resolve("site"), null);
        assertThat(result.files())
                .extracting(p -> temp.resolve("site").relativize(p).toString().replace('\\', '/'))
                .containsExactly(
                        "calendar.html",
                        "calendar.ics",
                        "controls/CHG-01.html",
                        "controls/GOV-01.html",
                        "controls/IAM-01.html",
                        "controls/IAM-02.html",
                        "index.html",
                        "matrix.html",
                        "policies.html",
                        "policies.pdf",
                        "policies/access-control.html",
                        "policies/change-management.html",
                        "site.css",
                        "system-description.html");
    }
}
