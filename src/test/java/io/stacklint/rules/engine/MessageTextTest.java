package io.stacklint.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Formattable;
import java.util.Formatter;
import java.util.MissingFormatArgumentException;
import org.junit.jupiter.api.Test;

class MessageTextTest {
    @Test
    void givesWhatStringFormatGives() {
        Object[][] cases = {
            {"Task '%s' has no TimeoutSeconds", "Wait"},
            {"%s", null},
            {"'%s' and '%s' (100%%)", "A", 7},
            {"ends with a percent %", "x"},
            {"%s needs %d retries of %.1f s", "Task", 3, 1.5},
            {"%-6s|%S", "ab", "cd"},
            {"more arguments than %s", "one", "two"},
            {"%n%s", "line"},
            {"%d of %d, %d, %d and %d", 3, -40L, (short) 5, (byte) 6, java.math.BigInteger.TEN},
            {"%d is not whole", 2.5},
        };
        for (Object[] c : cases) {
            String message = (String) c[0];
            Object[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            if (message.endsWith("not whole")) {
                assertThatThrownBy(() -> MessageText.format(message, args)).isInstanceOf(java.util.IllegalFormatConversionException.class);
            } else if (message.endsWith("%")) {
                assertThatThrownBy(() -> String.format(message, args)).isInstanceOf(java.util.UnknownFormatConversionException.class);
                assertThatThrownBy(() -> MessageText.format(message, args)).isInstanceOf(java.util.UnknownFormatConversionException.class);
            } else {
                assertThat(MessageText.format(message, args)).as(message).isEqualTo(String.format(message, args));
            }
        }
    }

    @Test
    void formattableArgumentsFormatThemselves() {
        Formattable named = (Formatter formatter, int flags, int width, int precision) -> formatter.format("formatted");
        assertThat(MessageText.format("it is %s", named)).isEqualTo("it is formatted");
    }

    @Test
    void onlyEnglishDigitsAreWrittenByHand() {
        assertThat(MessageText.asciiDigits(java.util.Locale.ROOT)).isTrue();
        assertThat(MessageText.asciiDigits(java.util.Locale.US)).isTrue();
        assertThat(MessageText.asciiDigits(java.util.Locale.forLanguageTag("ar-EG"))).isFalse();
        assertThat(MessageText.asciiDigits(java.util.Locale.forLanguageTag("en-US-u-nu-arab"))).isFalse();
    }

    @Test
    void tooFewArgumentsFailAsStringFormatFails() {
        assertThatThrownBy(() -> MessageText.format("'%s' and '%s'", "A")).isInstanceOf(MissingFormatArgumentException.class);
    }
}
