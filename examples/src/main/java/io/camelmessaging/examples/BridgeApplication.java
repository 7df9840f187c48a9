package io.camelmessaging.examples;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.camel.main.Main;

/**
 * Runs bridges of {@code routes/} in Camel Main until stopped, configured only by properties files, e.g. a profile for
 * real AWS or Azure ({@code examples/profiles/}). Arguments: the properties files, later ones overriding earlier ones.
 */
public final class BridgeApplication {

    private BridgeApplication() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("Usage: BridgeApplication <properties file>...");
        }
        Main main = new Main();
        main.setPropertyPlaceholderLocations(Arrays.stream(args).map(file -> "file:" + file)
                .collect(Collectors.joining(",")));
        main.run();
    }
}
