package io.github.soc2kit.core.evidence;

import static io.github.soc2kit.core.evidence.TestSources.failure;
import static io.github.soc2kit.core.evidence.TestSources.read;
import static io.github.soc2kit.core.evidence.TestSources.source;
import static io.github.soc2kit.core.evidence.TestSources.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.soc2kit.core.evidence.aws.AwsCredentialReportReader;
import io.github.soc2kit.core.evidence.registry.EvidenceReaders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One format, one page: every value of the {@code format} enum of sources.schema.json has its page
 * docs/formats/&lt;format&gt;.md, whose example declares that format and which has the sections every page has;
 * docs/formats/README.md lists exactly the pages there are, each as a snapshot or events as its reader keys records;
 * and the page of each adapter names every field or column that adapter requires. The required fields are kept in
 * {@link #REQUIRED} (the readers keep theirs private, but for the AWS header), and
 * {@link #the_table_of_required_fields_is_what_the_readers_require} holds the table to the readers: a record or header
 * with exactly those fields is read, and one without any of them is refused naming it.
 */
class FormatDocsTest {

    private static final Path DOCS = Path.of("..", "docs", "formats");
    private static final Pattern INDEX_ROW = Pattern.compile(
            "^\\| \\[([a-z0-9-]+)]\\(\\1\\.md\\) \\| ([^|]+) \\| (.+) \\| (snapshot|events)( \\([^|)]+\\))? \\|$",
            Pattern.MULTILINE);
    private static final Pattern LINK = Pattern.compile("]\\(([^)#\\s]+\\.md)(#[^)]*)?\\)");

    /** The sections of every page, by the start of their heading. */
    private static final List<String> SECTIONS = List.of(
            "## What it reads",
            "## Example `sources.yaml` entry",
            "## ", // variants: '## Header variants accepted', '## Variants accepted: ...'
            "## Required fields",
            "## Key, timestamp and identity",
            "## Fields it adds",
            "## Using the fields in conditions",
            "## When the file is missing");

    /** The generic formats, which require no field. */
    private static final Set<String> GENERIC = Set.of("json", "ndjson", "csv", "yaml");

    /** The fields (JSON adapters) or columns (CSV adapters) that each adapter requires in every record or header. */
    static final Map<String, List<String>> REQUIRED = Map.of(
            "github-pulls", List.of("number", "user.login", "merged_at", "head.sha"),
            "github-reviews", List.of("id", "state", "user.login", "commit_id", "pull_request_url", "submitted_at"),
            "github-branch-protection", List.of("url"),
            "aws-credential-report", AwsCredentialReportReader.COLUMNS,
            "okta-users", List.of("id", "status", "statusChanged", "profile.login", "profile.email"),
            "okta-factors", List.of("id", "factorType", "status", "created"),
            "hris-csv", List.of("workEmail", "status", "hireDate", "terminationDate"),
            "pagerduty-incidents", List.of("incident_number", "created_at", "status"),
            "training-csv", List.of("email", "module_name", "completion_date", "status", "policy_acknowledged"));

    /** The formats whose files are CSV, where a required field is a column of the header. */
    private static final Set<String> CSV = Set.of("aws-credential-report", "hris-csv", "training-csv");

    @TempDir
    Path repo;

    static List<String> formats() throws IOException {
        List<String> formats = new ArrayList<>();
        try (InputStream schema =
                FormatDocsTest.class.getClassLoader().getResourceAsStream("soc2kit/schema/v1/sources.schema.json")) {
            JsonNode format =
                    JsonMapper.shared().readTree(schema).at("/properties/sources/items/properties/format/enum");
            format.forEach(value -> formats.add(value.asString()));
        }
        return formats;
    }

    private static Set<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                    .map(n -> n.substring(0, n.length() - ".md".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void every_format_of_the_schema_has_a_page_and_every_page_a_format() throws IOException {
        assertThat(formats()).hasSize(13);
        assertThat(pages()).isEqualTo(new TreeSet<>(formats()));
    }

    @Test
    void every_page_starts_with_its_format_declares_it_in_its_example_and_has_every_section() throws IOException {
        for (String format : formats()) {
            String page = Files.readString(DOCS.resolve(format + ".md"));
            assertThat(page).as(format).startsWith("# " + format + "\n");
            assertThat(page).as(format).contains("\n    format: " + format + "\n");
            int from = 0;
            for (String section : SECTIONS) {
                int at = page.indexOf("\n" + section, from);
                assertThat(at)
                        .as(format + ": '" + section + "' after the sections before it")
                        .isPositive();
                from = at + 1;
            }
            assertThat(page)
                    .as(format + ": a section on the variants accepted")
                    .containsPattern("\n## [^\n]*[Vv]ariants accepted");
        }
    }

    @Test
    void the_index_lists_every_page_once_as_a_snapshot_or_events_as_its_reader_keys_records() throws IOException {
        Matcher rows = INDEX_ROW.matcher(Files.readString(DOCS.resolve("README.md")));
        Map<String, String> listed = new TreeMap<>();
        while (rows.find()) {
            assertThat(listed.put(rows.group(1), rows.group(4)))
                    .as(rows.group(1))
                    .isNull();
        }
        assertThat(listed.keySet()).isEqualTo(pages());
        listed.forEach((format, kind) -> assertThat(kind)
                .as(format)
                .isEqualTo(EvidenceReaders.forFormat(format).snapshot() ? "snapshot" : "events"));
    }

    @Test
    void the_readme_row_of_sources_yaml_links_the_index() throws IOException {
        assertThat(Files.readAllLines(Path.of("..", "README.md")))
                .filteredOn(line -> line.startsWith("| `evidence/sources.yaml` |"))
                .singleElement()
                .asString()
                .contains("(docs/formats/README.md)");
    }

    @Test
    void every_link_between_the_pages_leads_to_a_page() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path page : files.toList()) {
                Matcher links = LINK.matcher(Files.readString(page));
                while (links.find()) {
                    assertThat(DOCS.resolve(links.group(1)))
                            .as(page.getFileName() + " links " + links.group(1))
                            .isRegularFile();
                }
            }
        }
    }

    @Test
    void every_adapter_page_names_each_field_its_adapter_requires() throws IOException {
        Set<String> adapters = new TreeSet<>(formats());
        adapters.removeAll(GENERIC);
        assertThat(REQUIRED.keySet()).isEqualTo(adapters);
        REQUIRED.forEach((format, fields) -> {
            String page;
            try {
                page = Files.readString(DOCS.resolve(format + ".md"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            String required = page.substring(page.indexOf("\n## Required fields"));
            assertThat(fields)
                    .as(format + ": the fields its Required fields section does not name")
                    .filteredOn(field -> !required.contains("`" + field + "`"))
                    .isEmpty();
        });
    }

    @Test
    void the_table_of_required_fields_is_what_the_readers_require() {
        REQUIRED.forEach((format, fields) -> {
            String path = file(format);
            Path all = write(repo.resolve(format + "/all"), path, content(format, fields));
            assertThatCode(() -> read(all, source(format, format, path)))
                    .as(format + " with every required field")
                    .doesNotThrowAnyException();
            for (String field : fields) {
                List<String> others = new ArrayList<>(fields);
                others.remove(field);
                Path without = write(repo.resolve(format + "/without-" + field), path, content(format, others));
                assertThat(failure(without, source(format, format, path)))
                        .as(format + " without " + field)
                        .contains(
                                CSV.contains(format)
                                        ? "has no column '" + field + "'"
                                        : "has no field '" + field + "'");
            }
        });
    }

    /** Where a file of {@code format} goes: the factors of one user are named after the user. */
    private static String file(String format) {
        return switch (format) {
            case "okta-factors" -> "evidence/factors/00u1EXAMPLE.json";
            case "aws-credential-report", "hris-csv", "training-csv" -> "evidence/export.csv";
            default -> "evidence/export.json";
        };
    }

    /** A file whose one record (or header) has exactly {@code fields}, each holding some text. */
    private static String content(String format, List<String> fields) {
        if (CSV.contains(format)) {
            return String.join(",", fields) + "\n";
        }
        Map<String, Object> record = new LinkedHashMap<>();
        for (String field : fields) {
            Map<String, Object> into = record;
            String[] parts = field.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> nested =
                        (Map<String, Object>) into.computeIfAbsent(parts[i], p -> new LinkedHashMap<String, Object>());
                into = nested;
            }
            into.put(parts[parts.length - 1], "x");
        }
        return JsonMapper.shared()
                .writeValueAsString(format.equals("github-branch-protection") ? record : List.of(record));
    }
}
