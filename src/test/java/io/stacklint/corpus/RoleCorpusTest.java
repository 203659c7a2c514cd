package io.stacklint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.SourceModel;
import io.stacklint.model.SourceModels;
import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.Decision;
import io.stacklint.model.iam.ExecutionRole;
import io.stacklint.model.iam.Grant;
import io.stacklint.model.iam.PolicyEvaluator;
import io.stacklint.model.iam.RoleBinding;
import io.stacklint.model.iam.RoleResolver;
import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every state machine of the public corpus gets a role binding and every role an evaluation without an exception;
 * the counts are printed for the closing note (how many roles are known, unknown and why, opaque).
 */
class RoleCorpusTest {
    @Test
    void everyStateMachineOfTheCorpusResolvesWithoutFailing() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CorpusTest.CORPUS), "../shared/corpus is absent: role corpus check skipped");
        TreeMap<String, Integer> counts = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CorpusTest.CORPUS)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(ya?ml|json|template)$")).toList()) {
                try {
                    SourceModel model = SourceModels.of(TreeParser.parse(SourceFile.read(file, file.toString())), new io.stacklint.rules.engine.DefinitionFileReader());
                    Template template = model.template();
                    if (template == null) {
                        continue;
                    }
                    for (Resource resource : template.resources()) {
                        if (StateMachineLocator.isStateMachine(resource) && resource.properties() != null) {
                            counts.merge(judge(RoleResolver.forResource(resource, template)), 1, Integer::sum);
                        }
                    }
                } catch (RuntimeException e) {
                    failures.add(file + ": " + e);
                }
            }
        }
        counts.forEach((kind, n) -> System.out.println("roles: " + n + " " + kind));
        assertThat(failures).isEmpty();
    }

    private static String judge(RoleBinding binding) {
        if (binding instanceof RoleBinding.Unknown unknown) {
            return "unknown: " + unknown.why().replaceAll("\\(.*\\)", "(...)").replaceAll("parameter \\S+", "parameter P")
                    .replaceAll("^\\S+ has no", "X has no").replaceAll("names \\S+,", "names X,").replaceAll("roles .*, chosen", "roles ..., chosen");
        }
        ExecutionRole role = ((RoleBinding.Known) binding).role();
        for (Grant grant : role.grants()) {
            for (var action : grant.actions()) {
                for (String resource : grant.resources()) {
                    Decision decision = PolicyEvaluator.decide(role, action.value(), resource == null ? "*" : resource, false);
                    assertThat(decision).isNotNull();
                }
            }
            RoleResolver.users(role.logicalId(), role.template());
        }
        return "known" + (role.opaque() ? ", opaque" : "") + (role.hasBoundary() ? ", with boundary" : "");
    }
}
