package com.example.shared;

import java.math.BigDecimal;

/** A class of the user's that the schema mapping puts in place of the generated Money. */
public record Money(BigDecimal amount, String currency) {}
