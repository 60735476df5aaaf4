package dev.spotrec.app;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/** Parses {@code 90s}, {@code 15m}, {@code 2h}, {@code 500ms} or ISO-8601 {@code PT15M}. */
final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (v.startsWith("pt") || v.startsWith("p")) {
                return positive(
                        value, Duration.parse(value.strip().toUpperCase(java.util.Locale.ROOT)));
            }
            if (v.endsWith("ms")) {
                return positive(
                        value, Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2))));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            return positive(
                    value,
                    switch (v.charAt(v.length() - 1)) {
                        case 's' -> Duration.ofSeconds(n);
                        case 'm' -> Duration.ofMinutes(n);
                        case 'h' -> Duration.ofHours(n);
                        case 'd' -> Duration.ofDays(n);
                        default -> throw new NumberFormatException();
                    });
        } catch (NumberFormatException
                | DateTimeParseException
                | StringIndexOutOfBoundsException e) {
            throw new CommandLine.TypeConversionException(
                    "duration must be like 90s, 15m, 2h or PT15M, got '" + value + "'");
        }
    }

    private static Duration positive(String value, Duration d) {
        if (d.isZero() || d.isNegative()) {
            throw new CommandLine.TypeConversionException(
                    "duration must be positive, got '" + value + "'");
        }
        return d;
    }
}
