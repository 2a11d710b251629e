package dev.labcrew.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process and captures what a user would see. */
record Cli(int exitCode, String out, String err) {
    private static final Path HOME = tempHome();

    /** Runs with the given environment; state and config default to a private temp home. */
    static Cli withTerminal(Map<String, String> env, String terminalInput, String... args) {
        Map<String, String> full = new HashMap<>(env);
        full.putIfAbsent("XDG_CONFIG_HOME", HOME.resolve("config").toString());
        full.putIfAbsent("XDG_STATE_HOME", HOME.resolve("state").toString());
        full.putIfAbsent("USER", "tester");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        BufferedReader terminal = terminalInput == null ? null : new BufferedReader(new StringReader(terminalInput));
        int code = Labcrew.run(args, new PrintWriter(out, true), new PrintWriter(err, true), full, terminal);
        return new Cli(code, out.toString(), err.toString());
    }

    static Cli run(Map<String, String> env, String... args) {
        return withTerminal(env, null, args);
    }

    static Cli run(String... args) {
        return withTerminal(Map.of(), null, args);
    }

    String all() {
        return out + err;
    }

    private static Path tempHome() {
        try {
            return Files.createTempDirectory("labcrew-cli-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
