package io.github.soc2kit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.soc2kit.core.diag.RuleId;
import io.github.soc2kit.core.rules.Rule;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The package map of {@code package-info.java} in {@code io.github.soc2kit.core}, enforced. */
@AnalyzeClasses(packages = "io.github.soc2kit.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String CORE = "io.github.soc2kit.core";

    @ArchTest
    static final ArchRule core_knows_nothing_about_build_tools = noClasses()
            .that()
            .resideInAPackage("io.github.soc2kit.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..", "picocli..")
            .because("soc2-core is a plain library that any build tool or CLI can call");

    @ArchTest
    static final ArchRule core_never_prints = noClasses()
            .that()
            .resideInAPackage("io.github.soc2kit.core..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .because("progress goes through Soc2Listener and findings through the Report");

    @ArchTest
    static final ArchRule api_does_not_leak_libraries = noClasses()
            .that()
            .resideInAPackage("io.github.soc2kit.core.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "tools.jackson..",
                    "com.networknt..",
                    "freemarker..",
                    "org.commonmark..",
                    "net.fortuna..",
                    "com.openhtmltopdf..",
                    "org.apache.pdfbox..")
            .because("the façades expose JDK types only");

    @ArchTest
    static final ArchRule the_model_knows_no_parser = noClasses()
            .that()
            .resideInAPackage("io.github.soc2kit.core.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.soc2kit.core.load..", "tools.jackson..")
            .because("the model is the boundary: an origin is a path and positions, not the loader's document");

    @ArchTest
    static final ArchRule only_the_loader_sees_a_parsed_policy_file = noClasses()
            .that()
            .resideOutsideOfPackage("io.github.soc2kit.core.load..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.github.soc2kit.core.load.YamlDocument")
            .because("every other stage reads the model, which ModelReader builds once");

    @ArchTest
    static final ArchRule render_reads_only_the_model = noClasses()
            .that()
            .resideInAPackage("io.github.soc2kit.core.render..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("tools.jackson..")
            .because("pages are built from the model, not from the YAML tree");

    @ArchTest
    static final ArchRule dependencies_point_only_down_the_package_map = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("api")
            .definedBy(CORE + ".api..")
            .layer("report")
            .definedBy(CORE + ".report..")
            .layer("render")
            .definedBy(CORE + ".render..")
            .layer("diff")
            .definedBy(CORE + ".diff..")
            .layer("assess")
            .definedBy(CORE + ".assess..")
            .layer("rules")
            .definedBy(CORE + ".rules..")
            .layer("drift")
            .definedBy(CORE + ".drift..")
            .layer("history")
            .definedBy(CORE + ".history..")
            .layer("evidence")
            .definedBy(CORE + ".evidence..")
            .layer("load")
            .definedBy(CORE + ".load..")
            .layer("expr")
            .definedBy(CORE + ".expr..")
            .layer("model")
            .definedBy(CORE + ".model..")
            .layer("diag")
            .definedBy(CORE + ".diag..")
            .whereLayer("api")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("report")
            .mayOnlyBeAccessedByLayers("api")
            .whereLayer("render")
            .mayOnlyBeAccessedByLayers("api")
            .whereLayer("diff")
            .mayOnlyBeAccessedByLayers(above("diff"))
            .whereLayer("assess")
            .mayOnlyBeAccessedByLayers(above("assess"))
            .whereLayer("rules")
            .mayOnlyBeAccessedByLayers(above("rules"))
            .whereLayer("drift")
            .mayOnlyBeAccessedByLayers(above("drift"))
            .whereLayer("history")
            .mayOnlyBeAccessedByLayers(above("history"))
            .whereLayer("evidence")
            .mayOnlyBeAccessedByLayers(above("evidence"))
            .whereLayer("load")
            .mayOnlyBeAccessedByLayers(above("load"))
            .whereLayer("expr")
            .mayOnlyBeAccessedByLayers(above("expr"))
            .whereLayer("model")
            .mayOnlyBeAccessedByLayers(above("model"))
            .because("each stage builds on the ones below it (see io.github.soc2kit.core's package-info)");

    @ArchTest
    static final ArchRule no_two_packages_depend_on_each_other = slices().matching(CORE + ".(**)")
            .should()
            .beFreeOfCycles()
            .because("a cycle makes two packages one, and the package map a lie");

    @ArchTest
    static final ArchRule source_system_folders_do_not_know_each_other = slices().matching(CORE + ".evidence.(*)..")
            .should()
            .notDependOnEachOther()
            .ignoreDependency(
                    DescribedPredicate.describe(
                            "the registry", (JavaClass c) -> c.getPackageName().endsWith(".registry")),
                    DescribedPredicate.alwaysTrue())
            .ignoreDependency(
                    DescribedPredicate.alwaysTrue(),
                    DescribedPredicate.describe(
                            "the streaming machinery",
                            (JavaClass c) -> c.getPackageName().endsWith(".format")))
            .because("an adapter of one system reads its own exports with the shared machinery of evidence.format");

    @ArchTest
    static final ArchRule facades_expose_only_api_diag_and_jdk_types = codeUnits()
            .that()
            .arePublic()
            .and()
            .areDeclaredInClassesThat()
            .resideInAPackage(CORE + ".api")
            .should(new ArchCondition<JavaCodeUnit>("name only api, diag and JDK types in their signatures") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                    List<JavaType> types = new ArrayList<>(unit.getParameterTypes());
                    types.add(unit.getReturnType());
                    types.stream()
                            .flatMap(type -> type.getAllInvolvedRawTypes().stream())
                            .filter(type -> !type.isPrimitive()
                                    && !type.getPackageName().startsWith("java.")
                                    && !type.getPackageName().startsWith(CORE + ".api")
                                    && !type.getPackageName().startsWith(CORE + ".diag"))
                            .distinct()
                            .forEach(type -> events.add(SimpleConditionEvent.violated(
                                    unit,
                                    unit.getFullName() + " exposes " + type.getName() + " in "
                                            + unit.getSourceCodeLocation())));
                }
            })
            .because("the Maven plugin and the command line depend on api alone; internal types may change freely");

    @ArchTest
    static final ArchRule every_rule_is_named_after_its_id = classes()
            .that()
            .implement(Rule.class)
            .and()
            .areNotInterfaces()
            .should(
                    new ArchCondition<JavaClass>(
                            "be named after their rule id, like OwnerInactiveRule for owner-inactive") {
                        @Override
                        public void check(JavaClass type, ConditionEvents events) {
                            try {
                                Constructor<?> constructor = type.reflect().getDeclaredConstructor();
                                constructor.setAccessible(true);
                                RuleId id = ((Rule) constructor.newInstance()).id();
                                String expected = Arrays.stream(id.id().split("-"))
                                        .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                                        .collect(Collectors.joining("", "", "Rule"));
                                if (!type.getSimpleName().equals(expected)) {
                                    events.add(SimpleConditionEvent.violated(
                                            type,
                                            type.getName() + " reports '" + id.id() + "' and should be named "
                                                    + expected + " (" + type.getSourceCodeLocation() + ")"));
                                }
                            } catch (ReflectiveOperationException e) {
                                events.add(SimpleConditionEvent.violated(
                                        type, type.getName() + " cannot be created: " + e));
                            }
                        }
                    })
            .because("an id leads by name to its class, its docs page docs/rules/<id>.md and its fixture rules/<id>/");

    private static String[] above(String layer) {
        List<String> order = List.of(
                "api",
                "report",
                "render",
                "diff",
                "assess",
                "rules",
                "drift",
                "history",
                "evidence",
                "load",
                "expr",
                "model",
                "diag");
        return order.subList(0, order.indexOf(layer)).toArray(String[]::new);
    }
}
