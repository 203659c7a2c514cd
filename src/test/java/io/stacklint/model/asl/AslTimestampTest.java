package io.stacklint.model.asl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wait timestamps: RFC 3339 date-times with a zone, as Step Functions reads them. */
class AslTimestampTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "OK", value = {
        "2026-01-01T00:00:00Z|OK", "2026-01-01T00:00:00.123456+05:30|OK", "2028-02-29T23:59:60Z|OK",
        "2026-01-01|is not an RFC 3339 date-time", "2026-01-01T00:00:00|has no time zone",
        "2026-01-01t00:00:00z|lowercase", "2026-02-29T00:00:00Z|does not exist", "2026-01-01T24:00:00Z|out of range",
    })
    void timestamps(String text, String problem) {
        if (problem == null) {
            assertThat(AslTimestamp.problem(text)).isNull();
        } else {
            assertThat(AslTimestamp.problem(text)).contains(problem);
        }
    }
}
