package dev.labcrew.cli.page;

import java.io.IOException;

/** The fields of a signed link ({@code as}, {@code until}, {@code sig}), from a link's query or a form posted from its page. */
record Credential(String approver, long until, String sig) {
    static Credential fromQuery(Exchange ex) {
        return of(ex.query("as"), ex.query("until"), ex.query("sig"));
    }

    static Credential fromForm(Exchange ex) throws IOException {
        return of(ex.form("as"), ex.form("until"), ex.form("sig"));
    }

    private static Credential of(String as, String until, String sig) {
        try {
            return as == null || sig == null || until == null ? new Credential(null, 0, null) : new Credential(as, Long.parseLong(until), sig);
        } catch (NumberFormatException e) {
            return new Credential(null, 0, null);
        }
    }

    boolean isLink() {
        return approver != null;
    }

    String hiddenFields() {
        return Html.hidden("as", approver) + Html.hidden("until", Long.toString(until)) + Html.hidden("sig", sig);
    }
}
