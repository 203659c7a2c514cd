package io.stacklint.parse;

import io.stacklint.source.SourceFile;
import io.stacklint.source.Span;
import io.stacklint.tree.ScalarNode;
import java.util.Arrays;

/**
 * Text put together from pieces of a host file (a {@code DefinitionString}, the pieces of its
 * {@code Fn::Join}), with the host offset of every character, so that what is found in the text can be
 * reported where it is written in the file.
 */
public final class EmbeddedText {
    private final SourceFile host;
    private final String text;
    private final int[] hostOffsets;
    private final int[] hostEnds;

    private EmbeddedText(SourceFile host, String text, int[] hostOffsets, int[] hostEnds) {
        this.host = host;
        this.text = text;
        this.hostOffsets = hostOffsets;
        this.hostEnds = hostEnds;
    }

    public static Builder in(SourceFile host) {
        return new Builder(host);
    }

    public SourceFile host() {
        return host;
    }

    public String text() {
        return text;
    }

    /** The host offset of character {@code index} of the text; the end of the last piece for {@code index == length}. */
    public int hostOffset(int index) {
        return hostOffsets[Math.max(0, Math.min(index, hostOffsets.length - 1))];
    }

    /**
     * The host span written for characters {@code start} (inclusive) to {@code end} (exclusive) of the text:
     * from where the first is written to where the last one's writing ends (all of an escape such as
     * {@code \"}, all of the intrinsic function a synthetic piece stands for).
     */
    public Span hostSpan(int start, int end) {
        int from = hostOffset(start);
        int to = end > start ? hostEnd(end - 1) : from;
        return new Span(host, from, Math.max(from, to));
    }

    /** Where the writing of character {@code index} ends in the host. */
    int hostEnd(int index) {
        return hostEnds[Math.max(0, Math.min(index, hostEnds.length - 1))];
    }

    /** Builds the text piece by piece. */
    public static final class Builder {
        private final SourceFile host;
        private final StringBuilder text = new StringBuilder();
        private int[] offsets = new int[64];
        private int[] ends = new int[64];
        private int lastEnd;

        private Builder(SourceFile host) {
            this.host = host;
        }

        /** A string scalar of the host: its value, each character mapped to where the file writes it. */
        public Builder literal(ScalarNode node) {
            ScalarOffsets.Mapping map = ScalarOffsets.map(node);
            String value = node.value() == null ? "" : node.value();
            for (int i = 0; i < value.length(); i++) {
                append(value.charAt(i), map.starts()[i], map.ends()[i]);
            }
            lastEnd = node.span().end();
            return this;
        }

        /**
         * Text standing for something the file writes otherwise (an intrinsic function): every character at
         * {@code at}, so that a node made only of it spans all of {@code at}.
         */
        public Builder synthetic(String value, Span at) {
            for (int i = 0; i < value.length(); i++) {
                append(value.charAt(i), at.start(), Math.max(at.start() + 1, at.end()));
            }
            lastEnd = at.end();
            return this;
        }

        /** Characters {@code [from, to)} of another text, placed where they are placed there (a text being rewritten). */
        Builder copy(EmbeddedText source, int from, int to) {
            for (int i = from; i < to; i++) {
                append(source.text.charAt(i), source.hostOffset(i), source.hostEnd(i));
            }
            lastEnd = source.hostOffset(to);
            return this;
        }

        /** One character placed by hand at {@code [start, end)} of the host (a text being rewritten). */
        Builder put(char c, int start, int end) {
            append(c, start, end);
            return this;
        }

        private void append(char c, int offset, int end) {
            if (text.length() == offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            offsets[text.length()] = offset;
            ends[text.length()] = end;
            text.append(c);
        }

        public EmbeddedText build() {
            int[] map = Arrays.copyOf(offsets, text.length() + 1);
            int[] endMap = Arrays.copyOf(ends, text.length() + 1);
            map[text.length()] = lastEnd;
            endMap[text.length()] = lastEnd;
            return new EmbeddedText(host, text.toString(), map, endMap);
        }
    }
}
