package io.camelmessaging.karaf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import aQute.bnd.version.Version;

/**
 * Resolves the imports of a feature's bundles at the package level, as the OSGi framework would wire them: each
 * non-optional import must be exported, within its version range, by a bundle of the feature, by what Karaf provides
 * (the packages of the Camel jars that the feature's Camel features install, pax-logging slf4j's, at their versions)
 * or by the system bundle (the JDK's exported packages, and the OSGi core packages of Karaf 4.4's Felix 7
 * framework, an OSGi R8 implementation, at their R8 versions).
 */
final class FeatureResolution {

    private static final Map<String, Version> FRAMEWORK_PACKAGES = Map.of(
            "org.osgi.framework", new Version(1, 10, 0), "org.osgi.util.tracker", new Version(1, 5, 4));

    private final Map<String, List<Version>> exported = new HashMap<>();
    private final Set<String> systemPackages = new TreeSet<>();
    private final Set<String> missingOptional = new TreeSet<>();
    private int resolved;

    FeatureResolution(List<Bundle> bundles, Map<String, Version> provided) {
        bundles.forEach(b -> b.exports().forEach(this::export));
        provided.forEach(this::export);
        FRAMEWORK_PACKAGES.forEach(this::export);
        ModuleLayer.boot().modules().forEach(module -> module.getDescriptor().exports().stream()
                .filter(e -> !e.isQualified()).forEach(e -> systemPackages.add(e.source())));
    }

    private void export(String packageName, Version version) {
        exported.computeIfAbsent(packageName, p -> new ArrayList<>()).add(version);
    }

    /** The unresolved imports of the bundles, one line each: bundle, package, range, and what is exported instead. */
    List<String> problems(List<Bundle> bundles) {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : bundles) {
            for (Bundle.Import anImport : bundle.imports()) {
                if (anImport.packageName().startsWith("java.") || systemPackages.contains(anImport.packageName())) {
                    resolved++;
                    continue;
                }
                List<Version> versions = exported.getOrDefault(anImport.packageName(), List.of());
                boolean inRange = versions.stream().anyMatch(v -> anImport.range().includes(v));
                if (inRange) {
                    resolved++;
                } else if (anImport.optional()) {
                    missingOptional.add(anImport.packageName());
                } else {
                    problems.add(bundle.name() + " imports " + anImport.packageName() + " " + anImport.range()
                                 + (versions.isEmpty() ? ", which nothing exports" : ", exported only as " + versions));
                }
            }
        }
        return problems;
    }

    int resolvedImports() {
        return resolved;
    }

    Set<String> missingOptionalImports() {
        return missingOptional;
    }
}
