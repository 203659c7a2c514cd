package io.stacklint.rules.engine;

import java.util.Formattable;
import java.util.Locale;

/**
 * {@link String#format} of a finding's message. Rules write {@code %s}, {@code %d} and {@code %%} nearly always;
 * those are put in by hand, since the first use of {@link java.util.Formatter} in a process costs a one-template
 * run more CPU than all its findings. Anything else (a width, {@code %f}, a {@link Formattable} argument, too few
 * arguments, the digits of a locale other than English) goes to {@code String.format}, so the text and the
 * exceptions are what it gives.
 */
final class MessageText {
    /** Whether {@code %d} writes 0-9 and '-' in the default locale, as it does in English ("C.UTF-8" is English too). */
    private static final boolean ASCII_DIGITS = asciiDigits(Locale.getDefault(Locale.Category.FORMAT));

    private MessageText() {
    }

    static boolean asciiDigits(Locale locale) {
        return (locale.getLanguage().isEmpty() || locale.getLanguage().equals("en")) && locale.getUnicodeLocaleType("nu") == null;
    }

    private static boolean isWhole(Object arg) {
        return arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte;
    }

    static String format(String message, Object... args) {
        StringBuilder out = new StringBuilder(message.length() + 16 * args.length);
        int next = 0;
        int from = 0;
        for (int percent = message.indexOf('%'); percent >= 0; percent = message.indexOf('%', from)) {
            char conversion = percent + 1 < message.length() ? message.charAt(percent + 1) : 0;
            out.append(message, from, percent);
            if (conversion == '%') {
                out.append('%');
            } else if (conversion == 's' && next < args.length && !(args[next] instanceof Formattable)) {
                out.append(args[next++]);
            } else if (conversion == 'd' && next < args.length && isWhole(args[next]) && ASCII_DIGITS) {
                out.append(((Number) args[next++]).longValue());
            } else {
                return String.format(message, args);
            }
            from = percent + 2;
        }
        return out.append(message, from, message.length()).toString();
    }
}
