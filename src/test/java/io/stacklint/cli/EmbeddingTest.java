package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A program that embeds stacklint calls {@link Main#run} in its own JVM: the settings the stacklint process makes
 * for its libraries (picocli's converters, SLF4J's verbosity) must not leak into the host's use of them.
 */
class EmbeddingTest {
    @Test
    void runLeavesTheHostsPicocliItsJavaTimeConverters() {
        String before = System.clearProperty("picocli.converters.excludes");
        try {
            StringWriter out = new StringWriter();
            int code = Main.run(new String[] {"--no-config", "testdata/examples/order-workflow.yaml"}, new PrintWriter(out),
                    new PrintWriter(new StringWriter()), Path.of("").toAbsolutePath());
            assertThat(code).isEqualTo(ExitCodes.FINDINGS);
            assertThat(out.toString()).contains("errors");
            assertThat(System.getProperty("picocli.converters.excludes")).isNull();

            CommandSpec host = CommandSpec.create().addOption(OptionSpec.builder("--timeout").type(Duration.class).build());
            new CommandLine(host).parseArgs("--timeout", "PT5S");
            assertThat(host.findOption("--timeout").<Duration>getValue()).isEqualTo(Duration.ofSeconds(5));
        } finally {
            if (before != null) {
                System.setProperty("picocli.converters.excludes", before);
            }
        }
    }
}
