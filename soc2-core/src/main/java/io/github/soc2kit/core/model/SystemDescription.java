package io.github.soc2kit.core.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * system/description.yaml: the SOC 2 system description along the description criteria DC 1 to DC 9. Markdown
 * fields are kept as written; renderers turn them into HTML.
 *
 * @param services DC 1: the services provided
 * @param commitments DC 2: the principal service commitments, in the order written
 * @param requirements DC 2: the system requirements
 * @param components DC 3: the components, in the order written, kind by kind
 * @param boundaries DC 3: the system's boundaries (Markdown)
 * @param incidents DC 4: system incidents during the period
 * @param cuecs DC 6: complementary user entity controls
 * @param subserviceOrganizations DC 7: subservice organizations
 * @param notRelevantCriteria DC 8: criteria that are not relevant, each with the reason
 * @param significantChanges DC 9: significant changes during the period
 * @param criteria every criterion the description names, with where it is named
 */
public record SystemDescription(
        List<Service> services,
        List<Commitment> commitments,
        List<String> requirements,
        List<Component> components,
        String boundaries,
        List<Incident> incidents,
        List<Cuec> cuecs,
        List<SubserviceOrganization> subserviceOrganizations,
        List<NotRelevantCriterion> notRelevantCriteria,
        List<SignificantChange> significantChanges,
        List<CriterionRef> criteria,
        Origin origin) {

    public SystemDescription {
        services = List.copyOf(services);
        commitments = List.copyOf(commitments);
        requirements = List.copyOf(requirements);
        components = List.copyOf(components);
        incidents = List.copyOf(incidents);
        cuecs = List.copyOf(cuecs);
        subserviceOrganizations = List.copyOf(subserviceOrganizations);
        notRelevantCriteria = List.copyOf(notRelevantCriteria);
        significantChanges = List.copyOf(significantChanges);
        criteria = List.copyOf(criteria);
    }

    /** A DC 1 service; its description is Markdown. */
    public record Service(String name, String description) {}

    /** A DC 2 principal service commitment for one trust services category; its text is Markdown. */
    public record Commitment(String category, String text) {}

    /** A DC 3 component: infrastructure, software, people, procedures or data; its description is Markdown. */
    public record Component(String id, String kind, String name, String description, boolean inScope, Origin origin) {}

    /** A DC 4 system incident; nature, effect and disposition are Markdown. */
    public record Incident(String nature, @Nullable LocalDate occurred, String effect, String disposition) {}

    /** A DC 6 complementary user entity control: what the customer is expected to do, for which criteria. */
    public record Cuec(String text, List<String> criteria) {
        public Cuec {
            criteria = List.copyOf(criteria);
        }
    }

    /**
     * A DC 7 subservice organization; {@code method} is {@code carve_out} or {@code inclusive}, {@code csocs} are the
     * complementary subservice organization controls, and {@code monitoring} is Markdown.
     */
    public record SubserviceOrganization(
            String name, String service, String method, List<String> criteria, List<String> csocs, String monitoring) {
        public SubserviceOrganization {
            criteria = List.copyOf(criteria);
            csocs = List.copyOf(csocs);
        }
    }

    /** A DC 8 criterion that is not relevant to the system, and why. */
    public record NotRelevantCriterion(String criterion, String reason) {}

    /** A DC 9 significant change; its description is Markdown. */
    public record SignificantChange(@Nullable LocalDate date, String description) {}

    /** A criterion named in the description (CUECs, subservice organizations, not-relevant criteria). */
    public record CriterionRef(String id, String pointer) {}
}
