package io.camelmessaging.karaf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import aQute.bnd.version.Version;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What Karaf installs for feature {@code camel-messaging} of a features.xml, read from the file alone: each
 * {@code <bundle>} location resolved to its jar and read as the OSGi framework reads it (its manifest, or for
 * {@code wrap:} what the URL's instructions make of the jar), and the packages of the Camel jars that the listed Camel
 * Karaf features and bundles install (checked against Camel Karaf's features file). Which jar a {@code mvn:} location
 * is comes from the {@code dependency:list} output; what the feature holds comes only from the XML. Every location
 * that cannot be installed so, every runtime dependency that reaches the container neither as a bundle nor through a
 * feature, a Netty native library, and {@code wrap:} bundles without Karaf's {@code wrap} feature as a prerequisite are
 * problems.
 */
final class InstalledFeature {

    private static final String CAMEL_KARAF_BUNDLE = "mvn:org.apache.camel.karaf/";

    private final List<Bundle> bundles = new ArrayList<>();
    private final Map<String, Version> provided = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    InstalledFeature(String featuresXml, List<Dependency> artifacts, CamelKarafFeatures camelKaraf) throws Exception {
        Element feature = feature(featuresXml);
        Set<Dependency> installed = new HashSet<>();
        boolean wrapPrerequisite = false;
        NodeList features = feature.getElementsByTagNameNS("*", "feature");
        for (int i = 0; i < features.getLength(); i++) {
            Element required = (Element) features.item(i);
            String name = required.getTextContent().trim();
            if (name.equals("wrap")) {
                wrapPrerequisite = "true".equals(required.getAttribute("prerequisite"));
            } else if (!camelKaraf.hasFeature(name)) {
                problems.add("feature " + name + " is not a feature of Camel Karaf's features file");
            } else {
                for (Dependency camel : artifacts) {
                    if (camel.isCamel() && camelKaraf.installs(name, camel.artifactId())) {
                        provideCamel(camel, required.getAttribute("version"), "feature " + name, installed);
                    }
                }
            }
        }
        NodeList locations = feature.getElementsByTagNameNS("*", "bundle");
        boolean wraps = false;
        for (int i = 0; i < locations.getLength(); i++) {
            String location = locations.item(i).getTextContent().trim();
            wraps |= location.startsWith("wrap:");
            if (location.startsWith(CAMEL_KARAF_BUNDLE)) {
                installCamelKarafBundle(location, artifacts, camelKaraf, installed);
                continue;
            }
            Dependency jar = artifact(location, artifacts);
            if (jar == null) {
                problems.add(location + " is no runtime dependency");
            } else if (jar.isNettyNative()) {
                problems.add(location + " is a Netty native library: the feature installs none (JDK TLS, NIO)");
            } else {
                installed.add(jar);
                install(location, jar);
            }
        }
        if (wraps && !wrapPrerequisite) {
            problems.add("the feature installs wrap: bundles without <feature prerequisite=\"true\">wrap</feature>");
        }
        for (Dependency slf4j : artifacts) {
            if (slf4j.groupId().equals("org.slf4j") && slf4j.artifactId().equals("slf4j-api")) {
                installed.add(slf4j);
                Bundle.packagesOf(slf4j.file()).forEach(p -> provided.put(p, Bundle.osgiVersion(slf4j.version())));
            }
        }
        artifacts.stream().filter(a -> !installed.contains(a) && !a.isNettyNative()).distinct().forEach(a ->
                problems.add(a.groupId() + ":" + a.artifactId()
                             + " is a runtime dependency that the feature does not install"));
    }

    /** A Camel Karaf bundle: the Camel jar of that artifact id made a bundle, exporting its packages. */
    private void installCamelKarafBundle(String location, List<Dependency> artifacts, CamelKarafFeatures camelKaraf,
            Set<Dependency> installed) throws IOException {
        String[] coordinates = location.substring(CAMEL_KARAF_BUNDLE.length()).split("/");
        if (coordinates.length < 2 || !camelKaraf.hasBundleOf(coordinates[0])) {
            problems.add(location + " is not a bundle of Camel Karaf's features file");
            return;
        }
        for (Dependency camel : artifacts) {
            if (camel.isCamel() && camel.artifactId().equals(coordinates[0])) {
                provideCamel(camel, coordinates[1], location, installed);
            }
        }
    }

    /** The packages of a Camel jar that Camel Karaf installs, at the Camel version it is asked for. */
    private void provideCamel(Dependency camel, String version, String by, Set<Dependency> installed)
            throws IOException {
        if (!camel.version().equals(version)) {
            problems.add(by + " " + version + " does not install " + camel.artifactId() + " " + camel.version());
            return;
        }
        installed.add(camel);
        Bundle.packagesOf(camel.file()).forEach(p -> provided.put(p, Bundle.osgiVersion(version)));
    }

    /** The bundles of the feature as the framework sees them. */
    List<Bundle> bundles() {
        return bundles;
    }

    /** The packages that Karaf provides to the feature (Camel's features, pax-logging's slf4j), with versions. */
    Map<String, Version> providedPackages() {
        return provided;
    }

    /** What cannot be installed, or is needed but not installed, one line each. */
    List<String> problems() {
        return problems;
    }

    /** Reads the bundle at {@code location} from its jar: a plain {@code mvn:} one needs OSGi headers. */
    private void install(String location, Dependency jar) throws IOException {
        if (!location.startsWith("wrap:")) {
            Bundle bundle = Bundle.of(jar);
            if (bundle.location().startsWith("wrap:")) {
                problems.add(location + " has no OSGi headers: Karaf cannot install it without wrap:");
            } else {
                bundles.add(bundle);
            }
            return;
        }
        Map<String, String> instructions = new TreeMap<>();
        String url = location.substring("wrap:".length());
        if (url.contains("$")) {
            for (String instruction : url.substring(url.indexOf('$') + 1).split("&")) {
                instructions.put(instruction.substring(0, instruction.indexOf('=')),
                        instruction.substring(instruction.indexOf('=') + 1));
            }
        }
        String version = instructions.getOrDefault("Bundle-Version", "");
        if (!instructions.getOrDefault("Import-Package", "").equals("*;resolution:=optional")
            || !instructions.getOrDefault("Export-Package", "").equals("*;version=\"" + version + "\"")
            || !instructions.containsKey("Bundle-SymbolicName")) {
            problems.add(location + ": only Bundle-SymbolicName, Bundle-Version, Export-Package=*;version=<it> "
                         + "and Import-Package=*;resolution:=optional are checked");
            return;
        }
        Map<String, Version> exports = new TreeMap<>();
        Bundle.packagesOf(jar.file()).forEach(p -> exports.put(p, Version.parseVersion(version)));
        bundles.add(new Bundle(location, instructions.get("Bundle-SymbolicName"), exports, List.of()));
    }

    /** The runtime dependency of a {@code [wrap:]mvn:group/artifact/version[/type[/classifier]][$...]} location. */
    private static Dependency artifact(String location, List<Dependency> artifacts) {
        String url = location.replaceFirst("^wrap:", "");
        if (!url.startsWith("mvn:")) {
            return null;
        }
        String[] parts = url.substring(4).split("\\$")[0].split("/");
        String classifier = parts.length > 4 ? parts[4] : null;
        return parts.length < 3 ? null : artifacts.stream().filter(a -> a.groupId().equals(parts[0])
                && a.artifactId().equals(parts[1]) && a.version().equals(parts[2])
                && Objects.equals(a.classifier(), classifier)).findFirst().orElse(null);
    }

    private static Element feature(String featuresXml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(featuresXml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        NodeList features = root.getElementsByTagNameNS("*", "feature");
        for (int i = 0; i < features.getLength(); i++) {
            Element feature = (Element) features.item(i);
            if ("camel-messaging".equals(feature.getAttribute("name"))) {
                return feature;
            }
        }
        throw new IllegalArgumentException("no feature camel-messaging");
    }
}
