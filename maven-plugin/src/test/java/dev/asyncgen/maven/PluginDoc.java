package dev.asyncgen.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The plugin's reference page in Markdown, made from the descriptor maven-plugin-plugin writes: every
 * goal, and every parameter a pom can set with its type, user property, default and description. The
 * Mojos' Javadoc is thus the only source of the text. It reads {@code target/plugin-enhanced.xml},
 * the same descriptor as the jar's {@code META-INF/maven/plugin.xml} but with the Javadoc as HTML,
 * so that a Javadoc code span stays a code span instead of becoming plain text.
 */
final class PluginDoc {
  private PluginDoc() {}

  static String render(Path pluginXml) {
    Element plugin = parse(pluginXml);
    String prefix = text(plugin, "goalPrefix");
    StringBuilder md = new StringBuilder();
    md.append("# ").append(text(plugin, "artifactId")).append("\n\n");
    md.append("<!-- Generated from the Mojos' Javadoc (the plugin descriptor) by PluginDocTest."
        + " Do not edit: change the Javadoc, then run\n"
        + "     mvn -B -pl maven-plugin -am test -Dtest=PluginDocTest -Dsurefire.failIfNoSpecifiedTests=false"
        + " -Dasyncgen.updateGolden=true -->\n\n");
    md.append(oneLine(text(plugin, "description"))).append("\n\n");
    md.append("Coordinates `").append(text(plugin, "groupId")).append(':').append(text(plugin, "artifactId"))
        .append("`, goal prefix `").append(prefix).append("`; needs Maven ").append(text(plugin, "requiredMavenVersion"))
        .append(" or later and Java ").append(text(plugin, "requiredJavaVersion")).append(" or later.\n\n");
    List<Element> mojos = children(child(plugin, "mojos"), "mojo");
    md.append("| goal | default phase | what it does |\n| --- | --- | --- |\n");
    for (Element mojo : mojos) {
      String goal = text(mojo, "goal");
      md.append("| [`").append(prefix).append(':').append(goal).append("`](#").append(prefix).append(goal)
          .append(") | ").append(orDash(text(mojo, "phase"))).append(" | ")
          .append(cell(firstSentence(text(mojo, "description")))).append(" |\n");
    }
    for (Element mojo : mojos) {
      appendGoal(md, prefix, mojo);
    }
    return md.toString();
  }

  private static void appendGoal(StringBuilder md, String prefix, Element mojo) {
    md.append("\n## ").append(prefix).append(':').append(text(mojo, "goal")).append("\n\n");
    md.append(oneLine(text(mojo, "description"))).append("\n\n");
    List<String> facts = new ArrayList<>();
    if (!text(mojo, "phase").isEmpty()) {
      facts.add("Default phase `" + text(mojo, "phase") + "`");
    }
    facts.add(Boolean.parseBoolean(text(mojo, "requiresProject")) ? "needs a project" : "runs without a project");
    if (Boolean.parseBoolean(text(mojo, "threadSafe"))) {
      facts.add("thread-safe");
    }
    String said = String.join("; ", facts);
    md.append(Character.toUpperCase(said.charAt(0))).append(said.substring(1)).append(".\n\n");
    Element configuration = child(mojo, "configuration");
    md.append("| parameter | type | user property | default | description |\n| --- | --- | --- | --- | --- |\n");
    for (Element parameter : children(child(mojo, "parameters"), "parameter")) {
      if (!Boolean.parseBoolean(text(parameter, "editable"))) {
        continue; // ${project} and the like: Maven sets them, a pom cannot
      }
      String name = text(parameter, "name");
      Element value = configuration == null ? null : child(configuration, name);
      String expression = value == null ? "" : value.getTextContent().trim();
      String property = expression.startsWith("${") && expression.endsWith("}")
          ? "`" + expression.substring(2, expression.length() - 1) + "`" : "";
      String defaultValue = value == null ? "" : value.getAttribute("default-value");
      boolean required = Boolean.parseBoolean(text(parameter, "required"));
      md.append("| `").append(name).append("` | ").append(simpleType(text(parameter, "type")))
          .append(" | ").append(orDash(property))
          .append(" | ").append(required ? "(required)" : defaultValue.isEmpty() ? "-" : "`" + defaultValue + "`")
          .append(" | ").append(cell(text(parameter, "description"))).append(" |\n");
    }
  }

  /** {@code java.util.Map<java.lang.String, java.lang.String>} as {@code Map<String, String>}. */
  private static String simpleType(String type) {
    return "`" + type.replaceAll("[\\w$]+\\.", "") + "`";
  }

  private static String orDash(String text) {
    return text.isEmpty() ? "-" : text;
  }

  private static final Pattern CODE = Pattern.compile("<code>(.*?)</code>", Pattern.DOTALL);

  /** Javadoc's HTML as one line of Markdown: code spans kept, paragraphs joined, other tags dropped. */
  private static String oneLine(String html) {
    StringBuilder md = new StringBuilder();
    Matcher code = CODE.matcher(html);
    int at = 0;
    while (code.find()) {
      md.append(prose(html.substring(at, code.start()))).append('`').append(unescape(code.group(1))).append('`');
      at = code.end();
    }
    md.append(prose(html.substring(at)));
    return md.toString().strip().replaceAll("\\s+", " ");
  }

  private static String prose(String html) {
    return unescape(html.replaceAll("<[^>]*>", " ")).replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static String cell(String html) {
    return oneLine(html).replace("|", "\\|");
  }

  private static String firstSentence(String text) {
    String line = oneLine(text);
    int end = line.indexOf(". ");
    return end < 0 ? line : line.substring(0, end + 1);
  }

  private static Element parse(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? "" : element.getTextContent().trim();
  }
}
