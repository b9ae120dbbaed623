package io.github.soc2kit.core.render;

import io.github.soc2kit.core.assess.Assessment;
import io.github.soc2kit.core.assess.ControlResult;
import io.github.soc2kit.core.assess.VerifyReport;
import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.drift.SourceProvenance;
import io.github.soc2kit.core.model.Control;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The data of the findings (readiness) page and of the management-response draft of each control in deviation. */
final class FindingsModel {

    private FindingsModel() {}

    /** A control's outcome: status, counts and rates. */
    static Map<String, Object> status(ControlResult result) {
        return Plain.map(
                "status", result.status().label(),
                "statusKey", result.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "summary", result.summary(),
                "kind", result.kind(),
                "population", result.population(),
                "deviations", result.deviations(),
                "exceptions", result.exceptions(),
                "rate", Wording.percent(result.deviationRate()),
                "tolerable", Wording.percent(result.tolerableRate()),
                "occurrences",
                        result.occurrences().stream()
                                .map(o -> Plain.map("period", o.period(), "status", o.describe()))
                                .toList());
    }

    static Map<String, Object> findings(VerifyReport report, SiteModel site) {
        return Plain.map(
                "opinion", report.assessment().opinion().label(),
                "opinionKey",
                        report.assessment()
                                .opinion()
                                .name()
                                .toLowerCase(Locale.ROOT)
                                .replace('_', '-'),
                "disclaimer", Assessment.DISCLAIMER,
                "matters", report.assessment().matters(),
                "controls",
                        report.controls().stream()
                                .map(r -> {
                                    Map<String, Object> row = status(r);
                                    row.put("id", r.id());
                                    row.put("title", r.title());
                                    row.put("owner", site.person(r.owner()));
                                    row.put("remediation", site.inDeviation(r.id()));
                                    return row;
                                })
                                .toList(),
                "findings", findingRows(report.findings().findings()),
                "sources", report.sources().stream().map(FindingsModel::source).toList());
    }

    static Map<String, Object> remediation(Control control, ControlResult result, VerifyReport report, SiteModel site) {
        Map<String, Object> model = status(result);
        model.putAll(Plain.map(
                "id", control.id(),
                "title", control.title(),
                "risk", control.riskLabel(),
                "owner", site.person(control.owner()),
                "policy", site.policyRef(control),
                "deviationKeys", result.deviationKeys(),
                "unlistedDeviations",
                        result.unlistedDeviations() == 0 ? "" : Wording.count(result.unlistedDeviations()),
                "exceptionKeys", result.exceptionKeys(),
                "findings",
                        findingRows(report.findings().findings().stream()
                                .filter(f ->
                                        f.at().path().equals(control.origin().path()))
                                .toList())));
        return model;
    }

    private static List<Map<String, Object>> findingRows(List<Finding> findings) {
        return findings.stream()
                .map(f -> Plain.map(
                        "at", f.at().toString(),
                        "severity", f.severity().label(),
                        "message", f.message(),
                        "rule", f.ruleId(),
                        "hint", f.hint() == null ? "" : f.hint()))
                .toList();
    }

    private static Map<String, Object> source(SourceProvenance source) {
        return Plain.map(
                "id", source.id(),
                "format", source.format(),
                "records", source.records(),
                "first", source.first() == null ? "" : source.first(),
                "last", source.last() == null ? "" : source.last(),
                "joinedInto", source.joinedInto() == null ? "" : source.joinedInto(),
                "files",
                        source.files().stream()
                                .map(f -> Plain.map("path", f.path(), "sha256", f.sha256(), "bytes", f.bytes()))
                                .toList());
    }
}
