package io.github.soc2kit.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.rules.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exceptions register kept as the company keeps it, one YAML file per exception in its own field names
 * ({@code repository}, {@code pull_request}, {@code approver}, {@code date}), mapped once in evidence/sources.yaml:
 * fixture {@code registers/mapped} over the base repository, whose own registers/exceptions.yaml is removed.
 */
class RegisterFilesTest {

    @TempDir
    Path temp;

    private Path repository() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("registers/mapped"));
        Files.delete(root.resolve("registers/exceptions.yaml"));
        return root;
    }

    @Test
    void reads_each_file_as_an_entry_of_the_register_under_the_mapping() throws IOException {
        Validation validation = Validation.of(repository());

        assertThat(validation.repository().register("exceptions"))
                .filteredOn(entry -> entry.get("id").equals("EXC-2026-01"))
                .extracting(
                        e -> e.get("control"),
                        e -> e.get("record"),
                        e -> e.get("approved_by"),
                        e -> e.get("approved_on"),
                        e -> e.origin().at("approved_on").toString())
                .containsExactly(tuple(
                        "CHG-01",
                        "tiny-co/tiny-app#412",
                        "ana@tiny.example",
                        "2026-03-02",
                        "compliance/exceptions/EXC-2026-01.yaml:6:7"));
    }

    @Test
    void validates_each_file_like_the_register_and_names_a_missing_field_by_the_companys_name() throws IOException {
        Validation validation = Validation.of(repository());

        assertThat(validation.report().findings())
                .extracting(Finding::format)
                .containsExactly(
                        "compliance/exceptions/EXC-2026-02.yaml:4:11: error: 'approver' (approved_by): 'Ana Lind' is not in"
                                + " the expected form [schema]",
                        "compliance/exceptions/EXC-2026-03.yaml:1:1: error: 'compliance/exceptions/EXC-2026-03.yaml'"
                                + " has no field 'date', which evidence/sources.yaml maps onto the exceptions register"
                                + " [schema]");
        assertThat(validation.repository().register("exceptions"))
                .extracting(entry -> entry.get("id"))
                .as("a file that does not map is left out, the others are read")
                .containsExactly("EXC-2026-01", "EXC-2026-02");
    }

    @Test
    void a_glob_from_the_root_where_links_lead_to_one_folder_too_often_is_refused_by_the_roots_name()
            throws IOException {
        Path root = repository();
        Path sources = root.resolve("evidence/sources.yaml");
        Files.writeString(
                sources,
                Files.readString(sources).replace("path: compliance/exceptions/*.yaml", "path: '*/exceptions/*.yaml'"));
        Files.createDirectories(root.resolve("shared/exceptions"));
        for (int i = 0; i < 9; i++) {
            Files.createSymbolicLink(root.resolve("link" + i), root.resolve("shared"));
        }

        assertThat(Validation.of(root).report().findings())
                .extracting(Finding::format)
                .contains(".: error: '.' holds links that lead to the folder 'shared' through more than 8"
                        + " paths, more than soc2kit follows; soc2kit did not read the files in it [file-refused]");
    }

    @Test
    void a_path_that_is_no_glob_is_an_error_at_its_line_not_a_crash() throws IOException {
        Path root = repository();
        Path sources = root.resolve("evidence/sources.yaml");
        Files.writeString(
                sources,
                Files.readString(sources)
                        .replace("path: compliance/exceptions/*.yaml", "path: 'compliance/{exceptions/*.yaml'")
                        .replace("path: evidence/okta/users.json", "path: 'evidence/okta/[users.json'"));

        assertThat(Validation.of(root).report().findings())
                .extracting(f -> f.format() + " | " + f.hint())
                .contains(
                        "evidence/sources.yaml:10:11: error: path 'evidence/okta/[users.json' is not a glob (Missing"
                                + " ] at character 25) [schema] | " + FilePolicy.GLOB_HINT,
                        "evidence/sources.yaml:13:11: error: path 'compliance/{exceptions/*.yaml' is not a glob"
                                + " (Missing } at character 29) [schema] | " + FilePolicy.GLOB_HINT);
    }

    @Test
    void a_register_kept_twice_is_an_error_that_names_both() throws IOException {
        Path root = Fixtures.repository(temp.resolve("repo"), Fixtures.resource("registers/mapped"));

        assertThat(Validation.of(root).report().findings())
                .extracting(Finding::format)
                .contains("evidence/sources.yaml:13:11: error: the exceptions register is kept twice: in"
                        + " registers/exceptions.yaml and in the files of 'compliance/exceptions/*.yaml' [schema]");
    }
}
