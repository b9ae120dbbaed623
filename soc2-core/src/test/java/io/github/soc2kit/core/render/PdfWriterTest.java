package io.github.soc2kit.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfWriterTest {

    @TempDir
    Path temp;

    private PDDocument pdf(Path repository) throws Exception {
        RenderFixtures.render(repository, temp.resolve("site"), null);
        return Loader.loadPDF(RenderFixtures.read(temp.resolve("site")).get("policies.pdf"));
    }

    private static List<String> outline(PDDocument document) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item :
                document.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
        }
        return titles;
    }

    @Test
    void policy_pdf_has_one_chapter_per_policy_and_no_clock() throws Exception {
        try (PDDocument document = pdf(RenderFixtures.repository(temp.resolve("repo")))) {
            assertThat(outline(document)).containsExactly("Access Control Policy", "Change Management Policy");
            assertThat(document.getNumberOfPages()).isEqualTo(4);
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("soc2kit");
            assertThat(document.getDocumentInformation().getCreationDate()).isNull();
            assertThat(document.getDocumentInformation().getModificationDate()).isNull();
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Information security policies", "Access is revoked within 1 day of termination.");
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
