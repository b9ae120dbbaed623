package io.github.soc2kit.maven.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The whole-process benchmark ({@code ./mvnw verify -Pbench}, surefire execution {@code whole-process-benchmark}):
 * Maven as a user runs it, a child process per run ({@code mvn -o -q}), with the plugin that the invoker execution
 * has just installed into {@code target/local-repo}. Three comparisons, each a warm-up and then five alternating pairs
 * (soc2kit, then the other), reported as the medians of the times and the median of the pairs' ratios:
 *
 * <ul>
 *   <li>{@code soc2:verify} of the example repository against {@code mvn validate} of the same POM with the soc2 goals
 *       skipped (target: at most 1.5 times);
 *   <li>{@code soc2:verify} of a repository whose only control is CHG-01, with 9,700 pull requests and their review
 *       files, against the jq program a user would write instead ({@code bench/chg-01.jq}; target: jq takes at least
 *       5 times as long), when jq is on the PATH. Both must count the same population and deviations;
 *   <li>{@code soc2:render} (both sites and the PDF) of 200 policies against pandoc turning their Markdown into HTML
 *       pages, when pandoc is on the PATH.
 * </ul>
 *
 * <p>It prints one table. It asserts that every run succeeded and wrote what it writes, never a time.
 */
class WholeProcessBenchmarkTest {

    /** The day every run judges as of: the example's period end. */
    private static final String AS_OF = "2026-09-30";

    /** The first day of the example's observation period, in its time zone (soc2.yaml): jq's bounds. */
    private static final LocalDate PERIOD_START = LocalDate.of(2025, 10, 1);

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final int PULLS = 9_700;

    /** Copies of each of the example's 10 policies, the original included. */
    private static final int COPIES = 20;

    private static final int PAIRS = 5;
    private static final Pattern CONTROLS_LIST = Pattern.compile("(?m)^controls:\n(?:  - .*\n)+");
    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^(?=  - )");
    private static final Pattern PULL_NUMBER = Pattern.compile("-(\\d+)\\.json");

    /** A policy repository's build without a parent: the plugin bound as the example binds it. */
    private static final String POM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>io.github.soc2kit.bench</groupId>
              <artifactId>whole-process</artifactId>
              <version>1.0</version>
              <packaging>pom</packaging>
              <build>
                <plugins>
                  <plugin>
                    <groupId>io.github.soc2kit</groupId>
                    <artifactId>soc2-maven-plugin</artifactId>
                    <version>%s</version>
                    <configuration>
                      <failOn>never</failOn>
                    </configuration>
                    <executions>
                      <execution>
                        <goals>
                          <goal>validate</goal>
                          <goal>verify</goal>
                        </goals>
                      </execution>
                    </executions>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

    @TempDir
    Path temp;

    @Test
    void prints_whole_process_times_against_maven_jq_and_pandoc() throws Exception {
        Maven maven = Maven.configured(temp);
        List<String> rows = new ArrayList<>();
        rows.add(verifyAgainstValidate(maven));
        rows.addAll(changeReviewAgainstJq(maven));
        rows.add(renderAgainstPandoc(maven));
        System.out.printf(
                Locale.ROOT,
                "%nwhole-process benchmark: mvn -o -q, %d processors, Java %s; medians of %d alternating pairs"
                        + " after a warm-up%n  %-48s %9s %9s  %s%n%s%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.version(),
                PAIRS,
                "",
                "soc2kit",
                "other",
                "ratio",
                String.join("\n", rows));
    }

    private String verifyAgainstValidate(Maven maven) throws Exception {
        Path repo = maven.example(temp.resolve("example"));
        Timing timing = Timing.pairs(() -> maven.verify(repo), () -> maven.run(repo, "validate", "-Dsoc2.skip=true"));
        return row(
                "example repository: soc2:verify, mvn validate",
                timing.first(),
                timing.second(),
                String.format(Locale.ROOT, "verify / validate %.2f (target: at most 1.5)", timing.ratio()));
    }

    private List<String> changeReviewAgainstJq(Maven maven) throws Exception {
        String what = String.format(Locale.ROOT, "CHG-01, %,d pull requests: soc2:verify, jq", PULLS);
        if (!onPath("jq")) {
            return List.of(row(what, 0, 0, "jq not found on PATH: the comparison is skipped"));
        }
        Path repo = changeReviewOnly(maven);
        int deviations = LaterReview.addTo(repo.resolve("evidence/github/reviews"))
                + ((Number) companyExport("singleApproval", PULLS)).intValue();
        maven.run(repo, "soc2:validate");
        Path program = resource("bench/chg-01.jq");
        String jq = String.format(
                Locale.ROOT,
                "jq -n -c --arg from %s --arg until %s -f '%s' evidence/github/reviews/*.json evidence/github/pulls.json",
                PERIOD_START.atStartOfDay(ZONE).toInstant(),
                LocalDate.parse(AS_OF).plusDays(1).atStartOfDay(ZONE).toInstant(),
                program);
        Path jqOutput = temp.resolve("jq.log");
        Timing timing = Timing.pairs(() -> maven.verify(repo), () -> process(repo, jqOutput, List.of("sh", "-c", jq)));

        JsonNode chg01 = null;
        for (JsonNode control : new JsonMapper()
                .readTree(repo.resolve("target/soc2/verify.json"))
                .get("controls")) {
            chg01 = control.get("id").asString().equals("CHG-01") ? control : chg01;
        }
        assertThat(chg01).as("CHG-01 in verify.json").isNotNull();
        long population = chg01.get("population").asLong();
        assertThat(population).isEqualTo(((Number) companyExport("mergedIntoMain", PULLS)).longValue());
        assertThat(chg01.get("deviations").asLong())
                .as("pull requests left with one independent approval")
                .isEqualTo(deviations);
        assertThat(Files.readString(jqOutput).strip())
                .as("jq's counts")
                .isEqualTo("{\"population\":%d,\"deviations\":%d}", population, deviations);
        return List.of(
                row(
                        what,
                        timing.first(),
                        timing.second(),
                        String.format(Locale.ROOT, "jq / verify %.2f (target: at least 5)", 1 / timing.ratio())),
                String.format(
                        Locale.ROOT,
                        "    jq and soc2kit both count %,d pull requests merged into main, %,d without two independent approvals",
                        population,
                        deviations));
    }

    private String renderAgainstPandoc(Maven maven) throws Exception {
        Path repo = maven.example(temp.resolve("policies-200"));
        List<Path> originals = list(repo.resolve("policies"));
        for (Path policy : originals) {
            String text = Files.readString(policy);
            String id = policy.getFileName().toString().replace(".yaml", "");
            for (int copy = 2; copy <= COPIES; copy++) {
                String suffix = String.format(Locale.ROOT, "-%02d", copy);
                Files.writeString(
                        policy.resolveSibling(id + suffix + ".yaml"),
                        CONTROLS_LIST
                                .matcher(text)
                                .replaceFirst("")
                                .replaceFirst("(?m)^id: .*$", "id: " + id + suffix)
                                .replaceFirst("(?m)^title: .*$", "$0 " + copy));
            }
        }
        int policies = originals.size() * COPIES;
        maven.run(repo, "soc2:validate");
        Path site = repo.resolve("target/soc2-site");
        Run render = () -> {
            delete(repo.resolve("target"));
            double seconds = maven.run(repo, "soc2:render");
            assertThat(site.resolve("policies.pdf")).isRegularFile();
            assertThat(list(site.resolve("policies"))).hasSize(policies);
            return seconds;
        };
        String what = String.format(Locale.ROOT, "%d policies: soc2:render (sites, PDF), pandoc", policies);
        if (!onPath("pandoc")) {
            return row(what, Timing.alone(render), 0, "pandoc not on PATH: not compared");
        }
        Path markdown = Files.createDirectories(temp.resolve("markdown"));
        for (Path policy : list(repo.resolve("policies"))) {
            JsonNode yaml = new YAMLMapper().readTree(policy);
            StringBuilder text = new StringBuilder("% " + yaml.get("title").asString() + "\n");
            for (JsonNode section : yaml.get("sections")) {
                text.append("\n## ")
                        .append(section.get("title").asString())
                        .append("\n\n")
                        .append(section.get("text").asString());
            }
            Files.writeString(markdown.resolve(yaml.get("id").asString() + ".md"), text);
        }
        Path html = temp.resolve("html");
        Run pandoc = () -> {
            delete(html);
            Files.createDirectories(html);
            double seconds = process(
                    markdown,
                    temp.resolve("pandoc.log"),
                    List.of(
                            "sh",
                            "-c",
                            "for f in *.md; do pandoc --standalone -o \"" + html
                                    + "/${f%.md}.html\" \"$f\" || exit 1; done"));
            assertThat(list(html)).hasSize(policies);
            return seconds;
        };
        Timing timing = Timing.pairs(render, pandoc);
        return row(
                what,
                timing.first(),
                timing.second(),
                String.format(Locale.ROOT, "render / pandoc %.2f (target: below 1)", timing.ratio()));
    }

    /**
     * The core's company-year of exports at {@value #PULLS} pull requests, cut down to CHG-01: its policy, its
     * sources (the pull requests, their reviews, and the HRIS export that the roster reads) and the system
     * description. The registers go: an exception would excuse pull requests the jq program knows nothing of, and the
     * handoffs name controls that are gone. The other exports stay on disk, undeclared, and nothing reads them.
     */
    private Path changeReviewOnly(Maven maven) throws Exception {
        Path repo = (Path) companyExport("write", temp.resolve("chg-01"), PULLS);
        delete(repo.resolve("target"));
        delete(repo.resolve("registers"));
        maven.writePom(repo);
        for (Path control : list(repo.resolve("controls"))) {
            if (!control.endsWith("CHG-01.yaml")) {
                Files.delete(control);
            }
        }
        for (Path policy : list(repo.resolve("policies"))) {
            if (!policy.endsWith("change-management.yaml")) {
                Files.delete(policy);
            }
        }
        Path policy = repo.resolve("policies/change-management.yaml");
        Files.writeString(
                policy, CONTROLS_LIST.matcher(Files.readString(policy)).replaceFirst("controls:\n  - CHG-01\n"));
        Path sources = repo.resolve("evidence/sources.yaml");
        Set<String> kept = Set.of("github-pulls", "github-reviews", "hris-employees");
        StringBuilder text = new StringBuilder();
        for (String item : LIST_ITEM.split(Files.readString(sources))) {
            boolean source = item.startsWith("  - id: ");
            if (!source || kept.contains(item.substring("  - id: ".length(), item.indexOf('\n')))) {
                text.append(item);
            }
        }
        Files.writeString(sources, text);
        return repo;
    }

    /**
     * A review added after the first reviewer's approval of pull requests 1 to 4 of every 50, so that the jq program
     * is held to the approval rule and not only to the count of pull requests: the company export gives every merged
     * pull request two approvals, the first an hour before the merge. Those pull requests are all merged into main
     * (the export leaves every tenth unmerged and every 25th on a release branch).
     */
    private enum LaterReview {
        CHANGES_REQUESTED("CHANGES_REQUESTED", 30, false, true),
        CHANGES_REQUESTED_AFTER_MERGE("CHANGES_REQUESTED", 120, false, false),
        DISMISSED_AS_CAPITALS("DISMISSED", 30, true, true),
        COMMENTED("COMMENTED", 30, false, false);

        private final String state;
        private final Duration after;
        private final boolean capitals;
        private final boolean deviation;

        LaterReview(String state, int minutes, boolean capitals, boolean deviation) {
            this.state = state;
            this.after = Duration.ofMinutes(minutes);
            this.capitals = capitals;
            this.deviation = deviation;
        }

        /** Adds the reviews to the review files in {@code folder}; returns how many pull requests they make deviate. */
        static int addTo(Path folder) throws IOException {
            JsonMapper json = new JsonMapper();
            int deviations = 0;
            for (Path file : list(folder)) {
                Matcher number = PULL_NUMBER.matcher(file.getFileName().toString());
                int slot = number.find() ? Integer.parseInt(number.group(1)) % 50 : 0;
                if (slot < 1 || slot > values().length) {
                    continue;
                }
                LaterReview change = values()[slot - 1];
                ArrayNode reviews = (ArrayNode) json.readTree(file);
                ObjectNode review = (ObjectNode) reviews.get(0).deepCopy();
                Instant approved = Instant.parse(review.get("submitted_at").asString());
                review.put("state", change.state)
                        .put("submitted_at", approved.plus(change.after).toString());
                if (change.capitals) {
                    ObjectNode user = (ObjectNode) review.get("user");
                    user.put("login", user.get("login").asString().toUpperCase(Locale.ROOT));
                }
                reviews.add(review);
                json.writeValue(file, reviews);
                deviations += change.deviation ? 1 : 0;
            }
            return deviations;
        }
    }

    /**
     * Calls a static method of the core's {@code CompanyExport}, a package-private test class on this execution's
     * class path.
     */
    private static Object companyExport(String name, Object... arguments) throws ReflectiveOperationException {
        Class<?> export = Class.forName("io.github.soc2kit.core.bench.CompanyExport");
        for (Method method : export.getDeclaredMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
                method.setAccessible(true);
                return method.invoke(null, arguments);
            }
        }
        throw new NoSuchMethodException("CompanyExport." + name);
    }

    /** The child Maven: offline, quiet, with the ITs' settings and local repository. */
    private record Maven(String mvn, Path settings, String localRepository, String version, Path logs) {

        static Maven configured(Path temp) throws IOException {
            Path settings = temp.resolve("settings.xml");
            Files.writeString(
                    settings,
                    Files.readString(Path.of(property("soc2.bench.settings")))
                            .replace(
                                    "@localRepositoryUrl@",
                                    Path.of(property("soc2.bench.userRepository"))
                                            .toUri()
                                            .toString()));
            return new Maven(
                    property("soc2.bench.maven"),
                    settings,
                    property("soc2.bench.localRepository"),
                    property("soc2.bench.version"),
                    Files.createDirectories(temp.resolve("logs")));
        }

        /** Runs Maven in {@code project}; returns its seconds. */
        double run(Path project, String... arguments) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(
                    mvn,
                    "-o",
                    "-q",
                    "-s",
                    settings.toString(),
                    "-Dmaven.repo.local=" + localRepository,
                    "-Dsoc2.asOf=" + AS_OF));
            command.addAll(List.of(arguments));
            return process(project, logs.resolve(project.getFileName() + ".log"), command);
        }

        /** {@code soc2:verify} from a clean {@code target}; returns its seconds. */
        double verify(Path project) throws IOException, InterruptedException {
            delete(project.resolve("target"));
            double seconds = run(project, "soc2:verify");
            assertThat(project.resolve("target/soc2/verify.json")).isRegularFile();
            return seconds;
        }

        /** A copy of the example repository with this build's POM, without the example's build output. */
        Path example(Path target) throws IOException {
            Path example = Path.of(property("soc2.bench.example"));
            try (Stream<Path> files = Files.walk(example)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    Path relative = example.relativize(file);
                    if (!relative.startsWith("target")) {
                        Files.createDirectories(
                                target.resolve(relative.toString()).getParent());
                        Files.copy(file, target.resolve(relative.toString()));
                    }
                }
            }
            writePom(target);
            return target;
        }

        void writePom(Path project) throws IOException {
            Files.writeString(project.resolve("pom.xml"), POM.formatted(version));
        }
    }

    /** Runs {@code command} in {@code directory}, its output into {@code log}; returns its seconds. */
    private static double process(Path directory, Path log, List<String> command)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(
                    String.join(" ", command) + " in " + directory + " ran for 10 minutes; see " + log);
        }
        int exit = process.exitValue();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(exit)
                .as("%s in %s exited with %d:%n%s", String.join(" ", command), directory, exit, Files.readString(log))
                .isZero();
        return seconds;
    }

    /** One timed run, which checks what it wrote: its seconds. */
    @FunctionalInterface
    private interface Run {
        double seconds() throws Exception;
    }

    /** Medians of the times of two runs and of the pairs' ratios (first / second), after a warm-up of each. */
    private record Timing(double first, double second, double ratio) {

        static Timing pairs(Run first, Run second) throws Exception {
            first.seconds();
            second.seconds();
            List<Double> firsts = new ArrayList<>();
            List<Double> seconds = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int pair = 0; pair < PAIRS; pair++) {
                firsts.add(first.seconds());
                seconds.add(second.seconds());
                ratios.add(firsts.get(pair) / seconds.get(pair));
            }
            return new Timing(median(firsts), median(seconds), median(ratios));
        }

        /** The median time of one run alone, after a warm-up. */
        static double alone(Run run) throws Exception {
            run.seconds();
            List<Double> times = new ArrayList<>();
            for (int round = 0; round < PAIRS; round++) {
                times.add(run.seconds());
            }
            return median(times);
        }

        private static double median(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            return sorted.get(sorted.size() / 2);
        }
    }

    private static String row(String what, double soc2kit, double other, String ratio) {
        return String.format(
                Locale.ROOT,
                "  %-48s %9s %9s  %s",
                what,
                soc2kit > 0 ? String.format(Locale.ROOT, "%.2fs", soc2kit) : "-",
                other > 0 ? String.format(Locale.ROOT, "%.2fs", other) : "-",
                ratio);
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, command)));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value)
                .as("system property %s, which the whole-process-benchmark execution sets", name)
                .isNotBlank();
        return value;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(WholeProcessBenchmarkTest.class
                .getClassLoader()
                .getResource(name)
                .toURI());
    }

    /** The entries of a folder, sorted. */
    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }

    private static void delete(Path tree) throws IOException {
        if (Files.exists(tree)) {
            try (Stream<Path> walk = Files.walk(tree)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
