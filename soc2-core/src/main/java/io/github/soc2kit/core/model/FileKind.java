package io.github.soc2kit.core.model;

/** The kinds of file in a policy repository, each with its JSON Schema. */
public enum FileKind {
    SOC2("soc2"),
    ROSTER("roster"),
    POLICY("policy"),
    CONTROL("control"),
    DESCRIPTION("description"),
    SOURCES("sources"),
    EXCEPTIONS("exceptions"),
    INCIDENTS("incidents"),
    HANDOFFS("handoffs");

    private final String schemaName;

    FileKind(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The schema's file name, for example {@code control.schema.json}. */
    public String schemaFile() {
        return schemaName + ".schema.json";
    }
}
