package com.example.crm;

/** A class the team already had before it generated code from the spec. */
public record Customer(String name) {}
