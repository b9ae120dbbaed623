package io.github.soc2kit.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.history.GitFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfWriterTest {

    @TempDir
    Path temp;

    private PDDocument pdf(Path repository) throws IOException {
        RenderFixtures.render(repository, temp.resolve("site"), null);
        return Loader.loadPDF(RenderFixtures.read(temp.resolve("site")).get("policies.pdf"));
    }

    private Path fixture() {
        return RenderFixtures.repository(temp.resolve("repo"));
    }

    private static List<String> outline(PDDocument document) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item :
                document.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
        }
        return titles;
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** The document's text with each run of white space as one space: lines wrap where the page width says. */
    private static String flat(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    /** Each font that any page, or a form on it, draws with: its name and whether the PDF embeds it. */
    private static Map<String, Boolean> fonts(PDDocument document) throws IOException {
        Map<String, Boolean> fonts = new TreeMap<>();
        for (PDPage page : document.getPages()) {
            fonts(page.getResources(), fonts);
        }
        return fonts;
    }

    private static void fonts(PDResources resources, Map<String, Boolean> fonts) throws IOException {
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.put(font.getName(), font.isEmbedded());
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null) {
                fonts(form.getResources(), fonts);
            }
        }
    }

    private static void replace(Path file, String text, String replacement) throws IOException {
        String before = Files.readString(file);
        assertThat(before).contains(text);
        Files.writeString(file, before.replace(text, replacement));
    }

    @Test
    void policy_pdf_has_one_chapter_per_policy_and_no_clock() throws Exception {
        try (PDDocument document = pdf(fixture())) {
            assertThat(outline(document)).containsExactly("Access Control Policy", "Change Management Policy");
            assertThat(document.getNumberOfPages()).isEqualTo(6);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Tiny Co information security policies");
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("soc2kit");
            assertThat(document.getDocumentInformation().getCreationDate()).isNull();
            assertThat(document.getDocumentInformation().getModificationDate()).isNull();
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Information security policies", "Access is revoked within 1 day of termination.");
        }
    }

    @Test
    void every_font_is_the_bundled_one_and_embedded() throws Exception {
        try (PDDocument document = pdf(fixture())) {
            Map<String, Boolean> fonts = fonts(document);
            assertThat(fonts.keySet())
                    .isNotEmpty()
                    .allSatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"));
            assertThat(fonts)
                    .allSatisfy((name, embedded) ->
                            assertThat(embedded).as(name + " is embedded").isTrue());
        }
    }

    @Test
    void pdf_is_tagged_for_accessibility_with_its_language_and_title() throws Exception {
        try (PDDocument document = pdf(fixture())) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>", "Tiny Co information security policies");
        }
    }

    @Test
    void paper_is_a4_unless_soc2_yaml_asks_for_letter() throws Exception {
        Path repository = fixture();
        try (PDDocument document = pdf(repository)) {
            assertThat(document.getPages()).allSatisfy(page -> assertSize(page, PDRectangle.A4));
        }
        Files.writeString(
                repository.resolve("soc2.yaml"),
                Files.readString(repository.resolve("soc2.yaml")) + "pdf:\n  paper: letter\n");
        try (PDDocument document = pdf(repository)) {
            assertThat(document.getPages()).allSatisfy(page -> assertSize(page, PDRectangle.LETTER));
        }
    }

    private static void assertSize(PDPage page, PDRectangle paper) {
        assertThat(page.getMediaBox().getWidth()).isCloseTo(paper.getWidth(), within(0.5f));
        assertThat(page.getMediaBox().getHeight()).isCloseTo(paper.getHeight(), within(0.5f));
    }

    @Test
    void names_in_other_scripts_round_trip_through_the_text() throws Exception {
        Path repository = fixture();
        replace(repository.resolve("people.yaml"), "name: Ana Lind", "name: Zoë Ødegård");
        replace(repository.resolve("people.yaml"), "name: Ben Okafor", "name: Дмитрий Παπαδόπουλος");
        try (PDDocument document = pdf(repository)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("by Zoë Ødegård, CEO, on 2025-12-15", "Дмитрий Παπαδόπουλος, CTO");
        }
    }

    @Test
    void each_page_after_the_cover_has_a_footer_naming_its_policy_version_and_page() throws Exception {
        try (PDDocument document = pdf(fixture())) {
            assertThat(text(document, 1)).doesNotContain("Page 1 of 6");
            assertThat(text(document, 2))
                    .contains("Tiny Co · Information security policies · as of 2026-06-30", "Page 2 of 6");
            assertThat(text(document, 3)).contains("Tiny Co · Access Control Policy · version 2.1", "Page 3 of 6");
            assertThat(text(document, 6)).contains("Tiny Co · Change Management Policy · version 1.0", "Page 6 of 6");
        }
    }

    @Test
    void each_policy_ends_with_its_version_history_and_a_signature_block() throws Exception {
        Path root = Fixtures.repository(temp.resolve("repo"));
        GitFixture.PolicyVersions versions = GitFixture.policyVersions(root);
        try (PDDocument document = pdf(root)) {
            assertThat(flat(document))
                    .contains(
                            "Version Effective Commit Date Author Approval Change 1.1 2026-02-21 "
                                    + versions.merge().abbreviate(7).name()
                                    + " 2026-02-21 Ana Lima pull request #9 Merge pull request #9 from tiny",
                            "1.0 2025-12-01 " + versions.first().abbreviate(7).name()
                                    + " 2025-12-01 Ben Okafor Approved-by: Ana Lind",
                            "Signature For Change Management Policy, version 1.1, effective 2025-12-01"
                                    + " Ana Lind Name CEO Title Date Signature");
        }
    }

    @Test
    void a_policy_without_git_history_says_its_approval_is_as_the_file_records_it() throws Exception {
        try (PDDocument document = pdf(fixture())) {
            assertThat(flat(document))
                    .contains("Approval Version history No git history: the repository is not in git, or the policy is"
                            + " not committed yet. Version 2.1 and its approval are as the policy file records them.")
                    .contains("Signature For Access Control Policy, version 2.1, effective 2026-01-01"
                            + " Ana Lind Name CEO Title Date Signature");
        }
    }

    @Test
    void example_repository_pdf_has_a_chapter_for_each_of_its_ten_policies() throws Exception {
        try (PDDocument document = pdf(Path.of("../example-repo"))) {
            assertThat(outline(document))
                    .containsExactly(
                            "Acceptable Use Policy",
                            "Access Control Policy",
                            "Business Continuity and Disaster Recovery Policy",
                            "Change Management Policy",
                            "Data Classification and Retention Policy",
                            "Human Resources Security Policy",
                            "Incident Response Policy",
                            "Information Security Policy",
                            "Risk Assessment and Monitoring Policy",
                            "Vendor Management Policy");
        }
    }
}
