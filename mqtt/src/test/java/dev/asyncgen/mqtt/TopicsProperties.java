package dev.asyncgen.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Hostile topic and parameter values are refused with a clear message; every other value works as one level. */
class TopicsProperties {

    @Property
    void aParameterWithASeparatorWildcardOrNulIsRefusedNamingIt(
            @ForAll("text") String before, @ForAll("forbidden") char forbidden, @ForAll("text") String after) {
        String value = before + forbidden + after;
        assertThatThrownBy(() -> Topics.checkLevel("lampId", value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lampId")
                .hasMessageContaining("exactly one topic level");
    }

    @Property
    void anyOtherNonEmptyValueIsOneLevelThatAWildcardMatches(@ForAll("level") String value) {
        assertThat(Topics.checkLevel("lampId", value)).isEqualTo(value);
        String topic = "lights/" + value + "/measured";
        assertThat(Topics.checkTopicName(topic)).isEqualTo(topic);
        assertThat(Topics.matches("lights/+/measured", topic)).isTrue();
        assertThat(Topics.matches("lights/+", topic)).isFalse();
        assertThat(Topics.matches("lights/#", topic)).isTrue();
    }

    @Property(tries = 20)
    void aTopicLongerThan65535Utf8BytesIsRefused(@ForAll @IntRange(min = 1, max = 5000) int extra) {
        String topic = "é".repeat(32_767) + "x".repeat(1 + extra); // 65,534 bytes of two-byte characters, then more
        assertThatThrownBy(() -> Topics.checkTopicName(topic))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UTF-8 bytes long");
    }

    @Example
    void anEmptyValueIsRefused() {
        assertThatThrownBy(() -> Topics.checkLevel("lampId", "")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> Topics.checkTopicName("")).hasMessageContaining("is empty");
    }

    @Provide
    Arbitrary<Character> forbidden() {
        return Arbitraries.of('/', '+', '#', '\0');
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().all().ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> level() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30)
                .filter(value -> value.chars().noneMatch(c -> c == '/' || c == '+' || c == '#' || c == 0))
                .filter(TopicsProperties::wellFormed);
    }

    private static boolean wellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
