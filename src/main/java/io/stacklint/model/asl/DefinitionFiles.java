package io.stacklint.model.asl;

import io.stacklint.parse.ParsedDocument;
import io.stacklint.source.SourceFile;
import io.stacklint.tree.NodePath;

/**
 * Where the model gets the file a SAM {@code DefinitionUri} names. The model does no file I/O: the lint run
 * reads and parses the file (and keeps what it needs to lint that file once), the model receives the tree.
 */
public interface DefinitionFiles {
    /**
     * What became of the path: the parsed file, whose nodes' paths continue the {@code DefinitionUri} value's (so
     * that the resource's suppressions and structural paths cover it as they cover a {@code Definition}), or
     * (document null) why it was not read. {@code detail} is the path as shown, or what is wrong with it;
     * {@code onDisk} is the file's path as the disk spells it when the written path differs in letter case.
     */
    record Read(ParsedDocument document, UnreadSource.Reason refused, String detail, String onDisk) {
        public static Read refused(UnreadSource.Reason reason, String detail) {
            return new Read(null, reason, detail, null);
        }
    }

    /** The file {@code uri} names, relative to {@code template}'s directory; {@code base} is the path of the value. */
    Read read(SourceFile template, String uri, NodePath base);

    /** Reads nothing: a model made from a tree alone leaves every local {@code DefinitionUri} unread. */
    DefinitionFiles NONE = (template, uri, base) -> Read.refused(UnreadSource.Reason.MISSING_FILE,
            "'" + uri + "', not read: no files are read for this model");
}
