package rongcloud.gateway.infra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: domain ← application ← adapters ← infra, and adapters never see each other. */
class DependencyRuleTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("rongcloud.gateway");
    }

    @Test
    void domainDependsOnTheJdkOnly() {
        noClasses().that().resideInAPackage("rongcloud.gateway.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("rongcloud.gateway.domain..", "java..")
                .check(classes);
    }

    @Test
    void applicationDependsOnDomainAndJdkOnly() {
        noClasses().that().resideInAPackage("rongcloud.gateway.application..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "rongcloud.gateway.application..", "rongcloud.gateway.domain..", "java..")
                .check(classes);
    }

    @Test
    void coreUsesNoFramework() {
        noClasses().that().resideInAnyPackage("rongcloud.gateway.domain..", "rongcloud.gateway.application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.grpc..", "jakarta..",
                        "io.smallrye..", "org.eclipse.microprofile..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void restAdapterDoesNotSeeTheGrpcAdapterOrInfra() {
        noClasses().that().resideInAPackage("rongcloud.gateway.adapter.out..")
                .should().dependOnClassesThat().resideInAnyPackage("rongcloud.gateway.adapter.in..",
                        "rongcloud.gateway.infra..", "rongcloud.gateway.proto..", "io.grpc..")
                .check(classes);
    }

    @Test
    void grpcAdapterDoesNotSeeTheRestAdapterOrInfra() {
        noClasses().that().resideInAPackage("rongcloud.gateway.adapter.in..")
                .should().dependOnClassesThat().resideInAnyPackage("rongcloud.gateway.adapter.out..",
                        "rongcloud.gateway.infra..", "jakarta.ws.rs..")
                .check(classes);
    }

    @Test
    void onlyInfraKnowsTheEmulator() {
        noClasses().that().resideInAPackage("rongcloud.gateway..").and().resideOutsideOfPackage("rongcloud.gateway.infra..")
                .should().dependOnClassesThat().resideInAPackage("rongcloud.emulator..")
                .check(classes);
    }
}
