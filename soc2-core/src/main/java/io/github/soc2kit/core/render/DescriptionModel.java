package io.github.soc2kit.core.render;

import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.SystemDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The system description laid out along the description criteria DC 1 to DC 9, from system/description.yaml and,
 * for DC 5, from the controls themselves. Markdown fields are rendered to HTML (keys ending in {@code html}).
 */
final class DescriptionModel {

    private static final List<String> KINDS = List.of("infrastructure", "software", "people", "procedures", "data");

    private DescriptionModel() { }

    static Map<String, Object> of(SystemDescription description, List<String> categories, SiteModel site) {
        JsonNode root = description.origin().document().root();
        List<Map<String, Object>> services = new ArrayList<>();
        for (JsonNode service : root.path("services")) {
            services.add(Plain.map("name", Plain.text(service, "name"), "html", md(service, "description")));
        }
        return Plain.map(
                "services", services,
                "commitments", commitments(root, categories),
                "requirements", Plain.of(root.path("requirements")),
                "components", components(root, site),
                "boundariesHtml", md(root, "boundaries"),
                "incidents", list(root.path("incidents"), item -> Plain.map(
                        "occurred", Plain.text(item, "occurred"), "natureHtml", md(item, "nature"),
                        "effectHtml", md(item, "effect"), "dispositionHtml", md(item, "disposition"))),
                "matrix", site.matrix(),
                "cuecs", list(root.path("cuecs"), item -> Plain.map(
                        "text", Plain.text(item, "text"), "criteria", criteria(item, site))),
                "subservice", list(root.path("subservice_organizations"), item -> Plain.map(
                        "name", Plain.text(item, "name"), "service", Plain.text(item, "service"),
                        "method", Words.of(Plain.text(item, "method")), "criteria", criteria(item, site),
                        "csocs", Plain.of(item.path("csocs")), "monitoringHtml", md(item, "monitoring"))),
                "notRelevant", list(root.path("not_relevant_criteria"), item -> {
                    Map<String, Object> row = site.criterion(Plain.text(item, "criterion"));
                    row.put("reason", Plain.text(item, "reason"));
                    return row;
                }),
                "changes", list(root.path("significant_changes"), item -> Plain.map(
                        "date", Plain.text(item, "date"), "html", md(item, "description"))));
    }

    /** DC 2 commitments grouped by category: the categories in scope first, in their order. */
    private static List<Map<String, Object>> commitments(JsonNode root, List<String> categories) {
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        categories.forEach(c -> byCategory.put(c, new ArrayList<>()));
        for (JsonNode commitment : root.path("commitments")) {
            byCategory.computeIfAbsent(Plain.text(commitment, "category"), c -> new ArrayList<>()).add(md(commitment, "text"));
        }
        return byCategory.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> Plain.map("category", Words.capitalized(e.getKey()), "items", e.getValue()))
                .toList();
    }

    /** DC 3 components in the order (a) infrastructure to (e) data, each with the controls that cover it. */
    private static List<Map<String, Object>> components(JsonNode root, SiteModel site) {
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (int i = 0; i < KINDS.size(); i++) {
            String kind = KINDS.get(i);
            kinds.add(Plain.map("letter", String.valueOf((char) ('a' + i)), "kind", Words.capitalized(kind),
                    "items", list(root.path("components").path(kind), item -> Plain.map(
                            "id", Plain.text(item, "id"),
                            "name", Plain.text(item, "name"),
                            "html", md(item, "description"),
                            "inScope", item.path("in_scope").asBoolean(true),
                            "controls", site.controls().stream()
                                    .filter(c -> c.components().contains(Plain.text(item, "id")))
                                    .map(Control::id).toList()))));
        }
        return kinds;
    }

    private static List<Map<String, Object>> criteria(JsonNode item, SiteModel site) {
        return list(item.path("criteria"), c -> site.criterion(c.asString("")));
    }

    private static String md(JsonNode node, String field) {
        String text = Plain.text(node, field);
        return text.isEmpty() ? "" : Markdown.html(text);
    }

    private static List<Map<String, Object>> list(JsonNode array, java.util.function.Function<JsonNode, Map<String, Object>> row) {
        List<Map<String, Object>> rows = new ArrayList<>();
        array.forEach(item -> rows.add(row.apply(item)));
        return rows;
    }
}
