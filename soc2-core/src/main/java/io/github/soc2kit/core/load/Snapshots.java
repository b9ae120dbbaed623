package io.github.soc2kit.core.load;

import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.Policy;
import io.github.soc2kit.core.schema.SchemaValidator;
import java.io.StringReader;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one policy or control file from text, for example an older version of it taken from git. No schema check:
 * an old version is read as leniently as the model reader reads any file, and empty when it is not YAML at all;
 * {@link #checkableControl} says whether its test may be run.
 */
public final class Snapshots {

    private final YamlReader reader = new YamlReader();
    private @Nullable SchemaValidator schemas; // loaded on first use

    /**
     * Whether {@code text} is a control whose {@code test} matches the control schema, as the drift checks need to
     * run it. Only the test counts: an old version may miss fields a newer schema requires elsewhere.
     */
    public boolean checkableControl(String path, String text) {
        Optional<YamlDocument> document = document(path, text);
        if (document.isEmpty()) {
            return false;
        }
        if (schemas == null) {
            schemas = new SchemaValidator();
        }
        return schemas.validAt(FileKind.CONTROL, document.get(), "/test");
    }

    /** The policy in {@code text}, named {@code path} (repo-relative) in positions. */
    public Optional<Policy> policy(String path, String text) {
        return document(path, text).map(ModelReader::policy);
    }

    /** The control in {@code text}, named {@code path} (repo-relative) in positions. */
    public Optional<Control> control(String path, String text) {
        return document(path, text).map(ModelReader::control);
    }

    private Optional<YamlDocument> document(String path, String text) {
        YamlDocument document = reader.read(new StringReader(text), path).document();
        return document == null || !document.root().isObject() ? Optional.empty() : Optional.of(document);
    }
}
