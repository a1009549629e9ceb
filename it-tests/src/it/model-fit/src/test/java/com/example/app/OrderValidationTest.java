package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.crm.Customer;
import com.example.shop.Line;
import com.example.shop.Order;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/** Builds generated records with their builders and validates them, as an application's test would. */
class OrderValidationTest {
  private static List<String> violations(Object value) {
    try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .defaultLocale(Locale.ENGLISH).buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      return validator.validate(value).stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
          .toList();
    }
  }

  @Test
  void aValidOrderHasNoViolations() {
    Order order = Order.builder().orderId("o-1").quantity(2).customer(new Customer("Ada"))
        .lines(List.of(Line.builder().sku("abc").price(9.5).build())).build();
    assertEquals(List.of(), violations(order));
    assertEquals("Ada", order.customer().name());
  }

  @Test
  void everyBrokenConstraintIsReported() {
    Order order = Order.builder().orderId("x").quantity(100).note("a note longer than twenty")
        .lines(List.of(Line.builder().sku("ab").price(0.0).build())).build();
    assertEquals(List.of(
        "lines[0].price: must be greater than 0",
        "lines[0].sku: size must be between 3 and 2147483647",
        "note: size must be between 0 and 20",
        "orderId: must match \"^o-[0-9]+$\"",
        "quantity: must be less than or equal to 99"), violations(order));
  }

  @Test
  void aRequiredValueNotSetFailsAtBuild() {
    NullPointerException missing = assertThrows(NullPointerException.class, () -> Order.builder().quantity(1).build());
    assertEquals("orderId is required", missing.getMessage());
  }
}
