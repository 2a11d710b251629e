package dev.labcrew.proxmox.internal;

/** Keeps server text on one line and of a readable length. */
final class Texts {
    private static final int MAX = 400;

    private Texts() {
    }

    static String oneLine(String text) {
        String line = text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return line.length() <= MAX ? line : line.substring(0, MAX) + "...";
    }
}
