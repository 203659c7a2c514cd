import io.stacklint.model.SourceModel;
import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.iam.MachineNeeds;
import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints the CPU time MachineNeeds takes beside the CPU time of parsing and locating the same files, measured
 * side by side in one run (three rounds: the first pays class loading and the catalogs), over a directory, and
 * over generated machines of growing size so that a need computation that is not linear shows up. Figures only.
 * Usage (build first: mvn -q package -DskipTests):
 *   java -cp target/stacklint.jar bench/MachineNeedsBench.java [DIR] [SIZES...]
 */
public class MachineNeedsBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(ya?ml|json|template)$")).sorted().toList();
        }
        for (int round = 1; round <= 3; round++) {
            long parse = 0;
            long needs = 0;
            int machines = 0;
            for (Path file : files) {
                long start = CPU.getCurrentThreadCpuTime();
                SourceModel model;
                try {
                    model = SourceModel.of(TreeParser.parse(SourceFile.read(file, file.toString())));
                } catch (Exception e) {
                    continue;
                }
                long parsed = CPU.getCurrentThreadCpuTime();
                machines += needsOf(model);
                needs += CPU.getCurrentThreadCpuTime() - parsed;
                parse += parsed - start;
            }
            System.out.printf("%s round %d: %d files, parse and locate %d ms CPU, needs of %d machines %d ms CPU (%.1f %% of parsing)%n",
                    dir, round, files.size(), parse / 1_000_000, machines, needs / 1_000_000, 100.0 * needs / Math.max(1, parse));
        }
        for (int i = 1; i < args.length; i++) {
            int tasks = Integer.parseInt(args[i]);
            SourceModel model = SourceModel.of(TreeParser.parse(SourceFile.of("generated.yaml", generated(tasks))));
            needsOf(model);
            long start = CPU.getCurrentThreadCpuTime();
            needsOf(model = SourceModel.of(TreeParser.parse(SourceFile.of("generated.yaml", generated(tasks)))));
            System.out.printf("%d Lambda and SQS tasks: needs %d ms CPU%n", tasks, (CPU.getCurrentThreadCpuTime() - start) / 1_000_000);
        }
    }

    private static int needsOf(SourceModel model) {
        int machines = 0;
        if (model.template() != null) {
            for (Resource resource : model.template().resources()) {
                if (StateMachineLocator.isStateMachine(resource) && resource.properties() != null) {
                    MachineNeeds.ofResource(resource, model);
                    machines++;
                }
            }
        }
        return machines;
    }

    private static String generated(int tasks) {
        StringBuilder states = new StringBuilder();
        for (int i = 0; i < tasks; i++) {
            boolean queue = i % 2 == 1;
            states.append("          S").append(i).append(":\n            Type: Task\n            Resource: arn:aws:states:::")
                    .append(queue ? "sqs:sendMessage\n            Parameters: {QueueUrl: !Ref Q, MessageBody: x}\n"
                            : "lambda:invoke\n            Parameters: {FunctionName: !GetAtt Fn.Arn}\n")
                    .append(i + 1 < tasks ? "            Next: S" + (i + 1) + "\n" : "            End: true\n");
        }
        return "Resources:\n  Fn: {Type: AWS::Lambda::Function}\n  Q: {Type: AWS::SQS::Queue}\n  Flow:\n"
                + "    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      RoleArn: r\n      Definition:\n"
                + "        StartAt: S0\n        States:\n" + states;
    }
}
