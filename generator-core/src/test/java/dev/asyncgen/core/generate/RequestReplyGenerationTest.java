package dev.asyncgen.core.generate;

import static dev.asyncgen.core.generate.GeneratedCode.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asyncgen.core.SourceGenerator;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * AsyncAPI 3.x request/reply: each operation with a reply gets a {@code RequestReply} constant in
 * {@code Operations}, naming the request's and the reply's addresses and payload types; several reply
 * messages over records share a sealed union, as an operation's messages do.
 */
class RequestReplyGenerationTest {
  private static final String PACKAGE = "com.example.pricing";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static SourceGenerator.Sources sources;
  private static ClassLoader loader;

  @BeforeAll
  static void generateAndCompile() {
    sources = GeneratedCode.generate(Path.of("src/test/resources/generate/request-reply.yaml"), PACKAGE);
    loader = GeneratedCode.compile(sources.files());
    MAPPER.setTypeFactory(MAPPER.getTypeFactory().withClassLoader(loader));
  }

  private static Object constant(String name) throws ReflectiveOperationException {
    return loader.loadClass(PACKAGE + ".Operations").getField(name).get(null);
  }

  private static Class<?> type(String simpleName) throws ClassNotFoundException {
    return loader.loadClass(PACKAGE + "." + simpleName);
  }

  @Test
  void aReplyOnAChannelNamesItsAddressAndTheUnionOfItsMessages() throws Exception {
    Object quote = constant("REQUEST_QUOTE");

    assertEquals("requestQuote", get(quote, "operationId"));
    assertEquals("receive", get(quote, "action"));
    assertEquals("pricing/{region}/quotes", get(quote, "requestAddress"));
    assertEquals(type("QuoteRequest"), get(quote, "requestType"));
    assertEquals("pricing/replies", get(quote, "replyAddress"));
    assertNull(get(quote, "replyAddressLocation"));
    Class<?> replyType = (Class<?>) get(quote, "replyType");
    assertEquals(type("RequestQuoteReplyPayload"), replyType);
    assertTrue(replyType.isSealed());
    assertEquals(type("Rejection"), MAPPER.readValue("{\"reason\":\"closed\"}", replyType).getClass());
  }

  @Test
  void theReplyUnionNamesItsOperationAsCode() {
    assertTrue(sources.files().get("com/example/pricing/RequestQuoteReplyPayload.java")
        .contains(" * The payload of any reply message of operation {@code requestQuote}.\n"));
  }

  @Test
  void aReplyWhoseAddressIsInTheRequestNamesWhereToFindIt() throws Exception {
    Object quote = constant("REQUEST_PRIVATE_QUOTE");

    assertNull(get(quote, "replyAddress"), "the inbox channel has no address");
    assertEquals("$message.header#/replyTo", get(quote, "replyAddressLocation"));
    assertEquals(type("Quote"), get(quote, "replyType"));
  }

  @Test
  void onlyOperationsWithAReplyGetAConstant() throws Exception {
    assertFalse(sources.files().get("com/example/pricing/Operations.java").contains("SEND_QUOTE"));
  }

  @Test
  void aDocumentWithoutRepliesGetsNoCatalogue() {
    assertFalse(GeneratedCode.appwrite().files().keySet().stream()
        .anyMatch(path -> path.endsWith("/Operations.java") || path.endsWith("/RequestReply.java")));
  }
}
