package io.github.soc2kit.core.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.soc2kit.core.diag.SourcePosition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The first position of each key, as a map of strings to positions would give it, however the keys' hashes fall. */
class FirstKeysTest {

    @Test
    void gives_the_first_position_of_each_key_as_a_map_does_across_files_and_growth() {
        FirstKeys keys = new FirstKeys();
        Map<String, SourcePosition> expected = new HashMap<>();
        Random random = new Random(7);
        List<String> colliding = colliding(6);
        for (int i = 0; i < 200_000; i++) {
            // 64 keys of one hash first, then now and then one of them: their slots fill, and the table's growth
            // moves keys away from them
            String key = i < 64
                    ? colliding.get(i)
                    : i % 997 == 0
                            ? colliding.get(random.nextInt(colliding.size()))
                            : Integer.toString(random.nextInt(150_000)) + (i % 3 == 0 ? "" : i % 3 == 1 ? "-ü" : "-ł");
            SourcePosition at = new SourcePosition("evidence/f" + i / 50_000 + ".json", i + 2, i % 7 + 1);
            assertThat(keys.putIfAbsent(key, at)).as(key).isEqualTo(expected.putIfAbsent(key, at));
        }
        assertThat(keys.putIfAbsent("", SourcePosition.of("a"))).isNull();
        assertThat(keys.putIfAbsent("", SourcePosition.of("b"))).isEqualTo(SourcePosition.of("a"));
    }

    @Test
    void a_key_beyond_latin_1_is_not_taken_for_the_key_of_its_low_bytes_with_the_same_hash() {
        // each character 256 times k above 'a': the hash grows by 256 * (18 * 31^4 + 5 * 31^3 + 5 * 31^2 + 2 * 31 +
        // 16),
        // which is 2^32, so it stays the same; the low byte of each character stays 'a'
        int[] k = {18, 5, 5, 2, 16};
        StringBuilder wide = new StringBuilder();
        for (int times : k) {
            wide.append((char) ('a' + 256 * times));
        }
        String key = wide.toString();
        assertThat(key.hashCode()).isEqualTo("aaaaa".hashCode());

        FirstKeys keys = new FirstKeys();
        assertThat(keys.putIfAbsent("aaaaa", SourcePosition.of("a.json"))).isNull();
        assertThat(keys.putIfAbsent(key, SourcePosition.of("b.json"))).isNull();
        assertThat(keys.putIfAbsent(key, SourcePosition.of("c.json"))).isEqualTo(SourcePosition.of("b.json"));
        assertThat(keys.putIfAbsent("aaaaa", SourcePosition.of("d.json"))).isEqualTo(SourcePosition.of("a.json"));
    }

    @Test
    void keys_made_to_share_one_hash_are_told_apart_without_a_walk_through_all_of_them() {
        List<String> colliding = colliding(17);
        assertThat(colliding.get(0).hashCode())
                .isEqualTo(colliding.get(colliding.size() - 1).hashCode());

        FirstKeys keys = new FirstKeys();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < colliding.size(); i++) {
                assertThat(keys.putIfAbsent(colliding.get(i), new SourcePosition("p.json", i + 1, 1)))
                        .isNull();
            }
            for (int i = 0; i < colliding.size(); i++) {
                assertThat(keys.putIfAbsent(colliding.get(i), SourcePosition.of("q.json")))
                        .isEqualTo(new SourcePosition("p.json", i + 1, 1));
            }
        });
    }

    /** "Aa" and "BB" have the same hash, so do all 2^pairs strings of that many such pairs. */
    private static List<String> colliding(int pairs) {
        List<String> colliding = new ArrayList<>();
        for (int bits = 0; bits < 1 << pairs; bits++) {
            StringBuilder key = new StringBuilder();
            for (int pair = 0; pair < pairs; pair++) {
                key.append((bits >> pair & 1) == 0 ? "Aa" : "BB");
            }
            colliding.add(key.toString());
        }
        return colliding;
    }
}
