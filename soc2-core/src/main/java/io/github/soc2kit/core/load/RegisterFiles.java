package io.github.soc2kit.core.load;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.model.Positions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A register (exceptions, incident write-ups, handoffs) kept as the company keeps it: a folder of files that each
 * hold one record in the company's own field names, mapped once in {@code evidence/sources.yaml} onto soc2kit's
 * register fields. Each file is turned into the document {@code registers/<name>.yaml} would be with that one entry,
 * positions pointing into the file, so that it is validated and read like the built-in register.
 */
final class RegisterFiles {

    /** {@code {field}} in a mapping: the text of the company's field, as in {@code "{repository}#{pull_request}"}. */
    private static final Pattern FIELD = Pattern.compile("\\{([^{}]+)}");

    private static final JsonMapper JSON = JsonMapper.shared();

    private RegisterFiles() {}

    /**
     * How one register is kept: the files ({@code path}, a glob) and, for each of soc2kit's fields, the company's field
     * or a template of its fields; {@code at} locates the declaration.
     */
    record Mapping(String register, String path, Map<String, String> fields, SourcePosition at) {}

    /** The registers that {@code evidence/sources.yaml} maps, by name. */
    static Map<String, Mapping> mappings(YamlDocument sources) {
        Map<String, Mapping> mappings = new LinkedHashMap<>();
        sources.root().path("registers").properties().forEach(register -> {
            JsonNode node = register.getValue();
            Map<String, String> fields = new LinkedHashMap<>();
            node.path("fields")
                    .properties()
                    .forEach(f -> fields.put(f.getKey(), f.getValue().asString("")));
            String pointer = "/registers/" + YamlDocument.token(register.getKey());
            mappings.put(
                    register.getKey(),
                    new Mapping(
                            register.getKey(), node.path("path").asString(""), fields, sources.at(pointer + "/path")));
        });
        return mappings;
    }

    /**
     * The register document that {@code file}'s one record makes under {@code mapping}; null, with findings, when the
     * file is no record or lacks a field the mapping names.
     */
    static @Nullable YamlDocument entry(YamlDocument file, Mapping mapping, List<Finding> findings) {
        if (!file.root().isObject()) {
            findings.add(Finding.error(
                    SchemaValidator.RULE,
                    file.at(""),
                    "'" + file.path() + "' is no record of the " + mapping.register() + " register: it holds "
                            + (file.root().isArray() ? "a list" : "no fields"),
                    "keep one record per file, its fields at the top level"));
            return null;
        }
        String entry = "/" + mapping.register() + "/0";
        ObjectNode fields = JSON.createObjectNode();
        Map<String, SourcePosition> values = new HashMap<>();
        Map<String, SourcePosition> keys = new HashMap<>();
        values.put("", file.at(""));
        values.put(entry, file.at(""));
        List<String> missing = new ArrayList<>();
        mapping.fields().forEach((field, spec) -> {
            Matcher template = FIELD.matcher(spec);
            String first = null;
            StringBuilder text = new StringBuilder();
            boolean templated = false;
            while (template.find()) {
                templated = true;
                String name = template.group(1).strip();
                first = first == null ? name : first;
                JsonNode value = value(file.root(), name);
                if (value == null || !value.isValueNode()) {
                    missing.add(name);
                    return;
                }
                template.appendReplacement(text, Matcher.quoteReplacement(value.asString("")));
            }
            String source = templated ? first : spec;
            if (templated) {
                template.appendTail(text);
                fields.put(field, text.toString());
            } else {
                JsonNode value = value(file.root(), spec);
                if (value == null) {
                    missing.add(spec);
                    return;
                }
                fields.set(field, value);
            }
            values.put(entry + "/" + field, file.at(pointer(source)));
            keys.put(entry + "/" + field, file.keyAt(pointer(source)));
        });
        if (!mapping.fields().containsKey("id")) {
            String name = file.path().substring(file.path().lastIndexOf('/') + 1);
            fields.put("id", name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        }
        if (!missing.isEmpty()) {
            findings.add(Finding.error(
                    SchemaValidator.RULE,
                    file.at(""),
                    "'" + file.path() + "' has no field "
                            + String.join(
                                    ", ",
                                    missing.stream()
                                            .map(name -> "'" + Wording.clipped(name) + "'")
                                            .toList())
                            + ", which evidence/sources.yaml maps onto the " + mapping.register()
                            + " register",
                    "add the field to the record, or correct the mapping under 'registers: " + mapping.register()
                            + ": fields:' in evidence/sources.yaml"));
            return null;
        }
        ObjectNode root = JSON.createObjectNode();
        root.putArray(mapping.register()).add(fields);
        return new YamlDocument(root, new Positions(file.path(), values, keys));
    }

    /**
     * A finding about an entry as the company's file names it: {@code 'approved_by': ...} becomes
     * {@code 'approver' (approved_by): ...}, for a field the mapping takes from one of the file's own.
     */
    static Finding named(Finding finding, Mapping mapping) {
        for (Map.Entry<String, String> field : mapping.fields().entrySet()) {
            String ours = "'" + field.getKey() + "'";
            if (finding.message().startsWith(ours) && !field.getValue().equals(field.getKey())) {
                return new Finding(
                        finding.rule(),
                        finding.severity(),
                        finding.at(),
                        "'" + field.getValue() + "' (" + field.getKey() + ")"
                                + finding.message().substring(ours.length()),
                        finding.hint());
            }
        }
        return finding;
    }

    /** The value at a dotted path of the record, or null when it has none. */
    private static @Nullable JsonNode value(JsonNode record, String path) {
        if (record.has(path)) {
            return record.get(path);
        }
        JsonNode node = record;
        for (String part : path.split("\\.", -1)) {
            node = node.get(part);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static String pointer(String path) {
        return "/" + YamlDocument.token(path).replace(".", "/");
    }
}
