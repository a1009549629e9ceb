package dev.asyncgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fast date-time reader gives what {@code java.time} gives, value for value and failure for failure, on
 * date-times of the common shape, near misses of it and junk.
 */
class DateTimeModuleProperties {
    record Stamped(@JsonFormat(shape = JsonFormat.Shape.STRING,
            without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime at) {}

    record Values(OffsetDateTime at, Instant instant, LocalDate day) {}

    private static final ObjectMapper JSR310 = jackson2(false);
    private static final ObjectMapper FAST = jackson2(true);
    private static final JsonMapper JACKSON3 = jackson3(false);
    private static final JsonMapper FAST3 = jackson3(true);

    private static ObjectMapper jackson2(boolean fast) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        return fast ? mapper.registerModule(new JacksonDateTimeModule()) : mapper;
    }

    private static JsonMapper jackson3(boolean fast) {
        JsonMapper.Builder builder = JsonMapper.builder().disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        return (fast ? builder.addModule(new Jackson3DateTimeModule()) : builder).build();
    }

    @Property(tries = 3000)
    void aValueReadFastIsTheOneJavaTimeReads(@ForAll("dateTimes") String text) {
        assertSameAsJavaTime(Rfc3339.OFFSET_DATE_TIME, text, OffsetDateTime::parse);
        assertSameAsJavaTime(Rfc3339.INSTANT, text, Instant::parse);
        assertSameAsJavaTime(Rfc3339.LOCAL_DATE, text, LocalDate::parse);
        assertSameAsJavaTime(Rfc3339.LOCAL_DATE, text.substring(0, Math.min(10, text.length())), LocalDate::parse);
    }

    @Property(tries = 1000)
    void theCommonShapeIsReadFast(@ForAll("commonShape") String text) {
        assertThat(Rfc3339.OFFSET_DATE_TIME.read(text)).isEqualTo(OffsetDateTime.parse(text));
        assertThat(Rfc3339.INSTANT.read(text)).isEqualTo(Instant.parse(text));
        assertThat(Rfc3339.LOCAL_DATE.read(text.substring(0, 10))).isEqualTo(LocalDate.parse(text.substring(0, 10)));
    }

    @Property(tries = 1000)
    void mappersWithTheModuleReadWhatMappersWithoutItRead(@ForAll("dateTimes") String text) {
        String json = "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        for (Class<?> type : List.of(OffsetDateTime.class, Instant.class, LocalDate.class)) {
            assertThat(outcome(() -> FAST.readValue(json, type)))
                    .isEqualTo(outcome(() -> JSR310.readValue(json, type)));
            assertThat(outcome(() -> FAST3.readValue(json, type)))
                    .isEqualTo(outcome(() -> JACKSON3.readValue(json, type)));
        }
    }

    @Example
    void adjustingToTheMappersTimeZoneIsLeftToJavaTimeUnlessThePropertySaysWithout() throws Exception {
        String json = "\"2026-05-29T12:34:56.000+02:00\"";
        ObjectMapper adjusting = new ObjectMapper().registerModule(new JavaTimeModule())
                .registerModule(new JacksonDateTimeModule());
        assertThat(adjusting.readValue(json, OffsetDateTime.class).getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(adjusting.readValue("{\"at\":" + json + "}", Stamped.class).at())
                .isEqualTo(OffsetDateTime.parse("2026-05-29T12:34:56+02:00"));
        JsonMapper adjusting3 = JsonMapper.builder().addModule(new Jackson3DateTimeModule()).build();
        assertThat(adjusting3.readValue(json, OffsetDateTime.class).getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(adjusting3.readValue("{\"at\":" + json + "}", Stamped.class).at())
                .isEqualTo(OffsetDateTime.parse("2026-05-29T12:34:56+02:00"));
    }

    @Example
    void writingIsUnchanged() throws Exception {
        Values values = new Values(OffsetDateTime.parse("2026-05-29T12:34:56.120+02:00"),
                Instant.parse("2026-05-29T12:34:56.000000001Z"), LocalDate.parse("2024-02-29"));
        String written = "{\"at\":\"2026-05-29T12:34:56.12+02:00\",\"instant\":\"2026-05-29T12:34:56.000000001Z\","
                + "\"day\":\"2024-02-29\"}";
        assertThat(FAST.writeValueAsString(values)).isEqualTo(JSR310.writeValueAsString(values)).isEqualTo(written);
        assertThat(new String(JacksonCodec.standard().encode(values), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(written);
        assertThat(FAST3.writeValueAsString(values)).isEqualTo(JACKSON3.writeValueAsString(values));
        assertThat(FAST.readValue(written, Values.class)).isEqualTo(values);
    }

    private static <T> void assertSameAsJavaTime(Rfc3339 reader, String text, Function<String, T> javaTime) {
        Object fast = reader.read(text);
        if (fast != null) {
            assertThat(outcome(() -> javaTime.apply(text))).as(text).isEqualTo(fast);
        }
    }

    /** The value, or the failure's class and message. */
    private static Object outcome(ThrowingSupplier read) {
        try {
            return read.get();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @FunctionalInterface
    private interface ThrowingSupplier {
        Object get() throws Exception;
    }

    @Provide
    Arbitrary<String> commonShape() {
        Arbitrary<LocalDate> days = Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(),
                LocalDate.of(9999, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<String> offsets = Arbitraries.oneOf(Arbitraries.just("Z"),
                Combinators.combine(Arbitraries.of("+", "-"), Arbitraries.integers().between(0, 17),
                        Arbitraries.integers().between(0, 59))
                        .as((sign, hours, minutes) -> String.format("%s%02d:%02d", sign, hours, minutes)));
        return Combinators.combine(days, Arbitraries.integers().between(0, 86_399), fractions(0, 9), offsets)
                .as((day, second, fraction, offset) -> String.format("%sT%02d:%02d:%02d%s%s", day, second / 3600,
                        second / 60 % 60, second % 60, fraction, offset));
    }

    /** Near the common shape: fields out of range, other separators and offsets, fractions of 0 to 10 digits. */
    @Provide
    Arbitrary<String> dateTimes() {
        Arbitrary<String> dates = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.of("2024", "2023", "2000", "1900", "0000", "9999", "+10000", "-0001"),
                        Arbitraries.integers().between(0, 9999).map(year -> String.format("%04d", year))),
                Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32))
                .as((year, month, day) -> String.format("%s-%02d-%02d", year, month, day));
        Arbitrary<String> times = Combinators.combine(Arbitraries.integers().between(0, 25),
                Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 61), fractions(-1, 10))
                .as((hour, minute, second, fraction) -> String.format("%02d:%02d:%02d%s", hour, minute, second,
                        fraction));
        Arbitrary<String> offsets = Arbitraries.oneOf(Arbitraries.of("Z", "z", "", "+00:00", "-00:00", "+18:00",
                "-18:00", "+18:01", "+0200", "+02", "+02:00:30", "+2:00", "Z[UTC]"),
                Combinators.combine(Arbitraries.of("+", "-"), Arbitraries.integers().between(0, 24),
                        Arbitraries.integers().between(0, 60))
                        .as((sign, hours, minutes) -> String.format("%s%02d:%02d", sign, hours, minutes)));
        Arbitrary<String> whole = Combinators.combine(dates, Arbitraries.of("T", "T", "T", "t", " ", "_"), times,
                offsets, Arbitraries.of("", "", "", "", " ", "x", "0", "Z", ":00"))
                .as((date, separator, time, offset, junk) -> date + separator + time + offset + junk);
        return Arbitraries.oneOf(whole, whole.flatMap(DateTimeModuleProperties::mutated),
                Arbitraries.strings().withChars("0123456789-+:.TZtz ").ofMaxLength(32));
    }

    /** One character replaced by another of the alphabet date-times use. */
    private static Arbitrary<String> mutated(String text) {
        return Combinators.combine(Arbitraries.integers().between(0, text.length() - 1),
                Arbitraries.of('0', '9', '-', '+', ':', '.', 'T', 'Z', 'x', '\u0660'))
                .as((at, c) -> text.substring(0, at) + c + text.substring(at + 1));
    }

    /** A fraction of {@code min} to {@code max} digits; -1 digits is the point alone. */
    private static Arbitrary<String> fractions(int min, int max) {
        return Arbitraries.integers().between(min, max).flatMap(digits -> digits < 0 ? Arbitraries.just(".")
                : digits == 0 ? Arbitraries.just("")
                : Arbitraries.strings().numeric().ofLength(digits).map(fraction -> "." + fraction));
    }
}
