package io.github.soc2kit.core.load;

import io.github.soc2kit.core.diag.Finding;
import io.github.soc2kit.core.diag.PolicyLoadException;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.diag.SourcePosition;
import io.github.soc2kit.core.diag.Wording;
import io.github.soc2kit.core.model.Positions;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads policy-repository YAML into a tree with a position for every node, and turns every problem with
 * the file itself (syntax, duplicate keys, aliases, size, nesting) into a finding instead of an exception.
 *
 * <p>Hostile input is bounded: files over {@link #MAX_FILE_BYTES} are refused before parsing, nesting is
 * limited to {@link #MAX_DEPTH}, and YAML aliases are refused outright, so alias-expansion attacks
 * ("billion laughs") cannot grow the tree.
 */
public final class YamlReader {

    /** Largest policy-repository YAML file read (evidence exports are streamed elsewhere). */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    public static final int MAX_DEPTH = 64;

    static final RuleId SYNTAX = RuleId.YAML_SYNTAX;
    static final RuleId DUPLICATE_KEY = RuleId.YAML_DUPLICATE_KEY;
    static final RuleId ALIAS = RuleId.YAML_ALIAS;
    static final RuleId TOO_LARGE = RuleId.FILE_TOO_LARGE;

    /** The hint of a syntax error: most come from a line indented wrongly, or a value that needs quotes. */
    private static final String INDENTATION = "check the indentation of this line and the one before: the keys of one"
            + " mapping and the '-' of one list start in the same column, a nested value further right, with spaces"
            + " and never tabs; quote a value that holds ': ' or starts with a character such as '[', '*' or '&'";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final YAMLFactory factory;

    public YamlReader() {
        LoadSettings settings =
                LoadSettings.builder().setCodePointLimit((int) MAX_FILE_BYTES).build();
        this.factory = YAMLFactory.builder()
                .loadSettings(settings)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxDocumentLength(MAX_FILE_BYTES)
                        .build())
                .build();
    }

    /** The outcome of reading one file: a document, or findings that explain why there is none. */
    public record Result(@Nullable YamlDocument document, List<Finding> findings) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Reads {@code file}, named {@code path} (repo-relative) in positions and findings.
     *
     * @throws PolicyLoadException when the file cannot be read at all
     */
    public Result read(Path file, String path) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new PolicyLoadException(SourcePosition.of(path), "cannot read '" + path + "': " + e.getMessage(), e);
        }
        if (size > MAX_FILE_BYTES) {
            return failed(Finding.error(
                    TOO_LARGE,
                    SourcePosition.of(path),
                    String.format(
                            Locale.ROOT,
                            "file is %.1f MB; policy files may be at most %d MB",
                            size / 1048576.0,
                            MAX_FILE_BYTES / 1048576),
                    "split the file, or move bulk data to an evidence export under evidence/"));
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return failed(notUtf8(path));
        } catch (IOException e) {
            throw new PolicyLoadException(SourcePosition.of(path), "cannot read '" + path + "': " + e.getMessage(), e);
        }
        Finding control = controlCharacter(text, path);
        return control != null ? failed(control) : parse(new StringReader(text), path);
    }

    /**
     * The first character YAML does not allow (a NUL or another control character but tab and line breaks) with its
     * line and column, which the YAML parser would report at the start of the file; null when there is none.
     */
    private static @Nullable Finding controlCharacter(String text, String path) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            boolean allowed = c == '\t' || c == '\r' || (c >= 0x20 && c < 0x7F) || c == 0x85 || c >= 0xA0;
            if (!allowed) {
                return Finding.error(
                        SYNTAX,
                        new SourcePosition(path, line, column),
                        String.format(Locale.ROOT, "control character U+%04X is not allowed in YAML", (int) c),
                        "delete it (it often comes from a copy and paste), then validate again");
            }
            column++;
        }
        return null;
    }

    /** Reads YAML text; used for bundled data and tests. */
    public Result read(Reader reader, String path) {
        return parse(reader, path);
    }

    private Result parse(Reader reader, String path) {
        Builder builder = new Builder(path);
        try (JsonParser parser = factory.createParser(reader)) {
            return document(parser, builder, path);
        } catch (StopParsing stop) {
            return new Result(null, builder.capped());
        } catch (JacksonException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof CharacterCodingException) {
                    return failed(notUtf8(path));
                }
            }
            return failed(syntaxError(path, e));
        }
    }

    private Result document(JsonParser parser, Builder builder, String path) {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return failed(Finding.error(
                        SYNTAX,
                        new SourcePosition(path, 1, 1),
                        "file is empty",
                        "write the document, or delete the file"));
            }
            JsonNode root = builder.value(parser, "");
            if (builder.findings.isEmpty() && parser.nextToken() != null) {
                builder.findings.add(Finding.error(
                        SYNTAX,
                        position(path, parser.currentTokenLocation()),
                        "file holds more than one YAML document",
                        "remove the '---' line and everything after it, or split the file"));
            }
            if (!builder.findings.isEmpty()) {
                return new Result(null, builder.capped());
            }
            return new Result(new YamlDocument(root, new Positions(path, builder.values, builder.keys)), List.of());
        } catch (StreamConstraintsException e) {
            // Jackson's exception has no location; the parser is at the value that crosses the limit
            SourcePosition at = position(path, parser.currentTokenLocation());
            if (String.valueOf(e.getOriginalMessage()).startsWith("Document nesting depth")) {
                return failed(Finding.error(
                        SYNTAX,
                        at,
                        "values are nested more than " + MAX_DEPTH + " levels deep",
                        "flatten the structure"));
            }
            return failed(Finding.error(SYNTAX, at, "the value here is too large to read", "shorten it"));
        }
    }

    private static Finding notUtf8(String path) {
        return Finding.error(SYNTAX, SourcePosition.of(path), "file is not valid UTF-8 text", "save the file as UTF-8");
    }

    private static Finding syntaxError(String path, JacksonException e) {
        if (e.getCause() instanceof MarkedYamlEngineException yaml
                && yaml.getProblemMark().isPresent()) {
            if (yaml.getProblem().contains("exceeds the limit")) {
                return Finding.error(
                        TOO_LARGE,
                        SourcePosition.of(path),
                        "file is too large; policy files may be at most " + MAX_FILE_BYTES / 1048576 + " MB",
                        "split the file");
            }
            return inOurWords(path, yaml);
        }
        String message = e.getOriginalMessage();
        return Finding.error(
                SYNTAX,
                position(path, e.getLocation()),
                "invalid YAML: " + (message == null ? "unreadable input" : Wording.firstLine(message)),
                INDENTATION);
    }

    /**
     * The parser's error in words a policy author reads, at the place of the mistake, for the mistakes people make
     * most (a tab, a line indented wrongly, a key without its ':', a quote left open); the parser's words for the rest.
     */
    private static Finding inOurWords(String path, MarkedYamlEngineException yaml) {
        String problem = yaml.getProblem();
        SourcePosition at = position(path, yaml.getProblemMark().orElseThrow());
        // where what the parser was reading started: a key without its ':' is noticed only on the next line
        SourcePosition started =
                yaml.getContextMark().map(mark -> position(path, mark)).orElse(at);
        if (problem.contains("(TAB)")) {
            return Finding.error(
                    SYNTAX,
                    at,
                    "a tab indents this line; YAML indents with spaces only",
                    "replace the tab with spaces, as many as the lines around it use");
        }
        if (problem.startsWith("could not find expected ':'")) {
            return Finding.error(
                    SYNTAX,
                    started,
                    "this line has no ':' after its key (or, in a list, no '- ' before its item)",
                    INDENTATION);
        }
        if (problem.startsWith("found unexpected end of stream")
                && String.valueOf(yaml.getContext()).contains("quoted scalar")) {
            return Finding.error(
                    SYNTAX, started, "a quote opened here is not closed", "close the quote at the end of the value");
        }
        if (problem.startsWith("expected <block end>, but found '<block")) {
            return Finding.error(SYNTAX, at, "this line is indented like no key or list item above it", INDENTATION);
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return Finding.error(
                    SYNTAX,
                    at,
                    "a ':' here starts a key where none can start (a line indented further than the key above it,"
                            + " or a value that holds ': ' without quotes)",
                    INDENTATION);
        }
        return Finding.error(SYNTAX, at, "invalid YAML: " + problem + context(yaml), INDENTATION);
    }

    private static SourcePosition position(String path, Mark mark) {
        return new SourcePosition(path, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String context(MarkedYamlEngineException e) {
        String context = e.getContext();
        return context == null || context.isBlank() ? "" : " (" + Wording.firstLine(context) + ")";
    }

    private static Result failed(Finding finding) {
        return new Result(null, List.of(finding));
    }

    static SourcePosition position(String path, @Nullable TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourcePosition.of(path);
        }
        return new SourcePosition(path, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** Thrown inside the builder once the file must not be read further (an alias was found). */
    private static final class StopParsing extends RuntimeException {
        StopParsing() {
            super(null, null, false, false);
        }
    }

    /** Builds the tree from the token stream and records positions on the way. */
    private static final class Builder {
        final String path;
        final Map<String, SourcePosition> values = new HashMap<>();
        final Map<String, SourcePosition> keys = new HashMap<>();
        final List<Finding> findings = new ArrayList<>();

        /** The findings in order, the repeats of one mistake counted rather than listed. */
        List<Finding> capped() {
            return Finding.capped(findings.stream().sorted().toList(), Finding.MAX_PER_FILE);
        }

        Builder(String path) {
            this.path = path;
        }

        JsonNode value(JsonParser parser, String pointer) {
            SourcePosition at = position(path, parser.currentTokenLocation());
            values.put(pointer, at);
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                findings.add(Finding.error(
                        ALIAS,
                        at,
                        "YAML aliases ('*" + Wording.clipped(parser.getString()) + "') are not supported",
                        "write the value out in full; anchors and aliases make policy files hard to review"));
                throw new StopParsing();
            }
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> object(parser, pointer);
                case START_ARRAY -> array(parser, pointer);
                case VALUE_STRING -> NODES.stringNode(parser.getString());
                case VALUE_NUMBER_INT ->
                    switch (parser.getNumberType()) {
                        case INT -> NODES.numberNode(parser.getIntValue());
                        case LONG -> NODES.numberNode(parser.getLongValue());
                        default -> NODES.numberNode(parser.getBigIntegerValue());
                    };
                case VALUE_NUMBER_FLOAT -> decimal(parser, at);
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                default -> NODES.stringNode(parser.getString());
            };
        }

        /** A decimal; '.inf' and '.nan' are numbers YAML has and a policy cannot use. */
        JsonNode decimal(JsonParser parser, SourcePosition at) {
            try {
                return NODES.numberNode(parser.getDecimalValue());
            } catch (NumberFormatException e) {
                findings.add(Finding.error(
                        SYNTAX,
                        at,
                        "'" + Wording.clipped(parser.getString()) + "' is not a finite number",
                        "write a number such as 0.5, or quote the value to make it text"));
                throw new StopParsing();
            }
        }

        ObjectNode object(JsonParser parser, String pointer) {
            ObjectNode node = NODES.objectNode();
            Map<String, SourcePosition> seen = new HashMap<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                String child = pointer + "/" + YamlDocument.token(name);
                SourcePosition keyAt = position(path, parser.currentTokenLocation());
                parser.nextToken();
                SourcePosition first = seen.putIfAbsent(name, keyAt);
                if (first != null) {
                    findings.add(Finding.error(
                            DUPLICATE_KEY,
                            keyAt,
                            "duplicate key '" + Wording.clipped(name) + "' (first defined at line " + first.line()
                                    + ")",
                            "keep one '" + Wording.clipped(name) + ":' and remove the other"));
                    parser.skipChildren();
                    continue;
                }
                keys.put(child, keyAt);
                node.set(name, value(parser, child));
            }
            return node;
        }

        ArrayNode array(JsonParser parser, String pointer) {
            ArrayNode node = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                node.add(value(parser, pointer + "/" + index++));
            }
            return node;
        }
    }

    /** Whether a file of this name is a policy-repository YAML file: {@code .yaml} or {@code .yml}, not hidden. */
    public static boolean isYaml(String name) {
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.startsWith(".");
    }

    /**
     * Every YAML file below {@code dir} (none when it is no folder), links and special files too (the loader refuses
     * them), in a stable order, and the folders below it that {@code policy} did not walk.
     */
    public static FilePolicy.Listing filesUnder(FilePolicy policy, Path dir) {
        if (!Files.isDirectory(dir)) {
            return FilePolicy.Listing.NONE;
        }
        FilePolicy.Listing walk = policy.walk(dir, Integer.MAX_VALUE);
        return new FilePolicy.Listing(
                walk.files().stream()
                        .filter(p -> isYaml(p.getFileName().toString()))
                        .sorted()
                        .toList(),
                walk.refused().stream()
                        .sorted(Comparator.comparing(FilePolicy.Refused::folder))
                        .toList());
    }
}
