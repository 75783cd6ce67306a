package org.momentum4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code m4j demo}: the experiments behind the claims about momentum, each a subcommand. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Experiments that show what momentum does (see docs/why-momentum.md).",
        subcommands = {QuadraticDemoCommand.class, ArticleDemoCommand.class}, synopsisSubcommandLabel = "EXPERIMENT",
        commandListHeading = "%nExperiments:%n")
final class DemoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new UsageException("no experiment given (experiments: "
                + String.join(", ", spec.subcommands().keySet()) + ")");
    }
}
