package dev.labcrew.core.analysis;

import java.util.List;

/**
 * A deterministic inspection of a lab through its tools, with no model involved: resource pressure,
 * risky configs, startup failures, crash loops... Each returns ranked-ready {@link Finding}s.
 * One target's failure must never stop the sweep: report it as a finding and go on.
 */
public interface Analyzer {
    /** A short name, e.g. {@code lxc-resources}. */
    String name();

    /** Inspects what this analyzer covers; progress and bounded per-target concurrency come from the sweep. */
    List<Finding> analyze(Sweep sweep);
}
