package io.dossier.cli;

import picocli.CommandLine;

/**
 * A mistake on the command line, told in one line the conventional way: an unknown command or
 * option with the nearest real one ("unknown option '--papr' (did you mean '--paper'?)"), the
 * same for {@code dossier help biuld}, and an unknown option before the required one it missed.
 */
final class UsageMistakes {

    private UsageMistakes() {
    }

    /** What is wrong with the command line, in one line. */
    static String describe(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) return unmatched(u);
        String helpTopic = unknownHelpTopic(ex);
        if (helpTopic != null) return helpTopic;
        // picocli checks required options before unknown ones, but "--tto" is why "--to" is missing
        if (ex instanceof CommandLine.MissingParameterException) {
            for (String arg : ex.getCommandLine().getUnmatchedArguments()) {
                if (arg.startsWith("-") && arg.length() > 1) return unknown(arg.split("=", 2)[0], true, ex.getCommandLine().getCommandSpec());
            }
        }
        return ex.getMessage();
    }

    /**
     * An unknown command or option, with the nearest real one:
     * "unknown command 'biuld' (did you mean 'build'?)", "unknown option '--papr' (did you mean '--paper'?)".
     * Picocli's own suggestions are a few names by letter pairs; all of the command's names are
     * weighed here by edits, so a swap of two letters ("--jbos") finds its option too.
     */
    private static String unmatched(CommandLine.UnmatchedArgumentException ex) {
        java.util.List<String> unmatched = ex.getUnmatched();
        if (unmatched.isEmpty()) return ex.getMessage();
        String arg = unmatched.get(0);
        CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
        boolean option = ex.isUnknownOption() || arg.startsWith("-");
        // a stray argument to a command that takes no more is not a mistyped command
        if (!option && spec.subcommands().isEmpty()) return ex.getMessage();
        return unknown(option ? arg.split("=", 2)[0] : arg, option, spec);
    }

    private static String unknown(String word, boolean option, CommandLine.Model.CommandSpec spec) {
        java.util.Set<String> names = option ? spec.optionsMap().keySet() : spec.subcommands().keySet();
        return (option ? "unknown option '" : "unknown command '") + word + "'" + DidYouMean.hint(word, names, "");
    }

    /**
     * {@code dossier help biuld}: picocli's help command says "Unknown subcommand 'biuld'."; the
     * same answer as {@code dossier biuld} instead. Null for any other exception.
     */
    private static String unknownHelpTopic(CommandLine.ParameterException ex) {
        // picocli's help command throws with the parent command and the topic as the value
        CommandLine.ParseResult parsed = ex.getCommandLine().getParseResult();
        boolean fromHelp = parsed != null && parsed.subcommand() != null
                && parsed.subcommand().commandSpec().userObject() instanceof CommandLine.HelpCommand;
        if (!fromHelp || ex.getArgSpec() != null || ex.getValue() == null) return null;
        return unknown(ex.getValue(), false, ex.getCommandLine().getCommandSpec());
    }
}
