package dev.labcrew.cli.page;

/**
 * The page's markup: one layout readable on a phone (viewport meta, no script) and HTML escaping. Text
 * from the caller or the lab has passed {@link dev.labcrew.core.approval.Visible} before it gets here;
 * {@link #esc} makes it inert in HTML as well.
 */
final class Html {
    private static final String STYLE = "body{font:16px/1.45 system-ui,sans-serif;margin:0;padding:12px;max-width:40em;color:#111}"
        + "h1{font-size:1.25em;margin:.2em 0 .6em}pre{white-space:pre-wrap;word-break:break-word;background:#f4f4f4;padding:8px;"
        + "border-radius:6px;font-size:.9em}.risk{font-weight:bold}.DESTRUCTIVE{color:#a00}.MUTATING{color:#a60}"
        + "form{margin:.8em 0}textarea,input[type=text],input[type=password]{width:100%;box-sizing:border-box;font-size:1em;padding:8px;"
        + "margin:.3em 0}button{font-size:1.05em;padding:12px 18px;margin:.3em 0;width:100%;border:0;border-radius:8px;color:#fff}"
        + ".yes{background:#1a7f37}.no{background:#b42318}.plain{background:#555}.caller{border-left:4px solid #999;padding-left:8px}"
        + "li{margin:.5em 0}dl{display:grid;grid-template-columns:auto 1fr;gap:.2em .8em}dt{color:#555}dd{margin:0;overflow-wrap:anywhere}";

    private Html() {
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>" + esc(title) + " - Labcrew</title><style>" + STYLE + "</style></head><body>" + body + "</body></html>";
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\">";
    }
}
