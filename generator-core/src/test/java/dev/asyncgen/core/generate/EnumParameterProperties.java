package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * {@code parse} reads back every channel the builder makes from an enum argument: the same channel,
 * and the parameter text maps back to the same value ({@code Room.of} for an open enum, {@code
 * Room.fromValue} for a closed one). A closed enum's channel names are exactly its listed values.
 */
class EnumParameterProperties {
  private static final List<String> LISTED = List.of("kitchen", "living-room", "hall", "unknown");
  private static Generated open;
  private static Generated closed;

  @BeforeContainer
  static void compileBothWays() throws ReflectiveOperationException {
    open = new Generated(SmartHome.V3.compile(false), "of");
    closed = new Generated(SmartHome.V2.compile(true), "fromValue");
  }

  @Property(tries = 300)
  void anOpenEnumValueComesBackFromTheChannelName(@ForAll("openValues") String text) throws Exception {
    Object room = open.room(text);
    Object channel = open.lights(room);
    Object parsed = open.parse(open.name(channel)).orElseThrow();
    assertThat(parsed).isEqualTo(channel);
    assertThat(open.room(open.parameters(parsed).get("room"))).isEqualTo(room);
  }

  @Property(tries = 50)
  void aClosedEnumValueComesBackFromTheChannelName(@ForAll("listedValues") String text) throws Exception {
    Object room = closed.room(text);
    Object channel = closed.lights(room);
    Object parsed = closed.parse(closed.name(channel)).orElseThrow();
    assertThat(parsed).isEqualTo(channel);
    assertThat(closed.room(closed.parameters(parsed).get("room"))).isSameAs(room);
  }

  @Property(tries = 300)
  void aClosedEnumParsesOnlyTheValuesItLists(@ForAll("openValues") String text) throws Exception {
    assertThat(closed.parse("lights." + text).isPresent()).isEqualTo(LISTED.contains(text));
  }

  /** Listed values, near misses, and any text that can be one segment of a dotted name. */
  @Provide
  Arbitrary<String> openValues() {
    return Arbitraries.oneOf(Arbitraries.of(LISTED), Arbitraries.of("Kitchen", "kitchen ", "living", "garage"),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(20).filter(text -> text.indexOf('.') < 0));
  }

  @Provide
  Arbitrary<String> listedValues() {
    return Arbitraries.of(LISTED);
  }

  /** The generated Room and Channels, called by reflection. */
  private static final class Generated {
    private final Method room;
    private final Method lights;
    private final Method parse;

    Generated(ClassLoader loader, String roomFactory) throws ReflectiveOperationException {
      Class<?> roomType = loader.loadClass(SmartHome.PACKAGE + ".Room");
      Class<?> channels = loader.loadClass(SmartHome.PACKAGE + ".Channels");
      room = roomType.getMethod(roomFactory, String.class);
      lights = channels.getMethod("lights", roomType);
      parse = channels.getMethod("parse", String.class);
    }

    Object room(String text) throws ReflectiveOperationException {
      return invoke(room, text);
    }

    Object lights(Object room) throws ReflectiveOperationException {
      return invoke(lights, room);
    }

    Optional<?> parse(String name) throws ReflectiveOperationException {
      return (Optional<?>) invoke(parse, name);
    }

    String name(Object channel) throws ReflectiveOperationException {
      return (String) GeneratedCode.get(channel, "name");
    }

    @SuppressWarnings("unchecked")
    Map<String, String> parameters(Object channel) throws ReflectiveOperationException {
      return (Map<String, String>) GeneratedCode.get(channel, "parameters");
    }

    private static Object invoke(Method method, Object argument) throws ReflectiveOperationException {
      try {
        return method.invoke(null, argument);
      } catch (InvocationTargetException e) {
        throw new AssertionError(method.getName() + "(" + argument + ") threw", e.getCause());
      }
    }
  }
}
