package io.github.soc2kit.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.soc2kit.core.diag.InvalidConfigurationException;
import io.github.soc2kit.core.diag.RuleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code soc2kit explain RULE} prints the rule's page as docs/rules holds it; a misspelt id gets a suggestion. */
class RuleExplainerTest {

    @Test
    void explains_a_rule_with_its_docs_page_as_written() throws IOException {
        assertThat(new RuleExplainer().explain("owner-inactive"))
                .isEqualTo(Files.readString(Path.of("../docs/rules/owner-inactive.md"))
                                .stripTrailing() + "\n");
    }

    @Test
    void a_misspelt_rule_is_refused_with_the_closest_id() {
        assertThatThrownBy(() -> new RuleExplainer().explain("owner-inactiv"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("unknown rule 'owner-inactiv'; did you mean 'owner-inactive'?");
        assertThatThrownBy(() -> new RuleExplainer().explain("zzz"))
                .hasMessage("unknown rule 'zzz'; run 'soc2kit explain' for the list of rules");
    }

    @Test
    void the_index_lists_every_rule_with_its_severity_and_summary() {
        assertThat(new RuleExplainer().index())
                .hasSize(RuleId.values().length)
                .contains("schema  error  A file does not match the JSON Schema of its kind.");
    }
}
