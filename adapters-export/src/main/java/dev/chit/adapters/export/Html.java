package dev.chit.adapters.export;

/** Text into HTML: everything a guest or a menu wrote is escaped, always, in one place. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escaped, with the writer's line breaks kept (addresses, notes). */
    static String lines(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br>");
    }
}
