package io.stacklint.model.asl;

/**
 * The two query languages of ASL. A state uses its own {@code QueryLanguage}, else the one of the whole
 * state machine, else JSONPath.
 */
public enum QueryLanguage {
    JSONPATH("JSONPath"), JSONATA("JSONata");

    private final String written;

    QueryLanguage(String written) {
        this.written = written;
    }

    public String written() {
        return written;
    }

    /** The language a {@code QueryLanguage} value names, or null when it names neither. */
    public static QueryLanguage parse(String text) {
        for (QueryLanguage language : values()) {
            if (language.written.equals(text)) {
                return language;
            }
        }
        return null;
    }

    /** The language the state's fields are read in. */
    public static QueryLanguage of(State state) {
        QueryLanguage own = parse(state.node().text("QueryLanguage"));
        return own != null ? own : of(state.scope());
    }

    /** The language of a scope: the one set for the whole state machine (branches inherit it), else JSONPath. */
    public static QueryLanguage of(AslDefinition scope) {
        AslDefinition top = scope;
        while (top.owner() != null) {
            top = top.owner().scope();
        }
        QueryLanguage machine = parse(top.node().text("QueryLanguage"));
        return machine != null ? machine : JSONPATH;
    }
}
