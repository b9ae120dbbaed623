package io.github.soc2kit.core.evidence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvidenceReadersTest {

    @Test
    void has_a_reader_for_every_format_of_the_sources_schema() throws IOException {
        List<String> formats = new ArrayList<>();
        try (InputStream schema =
                getClass().getClassLoader().getResourceAsStream("soc2kit/schema/v1/sources.schema.json")) {
            JsonNode format =
                    JsonMapper.shared().readTree(schema).at("/properties/sources/items/properties/format/enum");
            format.forEach(value -> formats.add(value.asString()));
        }

        assertThat(formats).hasSize(13);
        assertThat(formats)
                .allSatisfy(
                        format -> assertThat(EvidenceReaders.forFormat(format)).isNotNull());
    }

    @Test
    void rejects_an_unknown_format() {
        assertThatThrownBy(() -> EvidenceReaders.forFormat("xlsx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "unknown evidence format 'xlsx'; expected one of: aws-credential-report, csv, github-branch-protection, "
                                + "github-pulls, github-reviews, hris-csv, json, ndjson, okta-factors, okta-users, pagerduty-incidents, "
                                + "training-csv, yaml");
    }
}
