package io.dossier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * What this build is, for {@code --version}: the pom's version ({@code version.txt}, written by
 * Maven's resource filtering) and, when it was built from a clone, the commit
 * ({@code commit.txt}, written by the build's "commit" profile; "-dirty" when it had uncommitted
 * changes). Either file may be missing or empty: a build outside a clone has no commit, and
 * classes run straight from an IDE have no filtered version.
 */
record BuildInfo(String version, String commit) {

    static BuildInfo current() {
        String version = resource("version.txt");
        // an unfiltered copy still says "${project.version}"
        return new BuildInfo(version.isEmpty() || version.startsWith("$") ? "dev" : version, resource("commit.txt"));
    }

    /** "0.1.0 (abc1234)", or "0.1.0" without a commit. */
    String describe() {
        return commit.isEmpty() ? version : version + " (" + commit + ")";
    }

    private static String resource(String name) {
        try (InputStream in = BuildInfo.class.getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
