package dev.labcrew.cli;

import dev.labcrew.core.LabcrewException;
import java.io.PrintWriter;

/** Prints a failure as one line and a hint. */
final class Errors {
    private Errors() {
    }

    static void print(PrintWriter err, LabcrewException e) {
        err.println("labcrew: " + e.getMessage());
        if (!e.hint().isEmpty()) {
            err.println("hint: " + e.hint());
        }
        err.flush();
    }
}
