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
 */
public record UnionPlan(ClassName name, String javadoc, List<Member> members, String discriminator)
    implements TypePlan {

  public record Member(ClassName type, String discriminatorValue) {}

  public UnionPlan {
    members = List.copyOf(members);
  }
}
