package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.diag.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The position of the first record with each key, held in a few arrays rather than in objects per key: a million keys
 * of a source cost the garbage collector a few arrays to keep, not four million objects (a {@code HashMap}'s entry,
 * the key, its characters and the position) to copy. The keys' characters follow each other in one array, a byte
 * each, found through an open-addressing table that holds each key's hash beside its entry, so that a probe past other
 * keys reads on in the table rather than in the entries. A key with a character beyond Latin-1 (keys are mostly ids,
 * numbers and e-mail addresses), and one that lies more than {@value #MAX_PROBES} slots from where its hash points
 * (keys made to collide), is kept in a {@code HashMap} instead, which also bounds the work such keys cause.
 */
final class FirstKeys {

    private static final int MAX_PROBES = 32;

    /** At the slot a key's hash points to, or the next free one: its hash, then its entry + 1; 0 is free. */
    private long[] table = new long[1024];

    private int entries;
    /** Entry i's characters, all Latin-1, are {@code text[starts[i]]} up to {@code text[starts[i + 1]]}. */
    private int[] starts = new int[513];

    private byte[] text = new byte[4096];
    private int[] files = new int[512];
    private int[] lines = new int[512];
    private int[] columns = new int[512];
    private final List<String> paths = new ArrayList<>();
    private final Map<String, SourcePosition> crowded = new HashMap<>();

    /** The position of the first record with {@code key}; null when this is the first, which is at {@code at}. */
    @Nullable SourcePosition putIfAbsent(String key, SourcePosition at) {
        int hash = mix(key.hashCode());
        int mask = table.length - 1;
        int free = -1;
        for (int probe = 0, slot = hash & mask; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
            long held = table[slot];
            if (held == 0) {
                free = slot;
                break;
            }
            int entry = (int) held - 1;
            if ((int) (held >>> 32) == hash && holds(entry, key)) {
                return position(entry);
            }
        }
        SourcePosition earlier = crowded.isEmpty() ? null : crowded.get(key);
        if (earlier != null) {
            return earlier;
        }
        if (free < 0 || !latin1(key)) {
            crowded.put(key, at);
            return null;
        }
        table[free] = (long) hash << 32 | add(key, at) + 1;
        if (entries * 2 > table.length) {
            grow();
        }
        return null;
    }

    private boolean holds(int entry, String key) {
        int start = starts[entry];
        if (starts[entry + 1] - start != key.length()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if ((text[start + i] & 0xFF) != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean latin1(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private SourcePosition position(int entry) {
        return new SourcePosition(paths.get(files[entry]), lines[entry], columns[entry]);
    }

    private int add(String key, SourcePosition at) {
        int entry = entries++;
        if (entry + 1 == files.length) {
            int size = files.length * 2;
            starts = Arrays.copyOf(starts, size + 1);
            files = Arrays.copyOf(files, size);
            lines = Arrays.copyOf(lines, size);
            columns = Arrays.copyOf(columns, size);
        }
        int start = starts[entry];
        long end = (long) start + key.length();
        if (end > text.length) {
            // doubled, in long arithmetic: past a billion characters an int would overflow into a copy per key
            long size = Math.min(Math.max(2L * text.length, end), Integer.MAX_VALUE - 8);
            if (size < end) {
                throw new OutOfMemoryError("more than " + size + " characters of record keys in one evidence source");
            }
            text = Arrays.copyOf(text, (int) size);
        }
        for (int i = 0; i < key.length(); i++) {
            text[start + i] = (byte) key.charAt(i);
        }
        starts[entry + 1] = start + key.length();
        if (paths.isEmpty() || !paths.get(paths.size() - 1).equals(at.path())) {
            paths.add(at.path()); // the records of a file come one after the other
        }
        files[entry] = paths.size() - 1;
        lines[entry] = at.line();
        columns[entry] = at.column();
        return entry;
    }

    /** Doubles the table; an entry that would lie too far from its slot now moves to the crowded keys. */
    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long value : old) {
            if (value == 0) {
                continue;
            }
            int entry = (int) value - 1;
            int slot = (int) (value >>> 32) & mask;
            int probe = 0;
            while (table[slot] != 0 && probe < MAX_PROBES) {
                slot = (slot + 1) & mask;
                probe++;
            }
            if (probe < MAX_PROBES) {
                table[slot] = value;
            } else {
                crowded.put(
                        new String(text, starts[entry], starts[entry + 1] - starts[entry], StandardCharsets.ISO_8859_1),
                        position(entry));
            }
        }
    }

    /** Spreads a string's hash over all bits, so that keys that differ only in their last characters spread too. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
