package com.example.boom;

/** Compiled against, left out of the jar: the rule that uses it fails with a NoClassDefFoundError in check. */
public final class Gone {
    public static String name() {
        return "gone";
    }
}
