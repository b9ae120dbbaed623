package io.github.soc2kit.core.load;

import io.github.soc2kit.core.model.CriteriaCatalogue;
import io.github.soc2kit.core.model.Criterion;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Loads the bundled trust services criteria catalogue from the policy-schema jar. */
public final class CatalogueLoader {

    static final String RESOURCE = "soc2kit/criteria/tsc-2017.yaml";

    private CatalogueLoader() {}

    public static CriteriaCatalogue tsc2017() {
        InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("bundled criteria catalogue missing from the classpath: " + RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            YamlReader.Result result = new YamlReader().read(reader, RESOURCE);
            if (result.document() == null) {
                throw new IllegalStateException("bundled criteria catalogue is broken: " + result.findings());
            }
            JsonNode root = result.document().root();
            Map<String, String> series = new LinkedHashMap<>();
            for (JsonNode s : root.path("series")) {
                series.put(s.path("id").asString(), s.path("title").asString());
            }
            Map<String, Criterion> criteria = new LinkedHashMap<>();
            for (JsonNode c : root.path("criteria")) {
                String id = c.path("id").asString();
                criteria.put(
                        id,
                        new Criterion(
                                id,
                                c.path("category").asString(),
                                c.path("series").asString(),
                                c.path("summary").asString()));
            }
            return new CriteriaCatalogue(root.path("version").asString(), series, criteria);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
