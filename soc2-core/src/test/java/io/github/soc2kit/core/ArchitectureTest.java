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
}
