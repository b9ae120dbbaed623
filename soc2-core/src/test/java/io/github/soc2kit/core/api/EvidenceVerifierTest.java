package io.github.soc2kit.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.soc2kit.core.Fixtures;
import io.github.soc2kit.core.history.GitFixture;
import io.github.soc2kit.core.report.ReportSchemas;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reports a verification writes, as CI tools read them: which soc2kit wrote them, and where the files are. */
class EvidenceVerifierTest {

    private static final String PROCEDURE = """
            Obtain the minutes of the yearly management review from the board folder and confirm
            that the program was discussed. Confirm the actions were followed up.
            """;

    @TempDir
    Path temp;

    @Test
    void a_policy_repository_in_a_sub_folder_of_git_is_reported_from_the_git_root() throws Exception {
        Path mono = temp.resolve("mono");
        Path repo = Fixtures.repository(mono.resolve("compliance/soc2"));
        Path control = repo.resolve("controls/GOV-01.yaml");
        Files.writeString(
                control,
                Files.readString(control).replaceAll("procedure: .*\n", "procedure: |\n" + PROCEDURE.indent(4)));
        try (GitFixture git = GitFixture.init(mono)) {
            git.commit("2026-01-05T10:00:00Z", GitFixture.ANA, "Policies");
        }

        VerifyResult result = verify(repo);

        JsonNode sarif = JsonMapper.builder().build().readTree(read(temp.resolve("out/verify.sarif")));
        assertThat(sarif.at("/runs/0/tool/driver/version").asString()).isEqualTo(Version.current());
        assertThat(sarif.at("/runs/0/results")
                        .valueStream()
                        .map(r -> r.at("/locations/0/physicalLocation/artifactLocation/uri")
                                .asString()))
                .as("%s", result.findings().findings())
                .isNotEmpty()
                .allSatisfy(uri -> assertThat(uri).startsWith("compliance/soc2/"));
        assertThat(ReportSchemas.errors("verify", read(temp.resolve("out/verify.json"))))
                .isEmpty();
        Element manual = testCase("GOV-01: The security program is run and reviewed by management");
        assertThat(manual.getAttribute("file")).isEqualTo("compliance/soc2/controls/GOV-01.yaml");
        assertThat(((Element) manual.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .isEqualTo("tested by people: Obtain the minutes of the yearly management review from the board folder"
                        + " and confirm that the program was discussed");
    }

    @Test
    void a_policy_repository_outside_git_is_reported_from_its_own_folder() throws Exception {
        Path repo = Fixtures.repository(temp.resolve("soc2"));

        verify(repo);

        assertThat(testCase("GOV-01: The security program is run and reviewed by management")
                        .getAttribute("file"))
                .isEqualTo("controls/GOV-01.yaml");
    }

    private VerifyResult verify(Path repo) {
        return new EvidenceVerifier()
                .verify(new VerifyRequest(
                        repo, repo.resolve("target"), temp.resolve("out"), Fixtures.AFTER_PERIOD, Soc2Listener.NONE));
    }

    private Element testCase(String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList cases = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(
                        read(temp.resolve("out/TEST-soc2.xml")).getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            if (testCase.getAttribute("name").equals(name)) {
                return testCase;
            }
        }
        throw new AssertionError("no test case '" + name + "'");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
