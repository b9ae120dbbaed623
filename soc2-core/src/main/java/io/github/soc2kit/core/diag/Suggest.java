package io.github.soc2kit.core.diag;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** "did you mean" suggestions for misspelt references. */
public final class Suggest {

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
