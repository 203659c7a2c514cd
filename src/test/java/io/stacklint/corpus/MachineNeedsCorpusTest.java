package io.stacklint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.SourceModel;
import io.stacklint.model.SourceModels;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.iam.MachineNeeds;
import io.stacklint.model.iam.Needs;
import io.stacklint.model.iam.PermissionNeed;
import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What every state machine of the public corpus needs: no file may make MachineNeeds fail, and the counts of
 * needs resolved to a resource, needs on any resource, and machines whose needs are incomplete are printed, with the
 * most frequent reasons ({@code -Dstacklint.needs.list=true} lists every one).
 */
class MachineNeedsCorpusTest {
    @Test
    void everyMachineOfTheCorpusGetsItsNeeds() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CorpusTest.CORPUS), "../shared/corpus is absent: corpus checks skipped (CI always has it)");
        int machines = 0;
        int incomplete = 0;
        int resolved = 0;
        int anyResource = 0;
        List<String> failures = new ArrayList<>();
        Map<String, Integer> reasons = new TreeMap<>();
        List<String> debug = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CorpusTest.CORPUS)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(ya?ml|json|template)$")).sorted().toList();
        }
        for (Path file : files) {
            SourceModel model;
            try {
                model = SourceModels.of(TreeParser.parse(SourceFile.read(file, file.toString())), new io.stacklint.rules.engine.DefinitionFileReader());
            } catch (IOException | RuntimeException e) {
                continue; // unreadable files are the linter's business, reported by CorpusTest
            }
            List<Needs> all = new ArrayList<>();
            try {
                if (model.template() != null) {
                    for (Resource resource : model.template().resources()) {
                        if (StateMachineLocator.isStateMachine(resource) && resource.properties() != null) {
                            all.add(MachineNeeds.ofResource(resource, model));
                        }
                    }
                } else {
                    for (StateMachine machine : model.stateMachines()) {
                        all.add(MachineNeeds.of(machine, null));
                    }
                }
            } catch (RuntimeException e) {
                failures.add(file + ": " + e);
                continue;
            }
            for (Needs needs : all) {
                machines++;
                incomplete += needs.complete() ? 0 : 1;
                for (PermissionNeed need : needs.needs()) {
                    if (need.anyResource()) {
                        anyResource++;
                    } else {
                        resolved++;
                    }
                }
                needs.unresolved().forEach(r -> debug.add(file + " " + r));
                needs.unresolved().forEach(r -> reasons.merge(r.replaceAll("'[^']*'", "'…'").replaceAll("arn:\\S*", "ARN"), 1, Integer::sum));
            }
        }
        System.out.printf("machine needs: %d state machines, %d with incomplete needs; %d needs resolved to a resource, %d on any resource%n",
                machines, incomplete, resolved, anyResource);
        if (Boolean.getBoolean("stacklint.needs.list")) { debug.forEach(System.out::println); }
        reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.printf("machine needs: unresolved %5d  %s%n", e.getValue(), e.getKey()));
        assertThat(failures).isEmpty();
        assertThat(machines).isGreaterThan(100);
    }
}
