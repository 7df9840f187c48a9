package io.camelmessaging.karaf;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Camel Karaf's features file ({@code org.apache.camel.karaf:apache-camel:<version>:xml:features}) as the check needs
 * it: which features exist, and which Camel Karaf bundles ({@code mvn:org.apache.camel.karaf/<artifact>/...}) each
 * installs, through the features it includes too. A Camel Karaf bundle is the Camel jar of the same artifact id made a
 * bundle; {@code camel-xml-jaxp-util} is shaded into the {@code camel-xml-jaxp} bundle.
 */
final class CamelKarafFeatures {

    private static final String BUNDLE_PREFIX = "mvn:org.apache.camel.karaf/";
    private static final Map<String, String> SHADED_INTO = Map.of("camel-xml-jaxp-util", "camel-xml-jaxp");

    private final Map<String, Element> features = new HashMap<>();
    private final Set<String> bundles = new HashSet<>();

    CamelKarafFeatures(Path featuresFile) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(featuresFile.toFile()).getDocumentElement();
        NodeList all = root.getElementsByTagNameNS("*", "feature");
        for (int i = 0; i < all.getLength(); i++) {
            Element feature = (Element) all.item(i);
            if (feature.hasAttribute("name")) {
                features.put(feature.getAttribute("name"), feature);
                bundles.addAll(camelBundlesIn(feature));
            }
        }
    }

    /** Whether Camel Karaf defines a feature of that name. */
    boolean hasFeature(String name) {
        return features.containsKey(name);
    }

    /** Whether a Camel Karaf feature installs the bundle made of that Camel jar. */
    boolean hasBundleOf(String camelArtifactId) {
        return bundles.contains(bundleOf(camelArtifactId));
    }

    /** Whether the feature, or a feature it includes, installs the bundle made of that Camel jar. */
    boolean installs(String featureName, String camelArtifactId) {
        return installs(featureName, bundleOf(camelArtifactId), new HashSet<>());
    }

    private boolean installs(String featureName, String bundle, Set<String> seen) {
        Element feature = features.get(featureName);
        if (feature == null || !seen.add(featureName)) {
            return false;
        }
        if (camelBundlesIn(feature).contains(bundle)) {
            return true;
        }
        NodeList included = feature.getElementsByTagNameNS("*", "feature");
        for (int i = 0; i < included.getLength(); i++) {
            if (installs(included.item(i).getTextContent().trim(), bundle, seen)) {
                return true;
            }
        }
        return false;
    }

    private static String bundleOf(String camelArtifactId) {
        return SHADED_INTO.getOrDefault(camelArtifactId, camelArtifactId);
    }

    private static Set<String> camelBundlesIn(Element feature) {
        Set<String> artifactIds = new HashSet<>();
        NodeList locations = feature.getElementsByTagNameNS("*", "bundle");
        for (int i = 0; i < locations.getLength(); i++) {
            String location = locations.item(i).getTextContent().trim();
            if (location.startsWith(BUNDLE_PREFIX)) {
                artifactIds.add(location.substring(BUNDLE_PREFIX.length()).split("/")[0]);
            }
        }
        return artifactIds;
    }
}
