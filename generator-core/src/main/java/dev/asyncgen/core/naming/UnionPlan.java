package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A sealed interface over alternative records: a schema {@code oneOf}/{@code anyOf} of named
 * records, or the payloads of an operation's {@code message.oneOf}. Jackson tells the alternatives
 * apart by the discriminator property when the spec names one (its value is the schema name, as
 * AsyncAPI 2.x defines it), else by which properties are present (deduction).
 *
 * @param members the records, with the name the discriminator gives each
 * @param discriminator the discriminating property, or null for deduction
 * @param unknown the record that JSON no member fits decodes to (an alternative or discriminator
 *     value the spec does not list yet), keeping its properties; null when such JSON fails decoding
 */
public record UnionPlan(ClassName name, String javadoc, List<Member> members, String discriminator,
    ClassName unknown) implements TypePlan {

  public record Member(ClassName type, String discriminatorValue) {}

  public UnionPlan {
    members = List.copyOf(members);
  }
}
