package io.github.soc2kit.core.report;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import io.github.soc2kit.core.load.SchemaValidator;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schemas of the JSON reports ({@code soc2kit/schema/v1/report/} of {@code soc2-policy-schema}), for tests. */
public final class ReportSchemas {

    private static final SchemaRegistry REGISTRY = SchemaValidator.registry();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportSchemas() {}

    /** The errors of {@code json} against {@code report/<name>.schema.json}, as "pointer: message"; empty when valid. */
    public static List<String> errors(String name, String json) {
        return REGISTRY
                .getSchema(SchemaLocation.of(SchemaValidator.BASE_ID + "report/" + name + ".schema.json"))
                .validate(JSON.readTree(json))
                .stream()
                .map(Error::toString)
                .toList();
    }
}
