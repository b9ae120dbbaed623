package io.github.soc2kit.core.api;

import java.util.List;

/**
 * What {@link PolicyInitializer} did.
 *
 * @param written the files written, relative to the folder, with '/', in path order
 * @param kept the files of the starter that were there already and were left untouched
 */
public record InitResult(List<String> written, List<String> kept) {

    public InitResult {
        written = List.copyOf(written);
        kept = List.copyOf(kept);
    }
}
