package dev.asyncgen.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class BackoffProperties {

    @Property
    void theAppwriteScheduleIsTheSdksSteps(@ForAll @IntRange(min = 1, max = 10_000) int attempt) {
        long expected = attempt <= 5 ? 1 : attempt <= 15 ? 5 : attempt <= 100 ? 10 : 60;

        assertThat(Backoff.appwriteSchedule().delay(attempt)).isEqualTo(Duration.ofSeconds(expected));
    }

    @Property
    void jitterOnlyAddsUpToItsFraction(@ForAll @IntRange(min = 1, max = 500) int attempt,
            @ForAll @DoubleRange(min = 0, max = 1) double fraction) {
        Duration base = Backoff.appwriteSchedule().delay(attempt);

        Duration jittered = Backoff.appwriteSchedule().withJitter(fraction).delay(attempt);

        assertThat(jittered).isBetween(base, base.plusNanos((long) (base.toNanos() * fraction)));
    }

    @Property
    void theDefaultIsTheScheduleWithUpToTwentyPercentJitter(@ForAll @IntRange(min = 1, max = 500) int attempt) {
        Duration base = Backoff.appwriteSchedule().delay(attempt);

        assertThat(Backoff.defaultBackoff().delay(attempt)).isBetween(base, base.plusMillis(base.toMillis() / 5));
    }
}
