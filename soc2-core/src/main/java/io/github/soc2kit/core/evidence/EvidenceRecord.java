package io.github.soc2kit.core.evidence;

import io.github.soc2kit.core.diag.SourcePosition;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One record of an evidence export.
 *
 * @param key identifies the record in findings (a pull request number, an email, an incident number)
 * @param timestamp the record's default date or time as written in the export, or null
 * @param identity the person the record is about, as written (an email, a GitHub login, an IAM user name), or null
 * @param fields the record's values for CEL conditions: String, Long, Double, Boolean, List, Map (String keys) or null;
 *     adapters add derived fields (for example {@code independent_approvals})
 * @param at where the record starts in its file (repo-relative path, line, column)
 */
public record EvidenceRecord(
        String key,
        @Nullable String timestamp,
        @Nullable String identity,
        Map<String, @Nullable Object> fields,
        SourcePosition at) {

    /** The field that says where a record lives on the web, which {@link #link()} reads. */
    public static final String LINK = "html_url";

    /**
     * Where a record lives on the web, as its export says: the {@code html_url} of a GitHub pull request or a
     * PagerDuty incident, when it is an absolute {@code https} URL; null for any other value.
     */
    public @Nullable String link() {
        if (!(get(LINK) instanceof String url)) {
            return null;
        }
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null ? uri.toASCIIString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * The value at a dotted path such as {@code base.ref}: a field with exactly that name first (CSV headers may hold
     * dots), else the nested value; null when any part is missing.
     */
    public @Nullable Object get(String path) {
        if (fields.containsKey(path)) {
            return fields.get(path);
        }
        Object current = fields;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    /** Whether the record has the field at {@code path} (as {@link #get} finds it), whatever its value, null too. */
    public boolean has(String path) {
        if (fields.containsKey(path)) {
            return true;
        }
        Object current = fields;
        for (String part : path.split("\\.", -1)) {
            if (current == null) {
                return true; // a null on the way: the export has the field, without a value
            }
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(part)) {
                return false;
            }
            current = map.get(part);
        }
        return true;
    }

    /**
     * The names of the fields next to where {@code path} fails: those of the deepest object on its way that the record
     * has, in the record's order.
     */
    public List<String> fieldsAround(String path) {
        Map<?, ?> map = fields;
        for (String part : path.split("\\.", -1)) {
            if (!(map.get(part) instanceof Map<?, ?> nested)) {
                break;
            }
            map = nested;
        }
        return map.keySet().stream().map(String::valueOf).toList();
    }
}
