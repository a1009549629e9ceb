package com.example.shared;

/** A class of the user's whose simple name clashes with a generated type. */
public record Account(String number) {}
