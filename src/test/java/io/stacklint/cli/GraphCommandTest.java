package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.testing.Cli;
import io.stacklint.testing.ReadmeSnippets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stacklint graph}: states, transitions, Catch edges dashed, Parallel and Map as groups, findings marked.
 * That Mermaid accepts the output is proven by bench/mermaid-check.sh with the real parser.
 */
class GraphCommandTest {
    private static final String EXAMPLE = "testdata/examples/order-workflow.yaml";
    private static final String FULFILMENT = "testdata/graph/fulfilment.asl.json";

    @Test
    void theReadmeShowsTheExampleDiagramAsGraphDrawsIt() {
        Cli.Result result = Cli.run("graph", EXAMPLE);
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo(ReadmeSnippets.get("graph-example"));
        assertThat(result.out()).contains("[\"WaitForWarehouse (Task)<br/>findings: ASL001, CFN003, IAM020\"]", "class n1,n2 finding");
    }

    @Test
    void mermaidDrawsGroupsDashedCatchesChoicesAndMissingTargets() {
        String out = Cli.run("graph", FULFILMENT).out();
        assertThat(out).startsWith("flowchart TD\n")
                .contains("  n1{\"Route #quot;express#quot; #lt;orders#gt; (Choice)\"}")
                .contains("  subgraph n2 [\"Prepare (Parallel)\"]", "    subgraph n8 [\"branch 1\"]", "    subgraph n12 [\"branch 2\"]")
                .contains("  subgraph n3 [\"Pack lines (Map)<br/>findings: ASL149\"]", "    subgraph n16 [\"processor\"]")
                .contains("  n1 -->|\"Default\"| n5", "  n2 -.->|\"States.ALL\"| n5", "  n3 -.->|\"States.Timeout, Lambda.ServiceException\"| n20")
                .contains("  n20>\"Archive (no such state)\"]", "      n17[\"Pack (Task)<br/>findings: ASL001, ASL011\"]")
                .contains("  n4([\"Shipped (Succeed)\"])")
                .contains("  class n9,n3,n17 finding");
    }

    @Test
    void dotDrawsTheSameGraphForGraphviz() {
        String out = Cli.run("graph", "--format", "dot", FULFILMENT).out();
        assertThat(out).startsWith("digraph stacklint {\n").endsWith("}\n")
                .contains("  subgraph cluster_n2 {\n    label=\"Prepare (Parallel)\";\n    n2 [label=\"Prepare (Parallel)\"];")
                .contains("  n1 [label=\"Route \\\"express\\\" <orders> (Choice)\", shape=diamond")
                .contains("  n2 -> n5 [style=dashed, label=\"States.ALL\"];", "  n1 -> n5 [label=\"Default\"];")
                .contains("n17 [label=\"Pack (Task)\\nfindings: ASL001, ASL011\", color=\"#c0392b\", penwidth=2];");
    }

    @Test
    void machineChoosesOneOfSeveralAndAnUnknownOneListsThem(@TempDir Path dir) throws Exception {
        String machine = """
                  %s:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      Definition:
                        StartAt: %s
                        States:
                          %s: {Type: Pass, End: true}
                """;
        Files.writeString(dir.resolve("two.yaml"), "Resources:\n" + machine.formatted("Orders", "Take", "Take") + machine.formatted("Refunds", "Give", "Give"));
        String both = Cli.run(dir, "graph", "two.yaml").out();
        assertThat(both).contains("subgraph n1 [\"Orders\"]", "[\"Take (Pass)\"]", "[\"Refunds\"]", "[\"Give (Pass)\"]");
        String one = Cli.run(dir, "graph", "two.yaml", "--machine", "Refunds").out();
        assertThat(one).contains("Give (Pass)").doesNotContain("Take", "subgraph");
        Cli.Result unknown = Cli.run(dir, "graph", "two.yaml", "--machine", "Nope");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).isEqualTo("stacklint: --machine Nope: two.yaml has no such state machine; it has: Orders, Refunds\n");
        Files.writeString(dir.resolve("none.yaml"), "Resources:\n  Topic: {Type: AWS::SNS::Topic}\n");
        assertThat(Cli.run(dir, "graph", "none.yaml").err()).contains("none.yaml: no state machine definition to draw");
        assertThat(Cli.run(dir, "graph", "missing.yaml").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
