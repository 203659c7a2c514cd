package io.stacklint.cli;

import io.stacklint.model.SourceModel;
import io.stacklint.model.SourceModels;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Intrinsic;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.LeastPrivilegePolicy;
import io.stacklint.model.iam.MachineNeeds;
import io.stacklint.model.iam.RoleBinding;
import io.stacklint.model.iam.RoleResolver;
import io.stacklint.model.iam.Needs;
import io.stacklint.parse.TreeParser;
import io.stacklint.rules.engine.DefinitionFileReader;
import io.stacklint.report.PolicyWriter;
import io.stacklint.source.FileDiscovery;
import io.stacklint.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stacklint policy}: the least-privilege policy each state machine's states and configuration need. */
final class PolicyCommand implements Callable<Integer> {
    enum Format { yaml, json }

    final CommandSpec spec;
    private final Options.Arg<List<Path>> paths;
    private final Options.Arg<String> machine;
    private final Options.Arg<Format> format;

    private final Path workingDirectory;

    PolicyCommand(Path workingDirectory) {
        CommandDeclaration command = new CommandDeclaration("policy", this,
                List.of("Prints, for each state machine, the least-privilege IAM policy its states and configuration need,"
                        + " written with the template's own intrinsics so that it can be pasted into the role's Policies."),
                List.of("", "Exit codes: 0 every policy printed in full; 1 some need could not be worked out (see the comments);",
                        "2 usage or I/O error (a missing path, a file that does not parse, no state machine found);",
                        "3 stacklint itself failed."));
        spec = command.spec();
        paths = command.parameters(Path.class, "PATH", "Templates, definitions, or directories to search.");
        machine = command.value("--machine", String.class, null, "LOGICAL_ID", "Only the state machine with this logical id.");
        format = command.value("--format", Format.class, Format.yaml, "FORMAT", "yaml (default) or json.");
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> errors = new ArrayList<>();
        List<PolicyWriter.MachinePolicy> policies = new ArrayList<>();
        for (Path path : paths.value()) {
            for (Path file : files(workingDirectory.resolve(path), errors, err)) {
                policies.addAll(policiesOf(file, !Files.isDirectory(workingDirectory.resolve(path)), errors));
            }
        }
        errors.forEach(e -> err.println("stacklint: " + e));
        if (policies.isEmpty() && errors.isEmpty()) {
            err.println("stacklint: " + (machine.value() == null ? "no state machine found" : "no state machine '" + machine.value() + "' found"));
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.value() == Format.json ? PolicyWriter.json(policies) : PolicyWriter.yaml(policies));
        out.flush();
        if (!errors.isEmpty()) {
            return ExitCodes.USAGE;
        }
        return policies.stream().anyMatch(p -> !p.policy().unresolved().isEmpty()) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private List<Path> files(Path path, List<String> errors, PrintWriter err) {
        String display = FileDiscovery.displayPath(path, workingDirectory);
        if (!Files.exists(path)) {
            errors.add(display + ": no such file or directory");
            return List.of();
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try {
            return FileDiscovery.walk(path, (f, e) -> errors.add(FileDiscovery.displayPath(f, workingDirectory) + ": cannot be read: " + e.getMessage()),
                    (f, reason) -> err.println("stacklint: warning: " + FileDiscovery.displayPath(f, workingDirectory) + ": skipped: " + reason));
        } catch (IOException e) {
            errors.add(display + ": cannot be read: " + IoErrors.describe(e));
            return List.of();
        }
    }

    private List<PolicyWriter.MachinePolicy> policiesOf(Path file, boolean explicit, List<String> errors) {
        String display = FileDiscovery.displayPath(file, workingDirectory);
        SourceModel model;
        try {
            model = SourceModels.of(TreeParser.parse(SourceFile.read(file, display)), new DefinitionFileReader());
        } catch (IOException e) {
            errors.add(display + ": cannot be read: " + IoErrors.describe(e));
            return List.of();
        }
        Template template = model.template();
        if (SourceModels.document(model).hasSyntaxError()) {
            if (explicit || template != null) {
                SourceModels.parseProblems(model).stream().limit(1).forEach(p -> errors.add(display + ":" + p.span().startPosition()
                        + ": " + p.message() + " (fix it, or run 'stacklint lint' for every problem)"));
            }
            return List.of();
        }
        List<PolicyWriter.MachinePolicy> out = new ArrayList<>();
        String machine = this.machine.value();
        if (template == null) {
            // A definition file on its own: no role, no template values; only when named on the command line.
            for (StateMachine standalone : explicit && machine == null ? model.stateMachines() : List.<StateMachine>of()) {
                out.add(new PolicyWriter.MachinePolicy(standalone.displayName(), display, 1, null,
                        LeastPrivilegePolicy.of(List.of(MachineNeeds.of(standalone, null))), null));
            }
            return out;
        }
        for (Resource resource : template.resources()) {
            if (!StateMachineLocator.isStateMachine(resource) || machine != null && !machine.equals(resource.logicalId())) {
                continue;
            }
            // Every way an Fn::If lets it be deployed, and what is not read (S3, deploy time), in one policy.
            Needs needs = MachineNeeds.ofResource(resource, model);
            String role = RoleResolver.forResource(resource, template) instanceof RoleBinding.Known known ? known.role().logicalId() : null;
            Intrinsic.Writer intrinsics = new Intrinsic.Writer(template, role == null ? Set.of(resource.logicalId()) : Set.of(resource.logicalId(), role));
            out.add(new PolicyWriter.MachinePolicy(resource.logicalId(), display, resource.key().span().startPosition().line(), role,
                    LeastPrivilegePolicy.of(List.of(needs)), intrinsics));
        }
        return out;
    }
}
