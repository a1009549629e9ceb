package com.example.features;

import java.util.List;
import java.util.Map;

/** Uses the API generated from features.yaml; compiling it proves the names and types line up. */
public final class FeaturesUsage {
  private FeaturesUsage() {}

  public static List<Channel<?>> everyChannel() {
    Channel<MeasuredPayload> measured = Channels.smartylightingStreetlights10EventLightingMeasured("s1");
    Channel<UserIdSignupPublishPayload> signup = Channels.signup("u1");
    Channel<Object> room = Channels.rooms("r1").channel();
    Channel<Pet> members = Channels.rooms("r1").members();
    Channel<Object> rooms = Channels.rooms();
    Channel<Animal> orderLine = Channels.orders("o1", "l1");
    return List.of(measured, signup, room, members, rooms, orderLine);
  }

  public static Channel<MeasuredPayload> measured(String streetlightId) {
    return Channels.smartylightingStreetlights10EventLightingMeasured(streetlightId);
  }

  /** Reserved words and Object's method names are renamed; the wire names stay. */
  public static String renamedComponents(Animal animal) {
    return animal.name() + "," + animal.class_() + "," + animal.hashCode_();
  }

  public static boolean dogIsAPetAndAnAnimal(Dog dog) {
    Pet pet = dog;
    Animal animal = pet;
    return animal instanceof Dog;
  }

  public static List<String> kindValues() {
    return List.of(Kind.MAMMAL.value(), Kind.BIRD.value(), Kind.NULL_ISH.value(), Kind.EMPTY.value());
  }

  public static Map<String, String> labels(MeasuredPayload payload) {
    return payload.labels();
  }

  public static MeasuredPayload.Reading.Unit unit(String value) {
    return MeasuredPayload.Reading.Unit.of(value);
  }

  public static int lumens(MeasuredPayload payload) {
    return payload.lumens();
  }

  public static List<Node> children(Node node) {
    return node.children();
  }

  public static String taggedIds(Tagged tagged) {
    return tagged.id() + "," + tagged.id2();
  }

  public static Channel2 schemaNamedChannel() {
    return new Channel2("renamed: the name Channel belongs to the channel API");
  }
}
