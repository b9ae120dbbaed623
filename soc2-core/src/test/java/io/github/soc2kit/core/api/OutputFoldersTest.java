package io.github.soc2kit.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.diag.InvalidConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * soc2kit writes inside the policy repository only in its build directory, links resolved: a link planted in the
 * repository cannot send reports or the site elsewhere, and the site cannot replace the repository's own files.
 */
class OutputFoldersTest {

    @TempDir
    Path temp;

    private Path repository() throws IOException {
        return Files.createDirectories(temp.resolve("repo"));
    }

    private Path outside() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "kept\n");
        return outside;
    }

    private static String linkedOut(String what, Path folder, Path build) {
        return "the " + what + " " + folder
                + " is, or lies under, a symbolic link that leads out of the build directory " + build
                + "; delete the link or choose another folder";
    }

    @Test
    void refuses_a_reports_folder_that_is_a_link_out_of_the_build_directory() throws IOException {
        Path repository = repository();
        Path build = Files.createDirectories(repository.resolve("target"));
        Files.createSymbolicLink(build.resolve("soc2"), outside());
        assertThatThrownBy(() -> new OutputFolders(repository, build).reports(build.resolve("soc2")))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.option()).isEqualTo("outputDirectory");
                    assertThat(e.getMessage()).isEqualTo(linkedOut("reports folder", build.resolve("soc2"), build));
                });
    }

    @Test
    void refuses_a_folder_under_a_link_out_even_when_the_build_directory_is_the_link() throws IOException {
        Path repository = repository();
        Path build = repository.resolve("target");
        Files.createSymbolicLink(build, outside());
        assertThatThrownBy(() -> new OutputFolders(repository, build).site(build.resolve("soc2-site/pages")))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.option()).isEqualTo("siteDirectory");
                    assertThat(e.getMessage())
                            .isEqualTo(linkedOut("site folder", build.resolve("soc2-site/pages"), build));
                });
    }

    @Test
    void refuses_a_dangling_link_whose_target_could_be_created_anywhere() throws IOException {
        Path repository = repository();
        Path build = Files.createDirectories(repository.resolve("target"));
        Files.createSymbolicLink(build.resolve("soc2"), temp.resolve("not-yet"));
        assertThatThrownBy(() -> new OutputFolders(repository, build).reports(build.resolve("soc2")))
                .hasMessage(linkedOut("reports folder", build.resolve("soc2"), build));
    }

    @Test
    void accepts_a_link_that_stays_in_the_build_directory_and_folders_not_made_yet() throws IOException {
        Path repository = repository();
        Path build = Files.createDirectories(repository.resolve("target"));
        Files.createSymbolicLink(build.resolve("soc2"), Files.createDirectories(build.resolve("reports")));
        OutputFolders folders = new OutputFolders(repository, build);
        assertThat(folders.reports(build.resolve("soc2"))).isEqualTo(build.resolve("soc2"));
        assertThat(folders.site(build.resolve("soc2-site/new"))).isEqualTo(build.resolve("soc2-site/new"));
    }

    @Test
    void refuses_a_site_folder_among_the_policy_sources() throws IOException {
        Path repository = repository();
        Path build = repository.resolve("target");
        Path policies = Files.createDirectories(repository.resolve("policies"));
        assertThatThrownBy(() -> new OutputFolders(repository, build).site(policies))
                .isInstanceOfSatisfying(
                        InvalidConfigurationException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo("the site folder " + policies + " lies inside the policy repository, outside"
                                        + " its build directory " + build + ", and would overwrite the repository's"
                                        + " files; choose a folder under " + build));
        assertThatThrownBy(() -> new OutputFolders(repository, build).reports(repository.resolve("docs/reports")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("the reports folder " + repository.resolve("docs/reports") + " lies inside");
    }

    @Test
    void takes_a_folder_outside_the_repository_as_the_build_configures_it() throws IOException {
        Path repository = repository();
        Path elsewhere = temp.resolve("published/site");
        assertThat(new OutputFolders(repository, repository.resolve("target")).site(elsewhere))
                .isEqualTo(elsewhere);
    }

    @Test
    void a_refused_reports_folder_gets_nothing_written_through_it() throws IOException {
        Path repository = Fixtures.repository(temp.resolve("repo"));
        Path build = Files.createDirectories(repository.resolve("target"));
        Path outside = outside();
        Files.createSymbolicLink(build.resolve("soc2"), outside);
        ValidateRequest request = new ValidateRequest(repository, build, build.resolve("soc2"), Soc2Listener.NONE);
        assertThatThrownBy(() -> new PolicyValidator().validate(request))
                .isInstanceOf(InvalidConfigurationException.class);
        try (var files = Files.list(outside)) {
            assertThat(files).containsExactly(outside.resolve("keep.txt"));
        }
    }

    @Test
    void a_refused_site_folder_is_not_replaced() throws IOException {
        Path repository = Fixtures.repository(temp.resolve("repo"));
        Path outside = outside();
        Files.createDirectories(outside.resolve("soc2-site"));
        Files.writeString(outside.resolve("soc2-site/keep.txt"), "kept\n");
        Path build = repository.resolve("target");
        Files.createSymbolicLink(build, outside);
        RenderRequest request = new RenderRequest(
                repository,
                build,
                build.resolve("soc2-site"),
                build.resolve("soc2-site-internal"),
                null,
                Fixtures.AFTER_PERIOD,
                Soc2Listener.NONE);
        assertThatThrownBy(() -> new PolicyRenderer().render(request))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage(linkedOut("site folder", build.resolve("soc2-site"), build));
        assertThat(outside.resolve("soc2-site/keep.txt")).hasContent("kept");
    }
}
