package dev.asyncgen.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import dev.asyncgen.runtime.JacksonDateTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client's default mapper: what a subscription's record is read with unless the user passes a mapper. */
class DefaultMapperTest {

    record Stamped(OffsetDateTime at) {
    }

    private final ObjectMapper mapper = RealtimeClient.Builder.defaultMapper();

    @Test
    void readsDateTimesThroughJacksonDateTimeModule() throws Exception {
        DeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createDummyInstance(mapper.getDeserializationConfig());

        for (Class<?> type : List.of(OffsetDateTime.class, Instant.class, LocalDate.class)) {
            JsonDeserializer<?> deserializer = context.findRootValueDeserializer(mapper.constructType(type));
            assertThat(deserializer.getClass().getEnclosingClass()).as(type.getName())
                    .isEqualTo(JacksonDateTimeModule.class);
        }
        assertThat(mapper.readValue("{\"at\":\"2026-05-29T12:34:56.120+02:00\"}", Stamped.class).at())
                .as("the offset kept").isEqualTo(OffsetDateTime.of(2026, 5, 29, 12, 34, 56, 120_000_000,
                        ZoneOffset.ofHours(2)));
    }
}
