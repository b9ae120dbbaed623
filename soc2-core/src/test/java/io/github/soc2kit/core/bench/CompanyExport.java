package io.github.soc2kit.core.bench;

import io.github.soc2kit.core.Fixtures;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * A company-year of exports for the benchmark: the example repository (45 controls) with its large exports generated
 * at a chosen scale, in the shapes the systems write. {@code pulls} pull requests of about 16 KB each (full objects
 * with their {@code head} and {@code base} repository objects, pages of 100 as {@code gh api --paginate} writes them,
 * {@link #PULL_TEMPLATE}) and one review file per pull request; {@code pulls / 10} people (at least 200) in the HRIS
 * export and the identity map, each an Okta user with a factors file and three training enrollments; an IAM
 * credential report of a tenth of them; {@code pulls / 20} PagerDuty incidents; and {@code pulls} AWS Backup jobs as
 * an NDJSON log. The example's own people stay, since its policies and controls name them. Deterministic: the same
 * scale writes the same bytes.
 *
 * <p>What the checks find is fixed by construction: CHG-01 sees every merged pull request into {@code main}, and every
 * 50th of them has one approval where the policy requires two.
 */
final class CompanyExport {

    /** One pull request as GitHub's list endpoint returns it; see {@link Template}. */
    static final String PULL_TEMPLATE = "bench/company/pull-request.json";

    private static final LocalDate START = LocalDate.of(2025, 10, 1);
    private static final String[] REPOS = {"ledger", "connectors", "infrastructure"};
    private static final String[] FIRST = {"Ada", "Bo", "Chen", "Dara", "Eli", "Femi", "Gia", "Hal", "Ines", "Jun"};
    private static final String[] LAST = {"Berg", "Costa", "Diaz", "Ekwueme", "Fox", "Gupta", "Holm", "Ito", "Jain"};

    private final Path repo;
    private final int pulls;
    private final int people;

    private CompanyExport(Path repo, int pulls) {
        this.repo = repo;
        this.pulls = pulls;
        this.people = Math.max(200, pulls / 10);
    }

    /** Copies the example repository into {@code target} and writes the exports at {@code pulls} pull requests. */
    static Path write(Path target, int pulls) throws IOException {
        Fixtures.copyTree(Path.of("../example-repo"), target);
        CompanyExport export = new CompanyExport(target, pulls);
        export.people();
        export.pulls();
        export.okta();
        export.credentialReport();
        export.training();
        export.incidents();
        export.backups();
        return target;
    }

    /** How many pull requests CHG-01 judges: those merged into main. */
    static int mergedIntoMain(int pulls) {
        int count = 0;
        for (int n = 1; n <= pulls; n++) {
            count += merged(n) && base(n).equals("main") ? 1 : 0;
        }
        return count;
    }

    /** How many of those have a single approval. */
    static int singleApproval(int pulls) {
        int count = 0;
        for (int n = 1; n <= pulls; n++) {
            count += merged(n) && base(n).equals("main") && singlyApproved(n) ? 1 : 0;
        }
        return count;
    }

    /** Whether pull request {@code n} has one approval: every 50th, counted from the 7th, all merged into main. */
    private static boolean singlyApproved(int n) {
        return n % 50 == 7;
    }

    private static boolean merged(int n) {
        return n % 10 != 0;
    }

    private static String base(int n) {
        return n % 25 == 0 ? "release" : "main";
    }

    private String email(int person) {
        return name(person, '.').toLowerCase(Locale.ROOT) + person + "@northwind.example";
    }

    private static String name(int person, char separator) {
        return FIRST[person % FIRST.length] + separator + LAST[person % LAST.length];
    }

    private static String login(int person) {
        return "nw-" + name(person, '-').toLowerCase(Locale.ROOT) + person;
    }

    private static boolean terminated(int person) {
        return person % 20 == 0;
    }

    private static LocalDate day(int n) {
        return START.plusDays(n % 365);
    }

    private static String sha(long seed) {
        return String.format(Locale.ROOT, "%08x", seed * 2654435761L & 0xffffffffL)
                .repeat(5);
    }

    /** The roster: the HRIS export and the identity map, appended to the example's. */
    private void people() throws IOException {
        try (Writer out = append("evidence/hris/employees.csv")) {
            for (int p = 1; p <= people; p++) {
                LocalDate hired = p % 7 == 0 ? day(p) : LocalDate.of(2019 + p % 6, 1 + p % 12, 1 + p % 28);
                out.write(String.format(
                        Locale.ROOT,
                        "%d,%s,%s,%s,%s,Engineering,%s,Full-Time,%s,%s,1003%n",
                        20_000 + p,
                        FIRST[p % FIRST.length],
                        LAST[p % LAST.length],
                        email(p),
                        p % 3 == 0 ? "Site Reliability Engineer" : "Software Engineer",
                        terminated(p) ? "Inactive" : "Active",
                        hired,
                        terminated(p) ? day(p * 7).toString() : "0000-00-00"));
            }
        }
        try (Writer out = append("identity-map.csv")) {
            for (int p = 1; p <= people; p++) {
                out.write(email(p) + "," + (p % 10 == 0 ? "iam-" + p : "") + "," + login(p) + "\n");
            }
        }
    }

    /** The pull requests in pages of 100, and the review file of each. */
    private void pulls() throws IOException {
        Template template = new Template(
                Fixtures.resource(PULL_TEMPLATE),
                Set.of("number", "id", "user_id", "repo_id", "merged_at", "merge_sha", "labels"));
        Path reviews = repo.resolve("evidence/github/reviews");
        try (var files = Files.list(reviews)) {
            for (Path old : files.toList()) {
                Files.delete(old);
            }
        }
        try (Writer out = writer("evidence/github/pulls.json")) {
            for (int n = 1; n <= pulls; n++) {
                out.write(n % 100 == 1 ? "[" : ",");
                int author = 1 + n % people;
                String repoName = REPOS[n % REPOS.length];
                LocalDateTime created = day(n).atTime(9, n % 60);
                LocalDateTime closed = created.plusHours(5);
                String merged = merged(n) ? quoted(closed + ":00Z") : "null";
                String label = n % 40 == 0 ? "emergency" : n % 2 == 0 ? "bug" : "enhancement";
                template.write(
                        out,
                        Map.ofEntries(
                                Map.entry("repo", repoName),
                                Map.entry("repo_id", Integer.toString(418_220_931 + n % REPOS.length)),
                                Map.entry("number", Integer.toString(n)),
                                Map.entry("id", Long.toString(3_015_000_000L + n)),
                                Map.entry("title", "Change " + n + " to the " + repoName + " service"),
                                Map.entry("login", login(author)),
                                Map.entry("user_id", Integer.toString(90_000_000 + author)),
                                Map.entry("body", "Closes LED-" + n + "."),
                                Map.entry("created_at", created + ":00Z"),
                                Map.entry("updated_at", closed.plusSeconds(2) + "Z"),
                                Map.entry("closed_at", closed + ":00Z"),
                                Map.entry("merged_at", merged),
                                Map.entry("merge_sha", merged(n) ? quoted(sha(3L * n)) : "null"),
                                Map.entry(
                                        "labels",
                                        "[{\"id\":9031554152,\"node_id\":\"LA_kwDOGO2Lw88AAAACGk\",\"url\":"
                                                + "\"https://api.github.com/repos/northwind-ledger/" + repoName
                                                + "/labels/" + label + "\",\"name\":\"" + label
                                                + "\",\"color\":\"d73a4a\",\"default\":false,\"description\":null}]"),
                                Map.entry("branch", login(author) + "/change-" + n),
                                Map.entry("head_sha", sha(n)),
                                Map.entry("base", base(n)),
                                Map.entry("base_sha", sha(7L * n))));
                out.write(n % 100 == 0 || n == pulls ? "]" : "");
                reviews(n, repoName, author, closed);
            }
        }
    }

    /** The reviews of pull request {@code n}: two approvals on its head, one where {@link #singlyApproved}. */
    private void reviews(int n, String repoName, int author, LocalDateTime closed) throws IOException {
        List<String> list = new ArrayList<>();
        for (int r = 1; r <= (singlyApproved(n) ? 1 : 2); r++) {
            int reviewer = 1 + (n + r * 7) % people;
            reviewer = reviewer == author ? 1 + reviewer % people : reviewer;
            String login = login(reviewer);
            list.add(String.format(
                    Locale.ROOT,
                    """
                      {
                        "id": %d,
                        "node_id": "PRR_kwDOGO2Lw86%d",
                        "user": {
                          "login": "%s",
                          "id": %d,
                          "node_id": "U_kgDOBVtVJg",
                          "avatar_url": "https://avatars.githubusercontent.com/u/%d?v=4",
                          "url": "https://api.github.com/users/%s",
                          "html_url": "https://github.com/%s",
                          "type": "User",
                          "site_admin": false
                        },
                        "body": "",
                        "state": "APPROVED",
                        "html_url": "https://github.com/northwind-ledger/%s/pull/%d#pullrequestreview-%d",
                        "pull_request_url": "https://api.github.com/repos/northwind-ledger/%s/pulls/%d",
                        "author_association": "MEMBER",
                        "_links": {
                          "html": {"href": "https://github.com/northwind-ledger/%s/pull/%d#pullrequestreview-%d"},
                          "pull_request": {"href": "https://api.github.com/repos/northwind-ledger/%s/pulls/%d"}
                        },
                        "submitted_at": "%s:00Z",
                        "commit_id": "%s"
                      }""",
                    3_310_000_000L + 2L * n + r,
                    n,
                    login,
                    90_000_000 + reviewer,
                    90_000_000 + reviewer,
                    login,
                    login,
                    repoName,
                    n,
                    3_310_000_000L + 2L * n + r,
                    repoName,
                    n,
                    repoName,
                    n,
                    3_310_000_000L + 2L * n + r,
                    repoName,
                    n,
                    closed.minusHours(r),
                    sha(n)));
        }
        Files.writeString(
                repo.resolve("evidence/github/reviews/" + repoName + "-" + n + ".json"),
                "[\n" + String.join(",\n", list) + "\n]\n");
    }

    /** An Okta user for each person, and their factors file: a push factor and for most a TOTP one too. */
    private void okta() throws IOException {
        String users = Files.readString(repo.resolve("evidence/okta/users.json"), StandardCharsets.UTF_8)
                .strip();
        try (Writer out = writer("evidence/okta/users.json")) {
            out.write(users.substring(0, users.length() - 1)); // the example's users, then the generated ones
            for (int p = 1; p <= people; p++) {
                String id = String.format(Locale.ROOT, "00u%017d", p);
                String changed = terminated(p) ? day(p * 7).plusDays(1) + "T10:00:00.000Z" : "2024-01-02T12:45:44.000Z";
                out.write(String.format(
                        Locale.ROOT,
                        """
                        ,
                          {
                            "id": "%s",
                            "status": "%s",
                            "created": "2018-03-30T15:08:55.000Z",
                            "activated": "2018-04-02T12:45:44.000Z",
                            "statusChanged": "%s",
                            "lastLogin": "2026-09-30T17:59:21.000Z",
                            "lastUpdated": "%s",
                            "passwordChanged": "2026-08-17T14:19:00.000Z",
                            "type": {"id": "oty1r9b0vxQ2wT6Ea697"},
                            "profile": {
                              "firstName": "%s",
                              "lastName": "%s",
                              "mobilePhone": null,
                              "secondEmail": null,
                              "login": "%s",
                              "email": "%s",
                              "title": "Software Engineer",
                              "department": "Engineering",
                              "employeeNumber": "%d",
                              "userType": "Employee"
                            },
                            "credentials": {
                              "password": {},
                              "emails": [{"value": "%s", "status": "VERIFIED", "type": "PRIMARY"}],
                              "provider": {"type": "OKTA", "name": "OKTA"}
                            },
                            "_links": {"self": {"href": "https://northwind.okta.com/api/v1/users/%s"}}
                          }""",
                        id,
                        terminated(p) ? "DEPROVISIONED" : "ACTIVE",
                        changed,
                        changed,
                        FIRST[p % FIRST.length],
                        LAST[p % LAST.length],
                        email(p),
                        email(p),
                        20_000 + p,
                        email(p),
                        id));
                factors(id, p);
            }
            out.write("\n]\n");
        }
    }

    private void factors(String user, int person) throws IOException {
        List<String> factors = new ArrayList<>();
        for (String type : person % 3 == 0 ? List.of("push") : List.of("push", "token:software:totp")) {
            String id = "opf" + user.substring(3, 17) + type.length();
            factors.add(String.format(Locale.ROOT, """
                      {
                        "id": "%s",
                        "factorType": "%s",
                        "provider": "OKTA",
                        "vendorName": "OKTA",
                        "status": "ACTIVE",
                        "created": "2022-05-16T13:22:32.000Z",
                        "lastUpdated": "2022-05-16T13:22:32.000Z",
                        "profile": {"credentialId": "%s", "deviceType": "SmartPhone_IPhone", "platform": "IOS"},
                        "_links": {"self": {"href": "https://northwind.okta.com/api/v1/users/%s/factors/%s"}}
                      }""", id, type, email(person), user, id));
        }
        Files.writeString(
                repo.resolve("evidence/okta/factors/" + user + ".json"), "[\n" + String.join(",\n", factors) + "\n]\n");
    }

    /** An IAM user for every tenth person, each with an access key. */
    private void credentialReport() throws IOException {
        try (Writer out = append("evidence/aws/credential-report.csv")) {
            for (int p = 10; p <= people; p += 10) {
                String rotated = day(p).atTime(14, 11, 7) + "+00:00";
                out.write(String.format(
                        Locale.ROOT,
                        "iam-%d,arn:aws:iam::482915736204:user/iam-%d,2021-02-15T18:22:40+00:00,true,"
                                + "2026-09-29T08:12:00+00:00,2025-06-01T10:00:00+00:00,N/A,true,true,%s,"
                                + "2026-09-30T21:48:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A%n",
                        p,
                        p,
                        rotated));
            }
        }
    }

    /** Three KnowBe4 enrollments per person: awareness training and two policy acknowledgements. */
    private void training() throws IOException {
        try (Writer out = append("evidence/training/enrollments.csv")) {
            for (int p = 1; p <= people; p++) {
                String enrolled = day(p) + "T13:00:00.000Z";
                String done = day(p).plusDays(3) + "T16:48:20.000Z";
                out.write(String.format(
                        Locale.ROOT,
                        "%1$s,Security Awareness Training,Store Purchase,Annual Training,%2$s,%2$s,%3$s,Passed,false%n"
                                + "%1$s,Acceptable Use Policy,Uploaded Policy,Annual Policies,%2$s,%2$s,%3$s,Completed,true%n"
                                + "%1$s,Code of Conduct,Uploaded Policy,Annual Policies,%2$s,%2$s,%3$s,Completed,%4$s%n",
                        email(p),
                        enrolled,
                        done,
                        p % 40 == 0 ? "false" : "true"));
            }
        }
    }

    /** PagerDuty incidents of the period, low urgency, in one response. */
    private void incidents() throws IOException {
        int count = pulls / 20;
        try (Writer out = writer("evidence/pagerduty/incidents.json")) {
            out.write("{\"incidents\":[");
            for (int i = 1; i <= count; i++) {
                LocalDateTime created = day(i).atTime(8, i % 60);
                out.write(String.format(
                        Locale.ROOT,
                        "%s{\"id\":\"Q%07dBL\",\"type\":\"incident\",\"summary\":\"[#%d] Synthetic check flapping\","
                                + "\"self\":\"https://api.pagerduty.com/incidents/Q%07dBL\",\"html_url\":"
                                + "\"https://northwind.pagerduty.com/incidents/Q%07dBL\",\"incident_number\":%d,"
                                + "\"title\":\"Synthetic check flapping\",\"created_at\":\"%s:00Z\",\"updated_at\":\"%s:00Z\","
                                + "\"status\":\"resolved\",\"incident_key\":null,\"service\":{\"id\":\"PLGW3M9\","
                                + "\"type\":\"service_reference\",\"summary\":\"ledger-web\"},\"assignments\":[],"
                                + "\"last_status_change_at\":\"%s:00Z\",\"resolved_at\":\"%s:00Z\",\"alert_counts\":"
                                + "{\"all\":2,\"triggered\":0,\"resolved\":2},\"escalation_policy\":{\"id\":\"PEP1K4D\","
                                + "\"type\":\"escalation_policy_reference\",\"summary\":\"Platform on-call\"},\"teams\":"
                                + "[{\"id\":\"PTM8R2C\",\"type\":\"team_reference\",\"summary\":\"Platform\"}],"
                                + "\"urgency\":\"low\",\"priority\":null}",
                        i == 1 ? "" : ",",
                        i,
                        100_000 + i,
                        i,
                        i,
                        100_000 + i,
                        created,
                        created.plusMinutes(17),
                        created.plusMinutes(17),
                        created.plusMinutes(17)));
            }
            out.write("],\"limit\":" + count + ",\"offset\":0,\"more\":false,\"total\":" + count + "}\n");
        }
    }

    /** AWS Backup jobs as an NDJSON log in place of the example's CSV: the source's declaration follows. */
    private void backups() throws IOException {
        Path sources = repo.resolve("evidence/sources.yaml");
        String declared = Files.readString(sources);
        String csv = "format: csv\n    path: evidence/aws/backup-jobs.csv";
        if (!declared.contains(csv)) {
            throw new IllegalStateException("example-repo's backup-jobs source is no longer " + csv);
        }
        Files.writeString(sources, declared.replace(csv, "format: ndjson\n    path: evidence/aws/backup-jobs.ndjson"));
        Files.delete(repo.resolve("evidence/aws/backup-jobs.csv"));
        String[] resources = {"db:ledger-prod", "db:connectors-prod", "db:reporting-prod"};
        try (Writer out = writer("evidence/aws/backup-jobs.ndjson")) {
            for (int j = 0; j < pulls; j++) {
                LocalDateTime started = START.atStartOfDay().plusMinutes(j * (365L * 24 * 60 / pulls));
                out.write(String.format(
                        Locale.ROOT,
                        "{\"job_id\":\"%08X-A902-1B07-A123-50532A6B4366\",\"resource_type\":\"RDS\","
                                + "\"resource_arn\":\"arn:aws:rds:us-east-1:482915736204:%s\",\"status\":\"COMPLETED\","
                                + "\"started_at\":\"%s:00+00:00\",\"completed_at\":\"%s:00+00:00\"}%n",
                        j,
                        resources[j % resources.length],
                        started,
                        started.plusMinutes(20)));
            }
        }
    }

    private Writer writer(String path) throws IOException {
        return Files.newBufferedWriter(repo.resolve(path), StandardCharsets.UTF_8);
    }

    /** Appends rows to one of the example's exports, which ends with a line break. */
    private BufferedWriter append(String path) throws IOException {
        return Files.newBufferedWriter(
                repo.resolve(path), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    /**
     * A JSON document with placeholders, written compact. A placeholder is text, inside a string ({@code
     * ".../pulls/{{number}}"}) or as a whole one ({@code "{{title}}"}); a whole string whose placeholder is one of the
     * template's {@code raw} ones takes a JSON value instead (a number, an array, null or a quoted string).
     */
    static final class Template {
        private static final Pattern PLACEHOLDER = Pattern.compile("\"\\{\\{(\\w+)}}\"|\\{\\{(\\w+)}}");

        private final List<String> text = new ArrayList<>();
        private final List<String> slots = new ArrayList<>();
        private final List<Boolean> quoted = new ArrayList<>();

        Template(Path file, Set<String> raw) {
            String compact;
            try {
                compact = JsonMapper.builder().build().readTree(file.toFile()).toString();
            } catch (RuntimeException e) {
                throw new UncheckedIOException(new IOException("cannot read template " + file, e));
            }
            Matcher m = PLACEHOLDER.matcher(compact);
            int last = 0;
            while (m.find()) {
                text.add(compact.substring(last, m.start()));
                String slot = m.group(1) != null ? m.group(1) : m.group(2);
                slots.add(slot);
                quoted.add(m.group(1) != null && !raw.contains(slot));
                last = m.end();
            }
            text.add(compact.substring(last));
        }

        void write(Writer out, Map<String, String> values) throws IOException {
            for (int i = 0; i < slots.size(); i++) {
                out.write(text.get(i));
                String value = values.get(slots.get(i));
                if (value == null) {
                    throw new IllegalArgumentException("no value for {{" + slots.get(i) + "}}");
                }
                out.write(quoted.get(i) ? "\"" + value + "\"" : value);
            }
            out.write(text.get(slots.size()));
        }
    }
}
