package io.github.soc2kit.core.render;

import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.SystemDescription;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The system description laid out along the description criteria DC 1 to DC 9, from system/description.yaml and,
 * for DC 5, from the controls themselves. Markdown fields are rendered to HTML (keys ending in {@code html}).
 */
final class DescriptionModel {

    private static final List<String> KINDS = List.of("infrastructure", "software", "people", "procedures", "data");

    private DescriptionModel() {}

    static Map<String, Object> of(SystemDescription description, List<String> categories, SiteModel site) {
        return Plain.map(
                "services",
                        list(
                                description.services(),
                                service -> Plain.map("name", service.name(), "html", md(service.description()))),
                "commitments", commitments(description, categories),
                "requirements", description.requirements(),
                "components", components(description, site),
                "boundariesHtml", md(description.boundaries()),
                "incidents",
                        list(
                                description.incidents(),
                                item -> Plain.map(
                                        "occurred",
                                        text(item.occurred()),
                                        "natureHtml",
                                        md(item.nature()),
                                        "effectHtml",
                                        md(item.effect()),
                                        "dispositionHtml",
                                        md(item.disposition()))),
                "matrix", site.matrix(),
                "cuecs",
                        list(
                                description.cuecs(),
                                item -> Plain.map("text", item.text(), "criteria", criteria(item.criteria(), site))),
                "subservice",
                        list(
                                description.subserviceOrganizations(),
                                item -> Plain.map(
                                        "name",
                                        item.name(),
                                        "service",
                                        item.service(),
                                        "method",
                                        Words.of(item.method()),
                                        "criteria",
                                        criteria(item.criteria(), site),
                                        "csocs",
                                        item.csocs(),
                                        "monitoringHtml",
                                        md(item.monitoring()))),
                "notRelevant",
                        list(description.notRelevantCriteria(), item -> {
                            Map<String, Object> row = site.criterion(item.criterion());
                            row.put("reason", item.reason());
                            return row;
                        }),
                "changes",
                        list(
                                description.significantChanges(),
                                item -> Plain.map("date", text(item.date()), "html", md(item.description()))));
    }

    /** DC 2 commitments grouped by category: the categories in scope first, in their order. */
    private static List<Map<String, Object>> commitments(SystemDescription description, List<String> categories) {
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        categories.forEach(c -> byCategory.put(c, new ArrayList<>()));
        for (SystemDescription.Commitment commitment : description.commitments()) {
            byCategory
                    .computeIfAbsent(commitment.category(), c -> new ArrayList<>())
                    .add(md(commitment.text()));
        }
        return byCategory.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> Plain.map("category", Words.capitalized(e.getKey()), "items", e.getValue()))
                .toList();
    }

    /** DC 3 components in the order (a) infrastructure to (e) data, each with the controls that cover it. */
    private static List<Map<String, Object>> components(SystemDescription description, SiteModel site) {
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (int i = 0; i < KINDS.size(); i++) {
            String kind = KINDS.get(i);
            kinds.add(Plain.map(
                    "letter",
                    String.valueOf((char) ('a' + i)),
                    "kind",
                    Words.capitalized(kind),
                    "items",
                    list(
                            description.components().stream()
                                    .filter(c -> c.kind().equals(kind))
                                    .toList(),
                            item -> Plain.map(
                                    "id", item.id(),
                                    "name", item.name(),
                                    "html", md(item.description()),
                                    "inScope", item.inScope(),
                                    "controls",
                                            site.controls().stream()
                                                    .filter(c -> c.components().contains(item.id()))
                                                    .map(Control::id)
                                                    .toList()))));
        }
        return kinds;
    }

    private static List<Map<String, Object>> criteria(List<String> ids, SiteModel site) {
        return list(ids, site::criterion);
    }

    private static String md(String text) {
        return text.isEmpty() ? "" : Markdown.html(text);
    }

    private static String text(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static <T> List<Map<String, Object>> list(List<T> items, Function<T, Map<String, Object>> row) {
        List<Map<String, Object>> rows = new ArrayList<>();
        items.forEach(item -> rows.add(row.apply(item)));
        return rows;
    }
}
