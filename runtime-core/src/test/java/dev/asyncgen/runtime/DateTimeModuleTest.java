package dev.asyncgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The codecs' standard mappers read date-times through the fast path. Its values are java.time's by design
 * ({@link DateTimeModuleProperties}), so what tells it apart is the garbage: jsr310's formatter leaves about 1.5 KB
 * per value, the fast path a few hundred bytes.
 */
class DateTimeModuleTest {
    record Stamps(OffsetDateTime a, OffsetDateTime b, OffsetDateTime c) {}

    private static final byte[] STAMPS = ("{\"a\":\"2026-05-29T12:34:56.000+00:00\",\"b\":\"2026-05-29T12:34:56.123Z\","
            + "\"c\":\"2026-05-29T12:34:56.123456+02:00\"}").getBytes(StandardCharsets.UTF_8);

    @Test
    void jackson2StandardCodecReadsDateTimesWithAThirdOfTheGarbageOrLess() throws Exception {
        Codec javaTime = new JacksonCodec(new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        assertThat(bytesPerDecode(JacksonCodec.standard())).isLessThan(bytesPerDecode(javaTime) / 3);
    }

    @Test
    void jackson3StandardCodecReadsDateTimesWithAThirdOfTheGarbageOrLess() throws Exception {
        Codec javaTime = new Jackson3Codec(JsonMapper.builder()
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
        assertThat(bytesPerDecode(Jackson3Codec.standard())).isLessThan(bytesPerDecode(javaTime) / 3);
    }

    /** Bytes this thread allocates per decode, the record and the parsing included, after warming up. */
    private static long bytesPerDecode(Codec codec) throws Exception {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < 2_000; i++) {
            codec.decode(STAMPS, Stamps.class);
        }
        int decodes = 2_000;
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < decodes; i++) {
            codec.decode(STAMPS, Stamps.class);
        }
        return (threads.getThreadAllocatedBytes(thread) - before) / decodes;
    }
}
