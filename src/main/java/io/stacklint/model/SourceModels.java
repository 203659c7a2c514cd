package io.stacklint.model;

import io.stacklint.model.asl.DefinitionFiles;
import io.stacklint.parse.ParseProblem;
import io.stacklint.parse.ParsedDocument;
import java.util.List;

/**
 * Building a {@link SourceModel} from a parse result, and reading the parse result back: what the engine, the
 * commands and the PARSE rules need, kept out of {@code SourceModel} so that the plugin API (ApiListingTest) does not
 * name parse types. Not part of the plugin API: a plugin rule is handed its model and reports nodes.
 */
public final class SourceModels {
    private SourceModels() {
    }

    /** A model of the tree alone: a template's local {@code DefinitionUri} files are left unread. */
    public static SourceModel of(ParsedDocument document) {
        return SourceModel.of(document, DefinitionFiles.NONE);
    }

    /** {@code files}: where a template's {@code DefinitionUri} files come from, read and parsed by the caller (the lint run). */
    public static SourceModel of(ParsedDocument document, DefinitionFiles files) {
        return SourceModel.of(document, files);
    }

    /** The parse result the model was built from. */
    public static ParsedDocument document(SourceModel model) {
        return model.document();
    }

    /**
     * Every problem found parsing what the model read: the file itself, then JSON held in {@code DefinitionString}
     * values (at their places in this file) and {@code DefinitionUri} files (in those files).
     */
    public static List<ParseProblem> parseProblems(SourceModel model) {
        return model.parseProblems();
    }
}
