package io.stacklint.model.asl;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timestamps as ASL writes them (Wait {@code Timestamp}, Choice {@code TimestampEquals} and its kin): the
 * RFC 3339 profile of ISO 8601 with an uppercase {@code T} between date and time and an uppercase {@code Z}
 * for UTC, e.g. {@code 2026-01-01T00:00:00Z}. Numeric offsets ({@code +02:00}) and fractional seconds are
 * RFC 3339 and allowed; a date alone, a space for the {@code T}, or a missing zone are not.
 * Source: https://states-language.net/spec.html#timestamps and the Step Functions Wait state page.
 */
public final class AslTimestamp {
    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(Z|[+-](\\d{2}):(\\d{2}))");

    private AslTimestamp() {
    }

    /** Null when the text is a valid ASL timestamp, else what is wrong, as a verb phrase ("is not ...", "has ..."). */
    public static String problem(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            if (FORM.matcher(text + "Z").matches()) {
                return "has no time zone (end it with Z for UTC, or an offset such as +01:00)";
            }
            if (FORM.matcher(text.toUpperCase(java.util.Locale.ROOT)).matches()) {
                return "has a lowercase 't' or 'z' (both must be uppercase)";
            }
            return "is not an RFC 3339 date-time such as 2026-01-01T00:00:00Z";
        }
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return "names a date that does not exist";
        }
        // RFC 3339 allows a leap second (60); offsets are at most 23:59.
        if (Integer.parseInt(m.group(4)) > 23 || Integer.parseInt(m.group(5)) > 59 || Integer.parseInt(m.group(6)) > 60
                || (m.group(9) != null && (Integer.parseInt(m.group(9)) > 23 || Integer.parseInt(m.group(10)) > 59))) {
            return "has a time of day out of range";
        }
        return null;
    }
}
