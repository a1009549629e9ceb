package dev.asyncgen.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TopicNamesProperties {

    /** Strings a remote value or a careless spec could produce: separators, wildcards, control and non-ASCII text. */
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<Character> anything = Arbitraries.chars().all();
        Arbitrary<Character> tricky = Arbitraries.of('/', '\\', ' ', '\t', '\n', '\u0000', '*', '+', '#', '>', ':', '%',
                '"', '\'', '\u00e9', '\u202e', '\ud83d', '.', '_', '-', 'a', 'Z', '0');
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(1, anything),
                        net.jqwik.api.Tuple.of(3, tricky))
                .list().ofMinSize(0).ofMaxSize(260)
                .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat))
                .edgeCases(config -> config.add(".").add("..").add("").add("a".repeat(249)).add("a".repeat(250)));
    }

    @Property(tries = 2000)
    void acceptsExactlyWhatKafkaAccepts(@ForAll("hostile") String topic) {
        boolean kafkaAccepts;
        try {
            org.apache.kafka.common.internals.Topic.validate(topic);
            kafkaAccepts = true;
        } catch (org.apache.kafka.common.errors.InvalidTopicException refused) {
            kafkaAccepts = false;
        }
        assertThat(TopicNames.isLegal(topic)).isEqualTo(kafkaAccepts);
        if (kafkaAccepts) {
            assertThat(TopicNames.check(topic)).isSameAs(topic);
        } else {
            assertThatThrownBy(() -> TopicNames.check(topic))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Kafka refuses the topic name ")
                    .satisfies(thrown -> assertThat(thrown.getMessage()).matches("[\\x20-\\x7e]*"));
        }
    }
}
