package dev.labcrew.core;

/**
 * A typed tool result that knows its compact text form for a model. Records returned by tool
 * methods implement this; the text is built by the backend's renderer, never beside HTTP calls.
 * The executor applies the output budget to it.
 */
public interface TextResult {
    /** Compact plain text: no markdown art, ANSI or emoji; most important lines first. */
    String toText();
}
