package io.stacklint.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineMapTest {
    @Test
    void newlinesAloneStartLines() {
        LineMap map = new LineMap("a: 1\nbb: 2\n\nc: 3");

        assertThat(map.position(0)).isEqualTo(new Position(1, 1));
        assertThat(map.position(5)).isEqualTo(new Position(2, 1));
        assertThat(map.position(8)).isEqualTo(new Position(2, 4));
        assertThat(map.position(11)).isEqualTo(new Position(3, 1));
        assertThat(map.position(12)).isEqualTo(new Position(4, 1));
        assertThat(map.position(99)).isEqualTo(new Position(4, 5));
        assertThat(map.offset(4, 3)).isEqualTo(14);
    }

    @Test
    void crLfAndALoneCrEachEndOneLine() {
        LineMap map = new LineMap("a\r\nb\rc\n\r\nd");

        assertThat(map.position(3)).isEqualTo(new Position(2, 1));
        assertThat(map.position(5)).isEqualTo(new Position(3, 1));
        assertThat(map.position(7)).isEqualTo(new Position(4, 1));
        assertThat(map.position(9)).isEqualTo(new Position(5, 1));
    }

    @Test
    void aFinalNewlineStartsAnEmptyLastLine() {
        LineMap map = new LineMap("x\n");

        assertThat(map.position(2)).isEqualTo(new Position(2, 1));
        assertThat(map.offset(2, 1)).isEqualTo(2);
    }
}
