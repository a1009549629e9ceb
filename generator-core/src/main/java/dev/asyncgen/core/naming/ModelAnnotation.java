package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;

/**
 * An annotation a user adds to every generated model type ({@code --model-annotation}), read from its Java source:
 * {@code @}, a (qualified) name, and optionally arguments in parentheses. The arguments are the user's code and are
 * written as given, but only once {@link AnnotationSyntax} has parsed them as Java's annotation element values, so
 * they can neither end the annotation early nor leave it unclosed.
 *
 * @param type the annotation type
 * @param arguments the text between the parentheses, stripped; empty when there is none
 */
public record ModelAnnotation(ClassName type, String arguments) {
  /**
   * Reads {@code text}.
   *
   * @throws IllegalArgumentException saying why it is not an annotation asyncgen writes, and where
   */
  public static ModelAnnotation parse(String text) {
    AnnotationSyntax.Parsed parsed = AnnotationSyntax.parse(text);
    String name = parsed.name();
    ClassName type = name.contains(".") ? JavaTypeNames.className(name) : ClassName.get("", name);
    return new ModelAnnotation(type, parsed.arguments());
  }
}
