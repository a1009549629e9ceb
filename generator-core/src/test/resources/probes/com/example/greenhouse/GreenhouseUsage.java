package com.example.greenhouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Uses the records generated with {@code --builders} (and {@code --bean-validation}) as a test would: compiling this
 * file proves the builder API reads as intended; the tests call its methods.
 */
public final class GreenhouseUsage {
  private GreenhouseUsage() {}

  /** Only the required values of a 12-component record. */
  public static Reading minimal() {
    return Reading.builder().id("r-1").count(2).build();
  }

  public static Reading withoutId() {
    return Reading.builder().count(2).build();
  }

  public static Reading withoutCount() {
    return Reading.builder().id("r-1").build();
  }

  /** The list is changed after it was given to the builder, and after the record was built. */
  public static Reading tagsChangedAfterwards() {
    List<String> tags = new ArrayList<>(List.of("north"));
    Reading.Builder builder = Reading.builder().id("r-1").count(1).tags(tags);
    tags.add("set after tags(...)");
    Reading reading = builder.build();
    tags.add("set after build()");
    return reading;
  }

  public static Reading relabelled(Reading reading) {
    return reading.toBuilder().label("relabelled").build();
  }

  /** An open enum value the spec does not list, nested records, a list of them and a map of them. */
  public static Reading everything() {
    Sensor probe = Sensor.builder().name("probe")
        .location(Sensor.Location.builder().lat(52.1).build())
        .points(List.of(Sensor.Point.builder().x(3).build()))
        .build();
    return Reading.builder().id("r-2").count(5).unit(Reading.Unit.of("kelvin")).sensor(probe)
        .sensors(List.of(probe)).bySlot(Map.of("one", probe)).grid(List.of(List.of(1L, 2L))).build();
  }

  /** The allOf case: Bed and Pot implement the sealed interface Area, whose own record is Area.Default. */
  public static List<Area> areas() {
    return List.of(Bed.builder().size(2).crop("kale").build(), Pot.builder().size(1).litres(3.5).build(),
        Area.Default.builder().size(4).build());
  }

  /** A record that keeps unnamed properties. */
  public static Zone zone() {
    return Zone.builder().zoneId("z1").area(Area.Default.builder().size(9).build())
        .additionalProperties(Map.of("colour", "green")).build();
  }

  /** Breaks a constraint of every kind, for the validator to find. */
  public static Reading invalid() {
    return Reading.builder().id("R 1").count(-1).celsius(1000.0).ratio(0f).tags(List.of("far too long a tag"))
        .label("thermometer").sensor(Sensor.builder().name("a name far longer than twenty").build())
        .sensors(List.of(Sensor.builder().name("ok").points(List.of(Sensor.Point.builder().x(-1).build())).build()))
        .grid(List.of(List.of(10L))).build();
  }
}
