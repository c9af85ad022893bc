package org.kairos.parser;

/** One token: its kind, its text, and absolute char offsets {@code [start, end)} into the source. */
record Token(Token.Kind kind, String text, int start, int end) {
    enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER }

    boolean is(String s) {
        return (kind == Kind.OP || kind == Kind.NAME) && text.equals(s);
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + start;
    }
}
