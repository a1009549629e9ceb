package dev.asyncgen.core.load;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.diagnostic.SpecException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads YAML 1.2 or JSON into {@link SpecNode}s with positions.
 *
 * <p>The tree is built from snakeyaml-engine's event stream rather than its composer: the events
 * carry the same marks, and building the tree ourselves lets us bound nesting and alias expansion
 * as we go (the composer recurses and shares aliased nodes without counting them), check
 * duplicate keys, and refuse tags that name Java types.
 */
public final class YamlLoader {
  private static final Set<String> PLAIN_DATA_TAGS =
      Set.of(Tag.STR.getValue(), Tag.INT.getValue(), Tag.FLOAT.getValue(), Tag.BOOL.getValue(),
          Tag.NULL.getValue(), Tag.MAP.getValue(), Tag.SEQ.getValue(), "!");

  private static final int DEFAULT_READ_CHUNK = 1024;
  private static final int READS_PER_TEXT = 16;

  private final LoadLimits limits;
  private final ScalarResolver scalarResolver = new CoreScalarResolver(false);

  public YamlLoader(LoadLimits limits) {
    this.limits = limits;
  }

  /** Parses one document; every problem found ends in a {@link SpecException}. */
  public SpecNode load(SourceFile file, byte[] bytes) {
    limits.checkSize(file, bytes.length);
    String text = LocalFiles.decodeUtf8(file, bytes);
    return new TreeBuilder(file).build(text);
  }

  /**
   * How many characters the reader takes at a time. Each time it takes more, snakeyaml-engine
   * copies the characters not yet consumed; while one token is scanned (a long scalar) none are,
   * so with its default of 1,024 a scalar of n characters cost n * n / 1,024 copies. At least a
   * sixteenth of the text per read bounds the copies to about 16 times the text.
   */
  private static int readChunk(String text) {
    return Math.max(DEFAULT_READ_CHUNK, text.length() / READS_PER_TEXT + 1);
  }

  /** The longest text that is shared: longer ones rarely repeat. */
  private static final int SHARED_TEXT_LENGTH = 40;

  /** Builds the tree from events with an explicit stack, so depth costs heap, not Java stack. */
  private final class TreeBuilder {
    private final SourceFile file;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, Anchored> anchors = new HashMap<>();
    private final Set<String> openAnchors = new java.util.HashSet<>();
    /**
     * One copy of each short text: a spec repeats its keys and small values ({@code type},
     * {@code string}, {@code $ref}) thousands of times, and the tree lives until the model is made.
     */
    private final Map<String, String> sharedTexts = new HashMap<>();
    private SpecNode root;
    private int documents;
    private int aliases;
    private long expandedNodes;

    TreeBuilder(SourceFile file) {
      this.file = file;
    }

    SpecNode build(String text) {
      LoadSettings settings = LoadSettings.builder()
          .setLabel(file.displayPath())
          .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
          .setBufferSize(readChunk(text))
          .build();
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
      try {
        while (parser.hasNext()) {
          accept(parser.next());
        }
      } catch (MarkedYamlEngineException e) {
        throw new SpecException(position(e.getProblemMark().or(e::getContextMark)), describe(e));
      } catch (ReaderException e) {
        throw new SpecException(positionOfOffset(text, e.getPosition()), e.getMessage());
      } catch (YamlEngineException e) {
        throw new SpecException(new SourcePosition(file, 1, 1), e.getMessage());
      }
      if (root == null) {
        diagnostics.error(new SourcePosition(file, 1, 1), "the document is empty");
      }
      diagnostics.throwIfErrors();
      return root;
    }

    private void accept(Event event) {
      switch (event.getEventId()) {
        case DocumentStart -> {
          if (++documents > 1) {
            throw new SpecException(position(event.getStartMark()),
                "expected a single YAML document, found a second one");
          }
        }
        case MappingStart -> open(event, true);
        case SequenceStart -> open(event, false);
        case MappingEnd, SequenceEnd -> close();
        case Scalar -> scalar((ScalarEvent) event);
        case Alias -> alias((AliasEvent) event);
        default -> { }
      }
    }

    private void open(Event event, boolean mapping) {
      SourcePosition at = position(event.getStartMark());
      Optional<String> tag = mapping
          ? ((MappingStartEvent) event).getTag()
          : ((SequenceStartEvent) event).getTag();
      checkTag(tag, at);
      if (stack.size() >= limits.maxDepth()) {
        throw new SpecException(at, "nesting is deeper than " + limits.maxDepth() + " levels");
      }
      countNodes(1, at);
      Frame frame = new Frame(at, mapping, anchorName((NodeEvent) event));
      frame.anchor.ifPresent(openAnchors::add);
      stack.push(frame);
    }

    private void close() {
      Frame frame = stack.pop();
      SpecNode node = frame.mapping
          ? new MapNode(frame.entries, frame.keyPositions, frame.position)
          : new ListNode(frame.items, frame.position);
      frame.anchor.ifPresent(name -> {
        openAnchors.remove(name);
        anchors.put(name, new Anchored(node, frame.size, frame.height));
      });
      if (!stack.isEmpty()) {
        stack.peek().size += frame.size;
        stack.peek().height = Math.max(stack.peek().height, frame.height + 1);
      }
      attach(node, frame.position);
    }

    private void scalar(ScalarEvent event) {
      SourcePosition at = position(event.getStartMark());
      checkTag(event.getTag(), at);
      countNodes(1, at);
      ScalarNode node = new ScalarNode(shared(event.getValue()), scalarType(event, at), at);
      anchorName(event).ifPresent(name -> anchors.put(name, new Anchored(node, 1, 0)));
      if (!stack.isEmpty()) {
        stack.peek().size++;
      }
      attach(node, at);
    }

    private String shared(String text) {
      return text.length() > SHARED_TEXT_LENGTH ? text : sharedTexts.computeIfAbsent(text, t -> t);
    }

    private void alias(AliasEvent event) {
      SourcePosition at = position(event.getStartMark());
      String name = event.getAlias().getValue();
      if (++aliases > limits.maxAliases()) {
        throw new SpecException(at, "more than " + limits.maxAliases() + " YAML aliases in one file");
      }
      if (openAnchors.contains(name)) {
        throw new SpecException(at, "alias *" + name + " refers to a node that contains it");
      }
      Anchored target = anchors.get(name);
      if (target == null) {
        throw new SpecException(at, "alias *" + name + " refers to no anchor &" + name);
      }
      // An alias is a copy of its anchor's node: its nesting counts from where it is used.
      if (stack.size() + target.height > limits.maxDepth()) {
        throw new SpecException(at, "nesting is deeper than " + limits.maxDepth() + " levels once alias *" + name
            + " is expanded");
      }
      countNodes(target.size, at);
      if (!stack.isEmpty()) {
        stack.peek().size += target.size;
        stack.peek().height = Math.max(stack.peek().height, target.height + 1);
      }
      attach(target.node, at);
    }

    private void countNodes(long count, SourcePosition at) {
      expandedNodes += count;
      if (expandedNodes > limits.maxNodes()) {
        throw new SpecException(at, String.format(Locale.ROOT,
            "the document expands to more than %,d nodes (aliases are counted at every use)", limits.maxNodes()));
      }
    }

    private void attach(SpecNode node, SourcePosition at) {
      Frame parent = stack.peek();
      if (parent == null) {
        root = node;
      } else if (!parent.mapping) {
        parent.items.add(node);
      } else if (parent.pendingKey == null) {
        if (!(node instanceof ScalarNode key)) {
          diagnostics.error(at, "a mapping key must be a plain value, found " + node.kind());
          parent.pendingKey = "";
          parent.pendingKeyPosition = at;
          return;
        }
        parent.pendingKey = key.text();
        parent.pendingKeyPosition = at;
      } else {
        String key = parent.pendingKey;
        SourcePosition first = parent.keyPositions.get(key);
        if (first != null) {
          diagnostics.error(parent.pendingKeyPosition,
              "duplicate key '" + key + "' (first defined at " + first + ")");
        } else {
          parent.entries.put(key, node);
          parent.keyPositions.put(key, parent.pendingKeyPosition);
        }
        parent.pendingKey = null;
      }
    }

    private ScalarNode.Type scalarType(ScalarEvent event, SourcePosition at) {
      Optional<String> tag = event.getTag().filter(t -> !t.equals("!"));
      Tag resolved = tag.map(Tag::new).orElseGet(() ->
          event.isPlain() ? scalarResolver.resolve(event.getValue(), true) : Tag.STR);
      if (resolved.equals(Tag.INT)) {
        return ScalarNode.Type.INTEGER;
      }
      if (resolved.equals(Tag.FLOAT)) {
        return ScalarNode.Type.FLOAT;
      }
      if (resolved.equals(Tag.BOOL)) {
        return ScalarNode.Type.BOOLEAN;
      }
      if (resolved.equals(Tag.NULL)) {
        return ScalarNode.Type.NULL;
      }
      if (!resolved.equals(Tag.STR)) {
        diagnostics.error(at, "a scalar tagged " + resolved.getValue() + " is not plain data");
      }
      return ScalarNode.Type.STRING;
    }

    private void checkTag(Optional<String> tag, SourcePosition at) {
      tag.filter(t -> !PLAIN_DATA_TAGS.contains(t)).ifPresent(t -> {
        throw new SpecException(at, "unsupported YAML tag '" + t
            + "': asyncgen reads plain data only (objects, lists, strings, numbers, booleans, null)");
      });
    }

    private Optional<String> anchorName(NodeEvent event) {
      return event.getAnchor().map(a -> a.getValue());
    }

    private SourcePosition position(Optional<Mark> mark) {
      return mark.map(m -> new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1))
          .orElseGet(() -> new SourcePosition(file, 1, 1));
    }

    private SourcePosition positionOfOffset(String text, int codePointOffset) {
      int offset = text.offsetByCodePoints(0, Math.min(codePointOffset, text.codePointCount(0, text.length())));
      String before = text.substring(0, offset);
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      return new SourcePosition(file, line, offset - before.lastIndexOf('\n'));
    }

    private String describe(MarkedYamlEngineException e) {
      String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem().strip();
      String context = e.getContext();
      if (context == null || context.isBlank()) {
        return "invalid YAML: " + problem;
      }
      String started = e.getContextMark()
          .filter(m -> e.getProblemMark().map(p -> p.getLine() != m.getLine()).orElse(false))
          .map(m -> " (started at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ")")
          .orElse("");
      return "invalid YAML: " + problem + ", " + context.strip() + started;
    }
  }

  private static final class Frame {
    final SourcePosition position;
    final boolean mapping;
    final Optional<String> anchor;
    final Map<String, SpecNode> entries = new LinkedHashMap<>();
    final Map<String, SourcePosition> keyPositions = new LinkedHashMap<>();
    final List<SpecNode> items = new ArrayList<>();
    String pendingKey;
    SourcePosition pendingKeyPosition;
    long size = 1;
    /** Levels of lists and objects from this one down, aliases expanded: 1 when it holds only scalars. */
    int height = 1;

    Frame(SourcePosition position, boolean mapping, Optional<String> anchor) {
      this.position = position;
      this.mapping = mapping;
      this.anchor = anchor;
    }
  }

  /** An anchored node with its expanded size and its nesting height (0 for a scalar). */
  private record Anchored(SpecNode node, long size, int height) { }
}
