package io.github.soc2kit.core.evidence.okta;

import io.github.soc2kit.core.evidence.ReadContext;
import io.github.soc2kit.core.evidence.format.RawRecord;
import io.github.soc2kit.core.evidence.format.Values;
import io.github.soc2kit.core.model.EvidenceSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Joins the factors of an {@code okta-factors} source to Okta users. With a file per user, a user's file is found
 * by name and read when the user is; with one file keyed by user id, that file is streamed once into a compact
 * summary (count and types per user). Only factors in status {@code ACTIVE} count, each id once.
 */
public final class FactorJoin {

    /** What a user's factors add up to. */
    private record Factors(long active, List<String> types) {
        static final Factors NONE = new Factors(0, List.of());
    }

    /** Counts a user's active factors, each id once, while their file is streamed. */
    private static final class Tally {
        final Set<@Nullable String> active = new HashSet<>();
        final TreeSet<String> types = new TreeSet<>();

        public void add(RawRecord factor) {
            if ("ACTIVE".equals(factor.text("status"))) {
                active.add(factor.text("id"));
                String type = factor.text("factorType");
                if (type != null) {
                    types.add(type);
                }
            }
        }

        public Factors factors() {
            return new Factors(active.size(), List.copyOf(types));
        }
    }

    private final ReadContext context;
    private final EvidenceSource users;
    private final EvidenceSource factorSource;
    private final Map<String, Path> filesByUser = new HashMap<>();
    private final @Nullable Map<String, Factors> summary;

    /** Joins the factors of {@code factors} to the Okta users of {@code users}. */
    public FactorJoin(ReadContext context, EvidenceSource users, EvidenceSource factors) {
        this.context = context;
        this.users = users;
        this.factorSource = factors;
        List<Path> files = context.files(factors);
        if (files.size() == 1) {
            Map<String, Tally> tallies = new HashMap<>();
            OktaFactorFiles.readFile(context, files.get(0), (user, factor) -> {
                context.countJoined(factors);
                tallies.computeIfAbsent(user, u -> new Tally()).add(factor);
            });
            Map<String, Factors> byUser = new HashMap<>();
            tallies.forEach((user, tally) -> byUser.put(user, tally.factors()));
            summary = byUser;
        } else {
            summary = null;
            files.forEach(file -> filesByUser.put(Values.baseName(context.relative(file)), file));
        }
    }

    /** Adds {@code active_factors} and {@code factor_types} (sorted, distinct) to an Okta user. */
    public void addTo(RawRecord user) {
        String id = user.text("id");
        if (summary == null && (id == null || !filesByUser.containsKey(id))) {
            context.countUnjoined(users, () -> {
                String login = user.text("profile.login");
                return login != null ? login : String.valueOf(id);
            });
        }
        Factors factors = factors(id);
        user.derive("active_factors", factors.active());
        user.derive("factor_types", factors.types());
    }

    private Factors factors(@Nullable String userId) {
        if (userId == null) {
            return Factors.NONE;
        }
        if (summary != null) {
            return summary.getOrDefault(userId, Factors.NONE);
        }
        Path file = filesByUser.get(userId);
        if (file == null) {
            return Factors.NONE;
        }
        Tally tally = new Tally();
        OktaFactorFiles.readFile(context, file, (owner, factor) -> {
            context.countJoined(factorSource);
            if (owner.equals(userId)) {
                tally.add(factor);
            }
        });
        return tally.factors();
    }
}
