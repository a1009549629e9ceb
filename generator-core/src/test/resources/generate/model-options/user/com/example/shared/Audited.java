package com.example.shared;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** A second annotation of the user's, without arguments. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {}
