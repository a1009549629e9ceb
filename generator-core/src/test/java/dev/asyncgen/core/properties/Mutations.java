package dev.asyncgen.core.properties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Small random edits of a valid document: what a typo, a bad merge or a truncated download does. */
final class Mutations {
  private Mutations() {}

  static Arbitrary<String> of(String document) {
    List<String> lines = Arrays.asList(document.split("\n", -1));
    Arbitrary<Integer> line = Arbitraries.integers().between(0, lines.size() - 1);
    Arbitrary<Integer> offset = Arbitraries.integers().between(0, document.length() - 1);
    Arbitrary<String> junk = Arbitraries.of("{", "}", "[", ":", "- ", "\t", "&a ", "*a", "!!str ", "'", "\"",
        "$ref: '#/nope'", "$ref: '#/channels/account'", "$ref: '#/operations/subscribeAccount'",
        "$ref: '#/channels/account/messages/subscribeAccount.message.0'", "action: send", "address: ", "null", "~", "\u0000", "{x}", "2.6.0", "3.0.0");
    return Arbitraries.oneOf(
        referenceSwaps(document),
        line.map(i -> join(remove(lines, i))),
        line.map(i -> join(duplicate(lines, i))),
        Combinators.combine(line, Arbitraries.integers().between(-2, 2)).as((i, shift) -> join(indent(lines, i, shift))),
        Combinators.combine(offset, junk).as((at, text) -> document.substring(0, at) + text + document.substring(at)),
        offset.map(at -> document.substring(0, at)),
        Combinators.combine(offset, Arbitraries.integers().between(1, 40))
            .as((at, length) -> document.substring(0, at) + document.substring(Math.min(document.length(), at + length))));
  }

  /**
   * One or two {@code $ref}s pointing elsewhere in the document (a channel where a message belongs, a
   * schema that now reaches itself): what a bad merge or copy-paste does to references.
   */
  static Arbitrary<String> referenceSwaps(String document) {
    Matcher matcher = Pattern.compile("\\$ref: *(['\"]?)([^'\"\\n]+)\\1").matcher(document);
    List<int[]> spans = new ArrayList<>();
    List<String> targets = new ArrayList<>(List.of("#", "#/info", "#/channels", "#/components"));
    while (matcher.find()) {
      spans.add(new int[] {matcher.start(2), matcher.end(2)});
      targets.add(matcher.group(2));
    }
    if (spans.isEmpty()) {
      return Arbitraries.just(document);
    }
    Arbitrary<Integer> span = Arbitraries.integers().between(0, spans.size() - 1);
    return Combinators.combine(span, Arbitraries.of(targets), span, Arbitraries.of(targets)).as((i, a, j, b) -> {
      int[] first = spans.get(Math.min(i, j));
      int[] second = spans.get(Math.max(i, j));
      String once = document.substring(0, first[0]) + a;
      return first == second ? once + document.substring(first[1])
          : once + document.substring(first[1], second[0]) + b + document.substring(second[1]);
    });
  }

  private static List<String> remove(List<String> lines, int index) {
    List<String> copy = new ArrayList<>(lines);
    copy.remove(index);
    return copy;
  }

  private static List<String> duplicate(List<String> lines, int index) {
    List<String> copy = new ArrayList<>(lines);
    copy.add(index, lines.get(index));
    return copy;
  }

  private static List<String> indent(List<String> lines, int index, int shift) {
    List<String> copy = new ArrayList<>(lines);
    String line = copy.get(index);
    copy.set(index, shift >= 0 ? " ".repeat(shift) + line : line.substring(Math.min(line.length(), -shift)));
    return copy;
  }

  private static String join(List<String> lines) {
    return String.join("\n", lines);
  }
}
