package io.github.soc2kit.core.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** "did you mean" suggestions for misspelt references. */
public final class Suggest {

    /** Words people write for an allowed value that are too far from it in spelling to be found as a typo. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("yearly", "annual"),
            Map.entry("every_year", "annual"),
            Map.entry("biannual", "semi_annual"),
            Map.entry("half_yearly", "semi_annual"),
            Map.entry("every_quarter", "quarterly"),
            Map.entry("every_month", "monthly"),
            Map.entry("every_week", "weekly"),
            Map.entry("every_day", "daily"),
            Map.entry("medium", "moderate"));

    private Suggest() {}

    /** The closest candidate within a small edit distance, or null. */
    public static @Nullable String closest(String value, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String needle = value.toLowerCase(Locale.ROOT);
        for (String candidate : candidates.stream().sorted().toList()) {
            int d = distance(needle, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, value.length() / 4) ? best : null;
    }

    /**
     * The allowed value that someone who wrote {@code value} most likely meant: the closest in spelling ('hihg' for
     * 'high'), the value a common other word stands for ('yearly' for 'annual'), or the number in it ('type2' for
     * '2'); null when none is near.
     */
    public static @Nullable String value(String value, Collection<String> allowed) {
        String closest = closest(value, allowed);
        if (closest != null
                && 2 * distance(value.toLowerCase(Locale.ROOT), closest.toLowerCase(Locale.ROOT)) <= closest.length()) {
            return closest;
        }
        String synonym = SYNONYMS.get(value.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
        if (synonym != null && allowed.contains(synonym)) {
            return synonym;
        }
        String digits = value.replaceAll("\\D", "");
        return !digits.isEmpty() && allowed.contains(digits) ? digits : null;
    }

    /** "did you mean 'x'?" or the fallback. */
    public static String hint(String value, Collection<String> candidates, String fallback) {
        String closest = closest(value, candidates);
        return closest == null ? fallback : "did you mean '" + closest + "'?";
    }

    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
