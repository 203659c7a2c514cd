package com.example.broken;

/** Compiled against, but left out of the jar: what a plugin built against another classpath meets. */
public abstract class Missing {
}
