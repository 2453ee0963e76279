package io.dossier.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = Main.Version.class,
        description = {"Analyze an article and make its PDF dossier.",
                "With several inputs, make ONE briefing book: cover, contents, a section per article "
                        + "(summary, key quotes, actors, quotes), then an actor index with the article and page "
                        + "of every actor, and an actor chart over all articles."},
        footer = {"", "Examples:",
                "  dossier build samples/cairo-talks.txt                 # -> out/cairo-talks.pdf",
                "  dossier build article.md -o briefings/ --paper letter",
                "  dossier build https://www.example.com/news/talks-resume   # -> out/talks-resume.pdf",
                "  cat article.txt | dossier build - --title \"Cairo talks\" -o cairo.pdf",
                "  dossier build a.txt b.md c.html -o out/morning-brief.pdf   # one briefing book",
                "  dossier build article.txt --attach-json               # PDF/A-3b carrying its Analysis JSON",
                "  dossier build article.txt --duplex                    # for two-sided printing"})
final class BuildCommand extends MakeCommand implements Callable<Integer> {

    @Option(names = "--no-clobber", description = "Keep an existing output file instead of replacing it.")
    boolean noClobber;

    @Override
    public Integer call() {
        make(noClobber);
        return Main.OK;
    }
}
