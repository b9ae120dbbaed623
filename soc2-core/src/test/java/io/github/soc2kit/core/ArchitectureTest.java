package io.github.soc2kit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.soc2kit.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_knows_nothing_about_build_tools = noClasses()
            .that().resideInAPackage("io.github.soc2kit.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..", "picocli..")
            .because("soc2-core is a plain library that any build tool or CLI can call");

    @ArchTest
    static final ArchRule core_never_prints = noClasses()
            .that().resideInAPackage("io.github.soc2kit.core..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("progress goes through Soc2Listener and findings through the Report");

    @ArchTest
    static final ArchRule api_does_not_leak_libraries = noClasses()
            .that().resideInAPackage("io.github.soc2kit.core.api..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.networknt..", "freemarker..",
                    "org.commonmark..", "net.fortuna..", "com.openhtmltopdf..", "org.apache.pdfbox..")
            .because("the façades expose JDK types only");

    @ArchTest
    static final ArchRule the_model_knows_no_parser = noClasses()
            .that().resideInAPackage("io.github.soc2kit.core.model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.soc2kit.core.load..", "tools.jackson..")
            .because("the model is the boundary: an origin is a path and positions, not the loader's document");

    @ArchTest
    static final ArchRule only_the_loader_sees_a_parsed_policy_file = noClasses()
            .that().resideOutsideOfPackage("io.github.soc2kit.core.load..")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.github.soc2kit.core.load.YamlDocument")
            .because("every other stage reads the model, which ModelReader builds once");

    @ArchTest
    static final ArchRule render_reads_only_the_model = noClasses()
            .that().resideInAPackage("io.github.soc2kit.core.render..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..")
            .because("pages are built from the model, not from the YAML tree");
}
