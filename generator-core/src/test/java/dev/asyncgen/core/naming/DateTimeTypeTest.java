package dev.asyncgen.core.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.asyncgen.core.naming.GenerationOptions.DateTimeType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTimeTypeTest {
  @ParameterizedTest
  @CsvSource({
      "OffsetDateTime, OFFSET_DATE_TIME", "offsetdatetime, OFFSET_DATE_TIME", "Instant, INSTANT",
      "INSTANT, INSTANT", "String, STRING", "string, STRING"})
  void isNamedAsJavaNamesItInAnyCase(String name, DateTimeType type) {
    assertThat(DateTimeType.named(name)).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource({"LocalDateTime", "offset_date_time", "''"})
  void otherNamesAreRefusedWithTheChoices(String name) {
    assertThatIllegalArgumentException().isThrownBy(() -> DateTimeType.named(name))
        .withMessage("'" + name + "' is not one of OffsetDateTime, Instant, String");
  }
}
