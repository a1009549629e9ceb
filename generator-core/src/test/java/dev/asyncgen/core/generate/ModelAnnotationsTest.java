package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.naming.ModelOptions;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --model-annotation}: every generated model type, nested ones too, carries the user's annotations. */
class ModelAnnotationsTest {
  private static final String PACKAGE = "com.example.shop";

  @Test
  void everyModelTypeCarriesTheAnnotations() throws Exception {
    Map<String, String> files = ModelOptionsGolden.generate(ModelOptionsGolden.SHOP, PACKAGE,
        ModelOptions.DEFAULTS.withModelAnnotations(List.of(
            " @com.example.shared.Audited ", "@com.example.shared.Marker(value = \"a ) ; } \\\"quoted\\\"\", tags = {\"x\", \"y\"})")));
    ModelOptionsGolden.assertMatchesGolden("model-annotation", files);
    ClassLoader loader = ModelOptionsGolden.compileWithUserCode(files);

    assertThat(files.get("com/example/shop/Channels.java")).doesNotContain("Marker");
    assertThat(files.get("com/example/shop/Channel.java")).doesNotContain("Marker");
    for (String type : List.of("Account", "Account$Status", "Payment", "UnknownPayment", "Party", "Customer",
        "AccountOpenedPayload")) {
      assertThat(annotated(loader, PACKAGE + "." + type, "Marker")).as(type).isTrue();
      assertThat(annotated(loader, PACKAGE + "." + type, "Audited")).as(type).isTrue();
    }
    assertThat(files.get("com/example/shop/Account.java"))
        .contains("@Marker(value = \"a ) ; } \\\"quoted\\\"\", tags = {\"x\", \"y\"})");
  }

  private static boolean annotated(ClassLoader loader, String className, String annotation) throws Exception {
    @SuppressWarnings("unchecked")
    Class<? extends Annotation> marker =
        (Class<? extends Annotation>) loader.loadClass("com.example.shared." + annotation);
    return loader.loadClass(className).isAnnotationPresent(marker);
  }

  @Test
  void withoutTheOptionNothingChanges() throws IOException {
    assertThat(ModelOptionsGolden.generate(ModelOptionsGolden.SHOP, PACKAGE, ModelOptions.DEFAULTS).toString())
        .doesNotContain("Marker");
  }
}
