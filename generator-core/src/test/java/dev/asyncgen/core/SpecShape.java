package dev.asyncgen.core;

/**
 * The two document shapes a test can build the same case in: AsyncAPI 2.6 and 3.0. Each places one
 * channel's one message at the same line and indentation, so that positions in expected messages hold
 * for both; the name each test run shows says which version failed.
 */
public enum SpecShape {
  V2("2.6.0"),
  V3("3.0.0");

  private final String version;

  SpecShape(String version) {
    this.version = version;
  }

  public String version() {
    return version;
  }

  /** The smallest valid header: four lines. */
  public String header() {
    return "asyncapi: " + version + "\ninfo:\n  title: Test\n  version: 1.0.0\n";
  }

  /** Five lines: the header and no channels. Anything appended starts on line 6. */
  public String empty() {
    return header() + "channels: {}\n";
  }

  /**
   * The header and a channel {@code c} with one message, whose fields ({@code lines}, each indented by
   * eight spaces) start on line 9 in both shapes. In 3.x the channel's address follows the message, and
   * an operation {@code o} sends it.
   */
  public String oneMessage(String lines) {
    return header() + messageChannel(lines);
  }

  /** {@link #oneMessage} without the header: its channel's fields start four lines after the start. */
  public String messageChannel(String lines) {
    if (this == V2) {
      return "channels:\n  c:\n    subscribe:\n      message:\n" + lines;
    }
    return "channels:\n  c:\n    messages:\n      m:\n" + lines + "    address: c\n"
        + "operations:\n  o:\n    action: send\n    channel:\n      $ref: '#/channels/c'\n";
  }

  @Override
  public String toString() {
    return "AsyncAPI " + version;
  }
}
