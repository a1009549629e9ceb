package dev.asyncgen.runtime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the one shape of date-time that event APIs send, RFC 3339's {@code 2026-05-29T12:34:56.000+00:00}
 * ({@code T}, seconds, a fraction of 1 to 9 digits or none, {@code Z} or {@code ±hh:mm}), and full dates
 * ({@code 2026-05-29}), digit by digit. Each method returns null for any other text, valid or not: the caller then
 * asks {@code java.time}, which gives the value or the error. A value returned here is the one {@code java.time}
 * gives for the same text (a property test holds them to it); a {@code DateTimeFormatter} costs about ten times as
 * much.
 */
enum Rfc3339 {
    /** As {@link OffsetDateTime#parse(CharSequence)} reads it. */
    OFFSET_DATE_TIME(OffsetDateTime.class) {
        @Override
        Object read(String text) {
            return offsetDateTime(text);
        }
    },
    /** As {@link Instant#parse(CharSequence)} reads it. */
    INSTANT(Instant.class) {
        @Override
        Object read(String text) {
            OffsetDateTime value = offsetDateTime(text);
            return value == null ? null : value.toInstant();
        }
    },
    /** As {@link LocalDate#parse(CharSequence)} reads it. */
    LOCAL_DATE(LocalDate.class) {
        @Override
        Object read(String text) {
            return localDate(text);
        }
    };

    private final Class<?> type;

    Rfc3339(Class<?> type) {
        this.type = type;
    }

    Class<?> type() {
        return type;
    }

    /** The value, or null when the text is not in the common shape (it may still be valid). */
    abstract Object read(String text);

    /**
     * Whether a value must go to java.time after all: only an {@code OffsetDateTime} is adjusted to the context's
     * time zone, when the property's own format says so or, where it says nothing, the mapper's setting does.
     */
    boolean adjustsToContextTimeZone(Boolean propertySetting, boolean mapperSetting) {
        return this == OFFSET_DATE_TIME && (propertySetting != null ? propertySetting : mapperSetting);
    }

    /** The reader for {@code type}, or null for a type it does not read. */
    static Rfc3339 of(Class<?> type) {
        for (Rfc3339 reader : values()) {
            if (reader.type == type) {
                return reader;
            }
        }
        return null;
    }

    static OffsetDateTime offsetDateTime(String s) {
        int length = s.length();
        if (length < 20 || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        LocalDate date = localDate(s, 0);
        int hour = digits(s, 11);
        int minute = digits(s, 14);
        int second = digits(s, 17);
        if (date == null || (hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < length && i - start < 9 && isDigit(s.charAt(i))) {
                nanos = nanos * 10 + (s.charAt(i++) - '0');
            }
            if (i == start) {
                return null;
            }
            for (int scale = i - start; scale < 9; scale++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(s, i);
        if (offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hour, minute, second,
                    nanos, offset);
        } catch (DateTimeException outOfRange) {
            return null; // hour 24, second 60: java.time gives the value or the error
        }
    }

    static LocalDate localDate(String s) {
        return s.length() == 10 ? localDate(s, 0) : null;
    }

    /** {@code Z} or {@code ±hh:mm} ending the text at {@code at}; null for anything else. */
    private static ZoneOffset offset(String s, int at) {
        int length = s.length();
        if (at == length - 1 && s.charAt(at) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = at == length - 6 ? s.charAt(at) : 0;
        if ((sign != '+' && sign != '-') || s.charAt(at + 3) != ':') {
            return null;
        }
        int hours = digits(s, at + 1);
        int minutes = digits(s, at + 4);
        if ((hours | minutes) < 0) {
            return null;
        }
        try {
            // Rejects minutes over 59 and offsets beyond ±18:00, as java.time's parser does.
            return sign == '-' ? ZoneOffset.ofHoursMinutes(-hours, -minutes) : ZoneOffset.ofHoursMinutes(hours, minutes);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** {@code yyyy-MM-dd} at {@code from}, or null. */
    private static LocalDate localDate(String s, int from) {
        if (s.length() < from + 10 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
            return null;
        }
        int century = digits(s, from);
        int year = digits(s, from + 2);
        int month = digits(s, from + 5);
        int day = digits(s, from + 8);
        if ((century | year | month | day) < 0) {
            return null;
        }
        try {
            return LocalDate.of(century * 100 + year, month, day);
        } catch (DateTimeException outOfRange) {
            return null; // February 30th: java.time gives the error
        }
    }

    /** The number the two digits at {@code from} make, or -1 if one is not a digit. */
    private static int digits(String s, int from) {
        char tens = s.charAt(from);
        char ones = s.charAt(from + 1);
        return isDigit(tens) && isDigit(ones) ? (tens - '0') * 10 + (ones - '0') : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
