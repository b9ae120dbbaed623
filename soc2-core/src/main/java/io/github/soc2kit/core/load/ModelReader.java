package io.github.soc2kit.core.load;

import io.github.soc2kit.core.model.Cadence;
import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.ControlTest;
import io.github.soc2kit.core.model.DayLimit;
import io.github.soc2kit.core.model.EvidenceSource;
import io.github.soc2kit.core.model.Origin;
import io.github.soc2kit.core.model.Paper;
import io.github.soc2kit.core.model.Person;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.model.RegisterEntry;
import io.github.soc2kit.core.model.Risk;
import io.github.soc2kit.core.model.RosterSources;
import io.github.soc2kit.core.model.ServiceAccount;
import io.github.soc2kit.core.model.Soc2Config;
import io.github.soc2kit.core.model.SystemDescription;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps parsed documents to model records. Lenient by design: schema errors are reported separately, so a
 * missing or mistyped field becomes an empty value here and the checks skip it rather than crash.
 */
final class ModelReader {

    private ModelReader() {}

    static Soc2Config config(YamlDocument doc) {
        JsonNode root = doc.root();
        return new Soc2Config(
                text(root, "organization"),
                text(root, "system"),
                root.path("report_type").asInt(0),
                texts(root.path("categories")),
                date(root.path("period"), "start"),
                date(root.path("period"), "end"),
                textOr(root, "timezone", "UTC"),
                textOr(root, "roster", "people.yaml"),
                rates(root.path("verify").path("tolerable_rates")),
                root.path("verify").path("exception_window_days").asInt(30),
                Paper.of(text(root.path("pdf"), "paper")),
                new Origin(doc.positions(), ""));
    }

    private static @Nullable Double rate(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    private static Map<String, Double> rates(JsonNode node) {
        Map<String, Double> rates = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            if (e.getValue().isNumber()) {
                rates.put(e.getKey(), e.getValue().asDouble());
            }
        });
        return rates;
    }

    static List<Person> people(YamlDocument doc) {
        List<Person> people = new ArrayList<>();
        forEach(doc, "people", (node, pointer) -> {
            Map<String, String> accounts = new LinkedHashMap<>();
            node.path("accounts")
                    .properties()
                    .forEach(e -> accounts.put(e.getKey(), e.getValue().asString("")));
            people.add(new Person(
                    email(node, "email"),
                    text(node, "name"),
                    text(node, "title"),
                    date(node, "start"),
                    date(node, "end"),
                    accounts,
                    new Origin(doc.positions(), pointer)));
        });
        return people;
    }

    /** The roster's {@code hris} and {@code identity_map}; null when it sets neither. */
    static @Nullable RosterSources rosterSources(YamlDocument doc) {
        String hris = optional(doc.root(), "hris");
        String identityMap = optional(doc.root(), "identity_map");
        return hris == null && identityMap == null
                ? null
                : new RosterSources(hris, identityMap, new Origin(doc.positions(), ""));
    }

    static List<ServiceAccount> serviceAccounts(YamlDocument doc) {
        List<ServiceAccount> accounts = new ArrayList<>();
        forEach(
                doc,
                "service_accounts",
                (node, pointer) -> accounts.add(new ServiceAccount(
                        text(node, "system"),
                        text(node, "name"),
                        email(node, "owner"),
                        text(node, "purpose"),
                        new Origin(doc.positions(), pointer))));
        return accounts;
    }

    static Policy policy(YamlDocument doc) {
        JsonNode root = doc.root();
        Map<String, Object> parameters = new LinkedHashMap<>();
        root.path("parameters").properties().forEach(e -> parameters.put(e.getKey(), scalar(e.getValue())));
        List<Policy.Section> sections = new ArrayList<>();
        for (JsonNode section : root.path("sections")) {
            sections.add(new Policy.Section(text(section, "title"), text(section, "text")));
        }
        return new Policy(
                text(root, "id"),
                text(root, "title"),
                scalarText(root.path("version")),
                email(root, "owner"),
                email(root.path("approval"), "by"),
                date(root.path("approval"), "on"),
                date(root, "effective"),
                text(root, "review"),
                text(root, "summary"),
                parameters,
                texts(root.path("controls")),
                sections,
                new Origin(doc.positions(), ""));
    }

    static Control control(YamlDocument doc) {
        JsonNode root = doc.root();
        List<JsonNode> nodes =
                root.has("tests") ? root.path("tests").valueStream().toList() : List.of(root.path("test"));
        List<ControlTest> tests = nodes.stream().map(ModelReader::test).toList();
        return new Control(
                text(root, "id"),
                text(root, "title"),
                text(root, "description"),
                text(root, "policy"),
                email(root, "owner"),
                text(root, "frequency"),
                Risk.of(text(root, "risk")),
                rate(root.path("tolerable_rate")),
                texts(root.path("criteria")),
                texts(root.path("components")),
                tests.isEmpty() ? test(root.path("test")) : tests.get(0),
                tests,
                text(root, "nature"),
                text(root, "type"),
                nodes.stream()
                        .anyMatch(t -> t.path("service_accounts").asString("").equals("include")),
                new Origin(doc.positions(), ""));
    }

    /** The test block as the record of its kind; what is missing or mistyped is empty or null. */
    private static ControlTest test(JsonNode test) {
        String description = optional(test, "description");
        return switch (text(test, "kind")) {
            case "manual" -> new ControlTest.Manual(text(test, "procedure"), description);
            case "periodic" ->
                new ControlTest.Periodic(
                        text(test, "source"),
                        optional(test, "where"),
                        text(test, "at"),
                        Cadence.of(text(test, "every")),
                        parameter(text(test, "every")),
                        dayLimit(test.path("grace_days")),
                        optional(test, "covers"),
                        description);
            case "population" ->
                new ControlTest.Population(
                        text(test, "source"),
                        optional(test, "where"),
                        optional(test, "at"),
                        text(test, "require"),
                        description);
            case "timeliness" ->
                new ControlTest.Timeliness(
                        event(test.path("trigger")),
                        event(test.path("response")),
                        dayLimit(test.path("within_days")),
                        description);
            case "reconciliation" ->
                new ControlTest.Reconciliation(side(test.path("from")), side(test.path("to")), description);
            case "continuity" ->
                new ControlTest.Continuity(
                        text(test, "source"),
                        optional(test, "where"),
                        text(test, "at"),
                        dayLimit(test.path("max_gap_days")),
                        description);
            case "config" ->
                new ControlTest.Config(
                        text(test, "source"), optional(test, "where"), text(test, "require"), description);
            default -> new ControlTest.Unknown(text(test, "kind"), description);
        };
    }

    private static ControlTest.Event event(JsonNode node) {
        return new ControlTest.Event(
                text(node, "source"), optional(node, "where"), optional(node, "at"), text(node, "key"));
    }

    private static ControlTest.Side side(JsonNode node) {
        return new ControlTest.Side(text(node, "source"), optional(node, "where"), text(node, "key"));
    }

    /** The name of the policy parameter that {@code policy.<name>} names; null for any other text. */
    private static @Nullable String parameter(String text) {
        return DayLimit.parse(text) instanceof DayLimit.Parameter parameter ? parameter.name() : null;
    }

    private static @Nullable DayLimit dayLimit(JsonNode node) {
        return wholeNumber(node) && node.canConvertToLong()
                ? new DayLimit.Days(node.asLong())
                : node.isString() ? DayLimit.parse(node.asString()) : null;
    }

    private static @Nullable Integer integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return wholeNumber(value) && value.canConvertToInt() ? value.asInt() : null;
    }

    /** A whole number as the schema sees one: {@code 7}, and {@code 7.0} too. */
    private static boolean wholeNumber(JsonNode node) {
        return node.isNumber() && node.canConvertToExactIntegral();
    }

    static SystemDescription description(YamlDocument doc) {
        JsonNode root = doc.root();
        List<SystemDescription.Component> components = new ArrayList<>();
        root.path("components").properties().forEach(kind -> {
            int i = 0;
            for (JsonNode item : kind.getValue()) {
                String pointer = "/components/" + kind.getKey() + "/" + i++;
                components.add(new SystemDescription.Component(
                        text(item, "id"),
                        kind.getKey(),
                        text(item, "name"),
                        text(item, "description"),
                        item.path("in_scope").asBoolean(true),
                        new Origin(doc.positions(), pointer)));
            }
        });
        List<SystemDescription.CriterionRef> criteria = new ArrayList<>();
        for (String list : List.of("cuecs", "subservice_organizations")) {
            int i = 0;
            for (JsonNode item : root.path(list)) {
                int j = 0;
                for (JsonNode criterion : item.path("criteria")) {
                    criteria.add(new SystemDescription.CriterionRef(
                            criterion.asString(""), "/" + list + "/" + i + "/criteria/" + j++));
                }
                i++;
            }
        }
        int i = 0;
        for (JsonNode item : root.path("not_relevant_criteria")) {
            criteria.add(new SystemDescription.CriterionRef(
                    text(item, "criterion"), "/not_relevant_criteria/" + i++ + "/criterion"));
        }
        return new SystemDescription(
                items(
                        root.path("services"),
                        item -> new SystemDescription.Service(text(item, "name"), text(item, "description"))),
                items(
                        root.path("commitments"),
                        item -> new SystemDescription.Commitment(text(item, "category"), text(item, "text"))),
                texts(root.path("requirements")),
                components,
                text(root, "boundaries"),
                items(
                        root.path("incidents"),
                        item -> new SystemDescription.Incident(
                                text(item, "nature"),
                                date(item, "occurred"),
                                text(item, "effect"),
                                text(item, "disposition"))),
                items(
                        root.path("cuecs"),
                        item -> new SystemDescription.Cuec(text(item, "text"), criteria(item.path("criteria")))),
                items(
                        root.path("subservice_organizations"),
                        item -> new SystemDescription.SubserviceOrganization(
                                text(item, "name"),
                                text(item, "service"),
                                text(item, "method"),
                                criteria(item.path("criteria")),
                                texts(item.path("csocs")),
                                text(item, "monitoring"))),
                items(
                        root.path("not_relevant_criteria"),
                        item -> new SystemDescription.NotRelevantCriterion(
                                text(item, "criterion"), text(item, "reason"))),
                items(
                        root.path("significant_changes"),
                        item -> new SystemDescription.SignificantChange(date(item, "date"), text(item, "description"))),
                criteria,
                new Origin(doc.positions(), ""));
    }

    /** The criteria a CUEC or subservice organization names, read as the criterion references above read them. */
    private static List<String> criteria(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(criterion -> ids.add(criterion.asString("")));
        return ids;
    }

    private static <T> List<T> items(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        array.forEach(node -> items.add(item.apply(node)));
        return items;
    }

    static List<EvidenceSource> sources(YamlDocument doc) {
        List<EvidenceSource> sources = new ArrayList<>();
        forEach(
                doc,
                "sources",
                (node, pointer) -> sources.add(new EvidenceSource(
                        text(node, "id"),
                        text(node, "format"),
                        text(node, "path"),
                        text(node, "records"),
                        node.path("one_record_per_file").asBoolean(false),
                        optional(node.path("fields"), "key"),
                        optional(node.path("fields"), "timestamp"),
                        optional(node.path("fields"), "identity"),
                        textOr(node, "identity", "email"),
                        optional(node, "join"),
                        new Origin(doc.positions(), pointer),
                        optional(node, "timezone"),
                        date(node, "exported_on"),
                        Objects.requireNonNullElse(
                                integer(node, "stale_after_days"), EvidenceSource.STALE_AFTER_DAYS))));
        return sources;
    }

    static List<RegisterEntry> register(YamlDocument doc, String name) {
        List<RegisterEntry> entries = new ArrayList<>();
        forEach(doc, name, (node, pointer) -> {
            Map<String, String> fields = new LinkedHashMap<>();
            node.properties().forEach(e -> {
                if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                    fields.put(e.getKey(), scalarText(e.getValue()));
                }
            });
            entries.add(new RegisterEntry(name, fields, new Origin(doc.positions(), pointer)));
        });
        return entries;
    }

    private interface ItemConsumer {
        void accept(JsonNode node, String pointer);
    }

    private static void forEach(YamlDocument doc, String list, ItemConsumer consumer) {
        int i = 0;
        for (JsonNode item : doc.root().path(list)) {
            consumer.accept(item, "/" + list + "/" + i++);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : "";
    }

    private static @Nullable String optional(JsonNode node, String field) {
        String value = text(node, field);
        return value.isEmpty() ? null : value;
    }

    private static String textOr(JsonNode node, String field, String fallback) {
        String value = text(node, field);
        return value.isEmpty() ? fallback : value;
    }

    /** Emails are compared case-insensitively: the model keeps them lower-cased. */
    private static String email(JsonNode node, String field) {
        return text(node, field).toLowerCase(Locale.ROOT);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            if (item.isString()) {
                values.add(item.asString());
            }
        }
        return values;
    }

    private static @Nullable LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String scalarText(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asString() : "";
    }

    private static Object scalar(JsonNode node) {
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            double value = node.decimalValue().doubleValue();
            return Double.isFinite(value) ? value : scalarText(node); // beyond a double: kept as written
        }
        return scalarText(node);
    }
}
