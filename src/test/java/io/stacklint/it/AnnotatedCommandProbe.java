package io.stacklint.it;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A command declared with picocli's annotations, run by {@link PackagedJarIT} to show that its check sees their proxies. */
@Command(name = "probe", mixinStandardHelpOptions = true, version = "probe 1")
public final class AnnotatedCommandProbe implements Runnable {
    @Option(names = "--name", description = "A name.")
    String name;

    @Override
    public void run() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new AnnotatedCommandProbe()).execute(args));
    }
}
