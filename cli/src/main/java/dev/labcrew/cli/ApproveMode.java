package dev.labcrew.cli;

/** Who decides a change: a human at the terminal, nobody, the queue, or the policy alone. */
enum ApproveMode {
    ASK, NEVER, QUEUE, POLICY
}
