package dev.spotrec.app;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the process talks to a terminal (for progress bars). */
final class Terminal {
    private Terminal() {}

    static boolean isInteractive() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            // Java 22+ returns a Console even when redirected; isTerminal() tells the truth.
            Method m = Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
