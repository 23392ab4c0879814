package dev.ami.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of ARCHITECTURE.md, checked on the compiled classes of every module. */
class ModuleBoundariesTest {

    private static JavaClasses ami;

    @BeforeAll
    static void importClasses() {
        ami = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ami");
    }

    @Test
    void every_module_is_on_the_classpath_of_this_check() {
        org.assertj.core.api.Assertions.assertThat(ami.stream().map(c -> c.getPackageName()))
                .anyMatch(p -> p.startsWith("dev.ami.worldmodel"))
                .anyMatch(p -> p.startsWith("dev.ami.memory"))
                .anyMatch(p -> p.startsWith("dev.ami.server"));
    }

    @Test
    void worldmodel_uses_no_quarkus_cdi_or_langchain4j() {
        noClasses().that().resideInAPackage("dev.ami.worldmodel..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "jakarta.enterprise..", "jakarta.inject..", "dev.langchain4j..",
                        "io.vertx..", "io.smallrye..")
                .check(ami);
    }

    @Test
    void only_worldmodel_uses_djl() {
        noClasses().that().resideOutsideOfPackage("dev.ami.worldmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.djl..")
                .check(ami);
    }

    @Test
    void only_persistent_memory_touches_jakarta_persistence() {
        noClasses().that().resideOutsideOfPackage("dev.ami.memory..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .allowEmptyShould(true)
                .check(ami);
    }

    @Test
    void no_library_module_depends_on_the_server() {
        noClasses().that().resideInAnyPackage("dev.ami.worldmodel..", "dev.ami.assistants..", "dev.ami.memory..")
                .should().dependOnClassesThat().resideInAPackage("dev.ami.server..")
                .check(ami);
    }

    @Test
    void library_modules_do_not_depend_on_each_other() {
        noClasses().that().resideInAPackage("dev.ami.worldmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ami.assistants..", "dev.ami.memory..")
                .check(ami);
        noClasses().that().resideInAPackage("dev.ami.assistants..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ami.worldmodel..", "dev.ami.memory..")
                .allowEmptyShould(true)
                .check(ami);
        noClasses().that().resideInAPackage("dev.ami.memory..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ami.worldmodel..", "dev.ami.assistants..")
                .check(ami);
    }
}
