package io.camelmessaging.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.apache.camel.main.Main;

/**
 * Runs bridges of {@code routes/} in Camel Main until stopped, configured only by properties files, e.g. a profile for
 * real AWS or Azure ({@code examples/profiles/}). Arguments: the properties files, later ones overriding earlier ones
 * (Camel takes a key from the first location that has it, so they are handed over in reverse).
 */
public final class BridgeApplication {

    private BridgeApplication() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("Usage: BridgeApplication <properties file>...");
        }
        List<String> locations = new ArrayList<>(Arrays.stream(args).map(file -> "file:" + file).toList());
        Collections.reverse(locations);
        Main main = new Main();
        main.setPropertyPlaceholderLocations(String.join(",", locations));
        main.run();
    }
}
