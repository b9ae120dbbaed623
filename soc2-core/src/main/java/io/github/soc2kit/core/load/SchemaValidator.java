package io.github.soc2kit.core.load;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.diag.Suggest;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.model.FileKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Validates documents against the bundled JSON Schemas (draft 2020-12) and turns each schema error into a
 * finding at the exact line and column of the offending value. Schemas are compiled once per instance.
 */
public final class SchemaValidator {

    /** Base of every schema {@code $id}; mapped to the classpath, never fetched. */
    public static final String BASE_ID = "https://soc2kit.github.io/schema/v1/";

    static final RuleId RULE = RuleId.SCHEMA;

    private static final String CLASSPATH_BASE = "classpath:soc2kit/schema/v1/";

    private final SchemaRegistry registry;
    private final Map<FileKind, Schema> schemas = new EnumMap<>(FileKind.class);

    public SchemaValidator() {
        this.registry = registry();
        for (FileKind kind : FileKind.values()) {
            Schema schema = registry.getSchema(SchemaLocation.of(BASE_ID + kind.schemaFile()));
            schema.initializeValidators();
            schemas.put(kind, schema);
        }
    }

    /**
     * The bundled schemas (draft 2020-12, formats asserted, JSON-pointer paths), each {@code $id} under
     * {@link #BASE_ID} read from the classpath; nothing is fetched. The report schemas are under {@code report/}.
     */
    public static SchemaRegistry registry() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        return SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config)
                        .schemaLoader(loader -> loader.fetchRemoteResources(false)
                                .schemaIdResolvers(ids -> ids.mapPrefix(BASE_ID, CLASSPATH_BASE))));
    }

    /** Every schema error of {@code document} as a finding, sorted by position. */
    public List<Finding> validate(FileKind kind, YamlDocument document) {
        List<Error> errors = schemas.get(kind).validate(document.root());
        // A kind-specific block (if/then) that fails leaves its properties "unevaluated"; reporting them as
        // unknown as well would be noise, so those reports wait until the object's own errors (a missing required
        // property, a bad value inside it) are fixed.
        Set<String> failed = new HashSet<>();
        for (Error error : errors) {
            if (!"unevaluatedProperties".equals(error.getKeyword())) {
                String at = pointer(error.getInstanceLocation());
                if ("required".equals(error.getKeyword())) {
                    failed.add(at);
                }
                while (!at.isEmpty()) {
                    at = at.substring(0, at.lastIndexOf('/'));
                    failed.add(at); // every object the error is inside
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Error error : errors) {
            boolean noise = "unevaluatedProperties".equals(error.getKeyword())
                    && failed.contains(pointer(error.getInstanceLocation()));
            if (!noise) {
                findings.add(toFinding(document, error));
            }
        }
        return Finding.capped(findings.stream().sorted().distinct().toList(), Finding.MAX_PER_FILE);
    }

    /** Whether the value at {@code pointer} has no schema error; errors elsewhere in the document do not count. */
    public boolean validAt(FileKind kind, YamlDocument document, String pointer) {
        return schemas.get(kind).validate(document.root()).stream()
                .map(error -> pointer(error.getInstanceLocation()))
                .noneMatch(at -> at.equals(pointer) || at.startsWith(pointer + "/"));
    }

    private Finding toFinding(YamlDocument document, Error error) {
        String pointer = pointer(error.getInstanceLocation());
        JsonNode instance = error.getInstanceNode();
        JsonNode schemaNode = error.getSchemaNode();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        String where = fieldName(pointer);
        SourcePosition at = instance != null && instance.isContainer() ? document.keyAt(pointer) : document.at(pointer);
        return switch (keyword) {
            case "required" ->
                Finding.error(
                        RULE,
                        document.keyAt(pointer),
                        where + "missing required property '" + error.getProperty() + "'",
                        "add '" + error.getProperty() + ":' " + describe(propertySchema(error, error.getProperty())));
            case "additionalProperties", "unevaluatedProperties" -> {
                String child = pointer + "/" + YamlDocument.token(String.valueOf(error.getProperty()));
                List<String> allowed = allowedProperties(error);
                yield Finding.error(
                        RULE,
                        document.keyAt(child),
                        "unknown property '" + Wording.clipped(String.valueOf(error.getProperty())) + "'"
                                + (pointer.isEmpty() ? "" : " in " + where.replace(": ", "")),
                        allowed.isEmpty() ? "remove it" : suggestion(String.valueOf(error.getProperty()), allowed));
            }
            case "propertyNames" ->
                Finding.error(
                        RULE,
                        document.keyAt(pointer + "/" + YamlDocument.token(String.valueOf(error.getProperty()))),
                        where + "'" + Wording.clipped(String.valueOf(error.getProperty()))
                                + "' is not a valid name here",
                        schemaNode != null && schemaNode.has("description")
                                ? Wording.stripPeriod(Wording.lowerFirst(
                                        schemaNode.get("description").asString()))
                                : null);
            case "type" ->
                Finding.error(
                        RULE,
                        at,
                        where + "expected " + typeWords(schemaNode) + " but found " + describeValue(instance),
                        hintFromDescription(error));
            case "enum" ->
                Finding.error(
                        RULE,
                        at,
                        where + describeValue(instance) + " is not one of " + join(schemaNode),
                        meant(instance, schemaNode));
            case "maximum" ->
                Finding.error(
                        RULE,
                        at,
                        where + describeValue(instance) + " is more than the largest allowed, " + schemaNode,
                        hintFromDescription(error));
            case "minimum" ->
                Finding.error(
                        RULE,
                        at,
                        where + describeValue(instance) + " is less than the smallest allowed, " + schemaNode,
                        hintFromDescription(error));
            case "const" ->
                Finding.error(
                        RULE, at, where + "expected " + schemaNode + " but found " + describeValue(instance), null);
            case "pattern" ->
                Finding.error(
                        RULE,
                        at,
                        where + describeValue(instance) + " is not in the expected form",
                        hintFromDescription(error));
            case "format" ->
                Finding.error(
                        RULE,
                        at,
                        where + describeValue(instance) + " is not a valid " + formatWord(schemaNode),
                        hintFromDescription(error));
            case "contains", "minContains" ->
                Finding.error(RULE, at, where + "must include " + containedValue(error), null);
            default -> Finding.error(RULE, at, where + libraryMessage(error), hintFromDescription(error));
        };
    }

    private static String pointer(NodePath path) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            s.append('/').append(YamlDocument.token(String.valueOf(path.getElement(i))));
        }
        return s.toString();
    }

    /** "'owner': " for a property, "'criteria' item 2: " for an array item, "" for the root. */
    private static String fieldName(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        String[] parts = pointer.substring(1).split("/");
        String last = parts[parts.length - 1];
        if (last.chars().allMatch(Character::isDigit) && parts.length > 1) {
            return "'" + Wording.clipped(unescape(parts[parts.length - 2])) + "' item " + (Integer.parseInt(last) + 1)
                    + ": ";
        }
        return "'" + Wording.clipped(unescape(last)) + "': ";
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    private static String describeValue(@Nullable JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "an empty value";
        }
        if (node.isString()) {
            return "'" + Wording.clipped(node.asString()) + "'";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.toString();
    }

    private static String typeWords(@Nullable JsonNode type) {
        if (type == null) {
            return "another type";
        }
        if (type.isArray()) {
            return StreamSupport.stream(type.spliterator(), false)
                    .map(t -> typeWord(t.asString()))
                    .collect(Collectors.joining(" or "));
        }
        return typeWord(type.asString());
    }

    private static String typeWord(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            default -> type;
        };
    }

    private static String formatWord(@Nullable JsonNode format) {
        String name = format == null ? "" : format.asString();
        return switch (name) {
            case "date" -> "date (expected YYYY-MM-DD)";
            case "email" -> "email address";
            default -> name + " value";
        };
    }

    private static String join(@Nullable JsonNode values) {
        if (values == null || !values.isArray()) {
            return "the allowed values";
        }
        return StreamSupport.stream(values.spliterator(), false)
                .map(SchemaValidator::quoted)
                .collect(Collectors.joining(", "));
    }

    /** "did you mean 'high'?" for a text value that one of the allowed {@code values} is near, else null. */
    private static @Nullable String meant(@Nullable JsonNode instance, @Nullable JsonNode values) {
        if (instance == null || !instance.isString() || values == null || !values.isArray()) {
            return null;
        }
        Map<String, String> shown = new LinkedHashMap<>();
        values.forEach(v -> shown.put(v.isString() ? v.asString() : v.toString(), quoted(v)));
        String meant = Suggest.value(instance.asString(), shown.keySet());
        return meant == null ? null : "did you mean " + shown.get(meant) + "?";
    }

    /** A value of a schema as a message shows it: text quoted, a number as it is. */
    private static String quoted(JsonNode value) {
        return value.isString() ? "'" + value.asString() + "'" : value.toString();
    }

    private String containedValue(Error error) {
        JsonNode parent = parentSchema(error);
        JsonNode contains = parent == null ? null : parent.get("contains");
        if (contains != null && contains.has("const")) {
            return quoted(contains.get("const"));
        }
        return "a matching item";
    }

    /** The library's own wording, without the location prefix it adds. */
    private static String libraryMessage(Error error) {
        String message = error.getMessage();
        int colon = message.indexOf(": ");
        if (message.startsWith("/") && colon > 0) {
            message = message.substring(colon + 2);
        } else if (message.startsWith(": ")) {
            message = message.substring(2);
        }
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    /** The schema object that holds the failing keyword, found through the error's schema location. */
    private @Nullable JsonNode parentSchema(Error error) {
        String location = error.getSchemaLocation().toString();
        int slash = location.lastIndexOf('/');
        if (slash < 0 || !location.contains("#")) {
            return null;
        }
        try {
            return registry.getSchema(SchemaLocation.of(location.substring(0, slash)))
                    .getSchemaNode();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private @Nullable JsonNode propertySchema(Error error, @Nullable String property) {
        JsonNode parent = parentSchema(error);
        if (parent == null || property == null) {
            return null;
        }
        JsonNode properties = parent.get("properties");
        return properties == null ? null : properties.get(property);
    }

    /** The properties the object's schema declares, including those of its conditional (if/then) parts. */
    private List<String> allowedProperties(Error error) {
        JsonNode parent = parentSchema(error);
        Set<String> names = new TreeSet<>();
        if (parent != null) {
            names.addAll(parent.path("properties").propertyNames());
            for (JsonNode part : parent.path("allOf")) {
                names.addAll(part.path("then").path("properties").propertyNames());
            }
        }
        return List.copyOf(names);
    }

    private @Nullable String hintFromDescription(Error error) {
        JsonNode parent = parentSchema(error);
        if (parent == null || !parent.has("description")) {
            return null;
        }
        return "expected "
                + Wording.stripPeriod(
                        Wording.lowerFirst(parent.get("description").asString()));
    }

    private static String describe(@Nullable JsonNode propertySchema) {
        if (propertySchema == null || !propertySchema.has("description")) {
            return "";
        }
        return "("
                + Wording.stripPeriod(
                        Wording.lowerFirst(propertySchema.get("description").asString())) + ")";
    }

    static String suggestion(String name, List<String> allowed) {
        String closest = Suggest.closest(name, allowed);
        String list = "allowed here: " + String.join(", ", allowed);
        return closest != null ? "did you mean '" + closest + "'? " + list : "remove it; " + list;
    }
}
