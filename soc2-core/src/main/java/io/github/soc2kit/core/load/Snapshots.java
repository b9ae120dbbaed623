package io.github.soc2kit.core.load;

import io.github.soc2kit.core.model.Control;
import io.github.soc2kit.core.model.FileKind;
import io.github.soc2kit.core.model.Policy;
import java.io.StringReader;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one policy or control file from text, for example an older version of it taken from git. No schema check:
 * an old version is read as leniently as the model reader reads any file, and empty when it is not YAML at all;
 * {@link #checkedControl} also says whether its test may be run.
 */
public final class Snapshots {

    private final YamlReader reader = new YamlReader();
    private @Nullable SchemaValidator schemas; // loaded on first use

    /** A control read from an old version, and whether the drift checks may run its test. */
    public record CheckedControl(Control control, boolean checkable) {}

    /**
     * The control in {@code text}, read once, and whether its {@code test} matches the control schema, as the drift
     * checks need to run it. Only the test counts: an old version may miss fields a newer schema requires elsewhere.
     */
    public Optional<CheckedControl> checkedControl(String path, String text) {
        return document(path, text).map(document -> {
            if (schemas == null) {
                schemas = new SchemaValidator();
            }
            return new CheckedControl(
                    ModelReader.control(document), schemas.validAt(FileKind.CONTROL, document, "/test"));
        });
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
