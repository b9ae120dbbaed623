package io.github.soc2kit.core.assess;

import java.util.List;

/**
 * The projected opinion and the matters behind it, in plain words (for example "CHG-01: 14.8 % of 412 merged
 * changes lacked two independent approvals; 9 of those 61 were documented emergencies").
 */
public record Assessment(Opinion opinion, List<String> matters) {

    /** Printed with every projection. */
    public static final String DISCLAIMER =
            "this is an estimate from the evidence in the repository, not an auditor's opinion";

    public Assessment {
        matters = List.copyOf(matters);
    }
}
