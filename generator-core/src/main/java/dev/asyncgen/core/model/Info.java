package dev.asyncgen.core.model;

public record Info(String title, String version, String description) {}
