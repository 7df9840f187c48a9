package io.camelmessaging.karaf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the Karaf feature {@code camel-messaging}: Karaf's {@code wrap} feature as a prerequisite, the Camel Karaf
 * features and bundles it needs, then the component bundle and every runtime dependency but Camel's, slf4j (Karaf's
 * logging provides it) and Netty's native libraries as a bundle ({@code wrap:} for jars without OSGi headers).
 * Arguments: the {@code dependency:list} file, the features.xml to write, the project version and the Camel version.
 */
public final class FeatureGenerator {

    /** Camel modules the component uses that Camel Karaf ships as features of their own. */
    static final Set<String> CAMEL_FEATURES = Set.of("camel-jackson");

    /** Camel modules the component uses that Camel Karaf ships only as a bundle, which other features install. */
    static final Set<String> CAMEL_KARAF_BUNDLES = Set.of("camel-attachments");

    private FeatureGenerator() {
    }

    public static void main(String[] args) throws IOException {
        List<Dependency> dependencies = Dependency.read(Path.of(args[0]));
        Path features = Path.of(args[1]);
        Files.createDirectories(features.getParent());
        Files.writeString(features, featuresXml(dependencies, args[2], args[3]));
        System.out.println("Wrote " + features + " with " + bundles(dependencies).size() + " bundles");
    }

    /** The bundles of the feature: every runtime dependency that Karaf does not provide, the component included. */
    static List<Bundle> bundles(List<Dependency> dependencies) throws IOException {
        List<Bundle> bundles = new ArrayList<>();
        for (Dependency dependency : dependencies) {
            if (!dependency.providedByKaraf() && !dependency.isNettyNative()) {
                bundles.add(Bundle.of(dependency));
            }
        }
        return bundles;
    }

    static String featuresXml(List<Dependency> dependencies, String version, String camelVersion) throws IOException {
        StringBuilder xml = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<features xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\" name=\"camel-messaging-")
                .append(version).append("\">\n")
                .append("  <repository>mvn:org.apache.camel.karaf/apache-camel/").append(camelVersion)
                .append("/xml/features</repository>\n")
                .append("  <feature name=\"camel-messaging\" version=\"").append(Bundle.osgiVersion(version))
                .append("\" description=\"Camel messaging: SMS, MMS and multi-channel messages through AWS and Azure\">\n")
                .append("    <feature prerequisite=\"true\">wrap</feature>\n")
                .append("    <feature version=\"").append(camelVersion).append("\">camel-core</feature>\n");
        dependencies.stream().filter(d -> d.isCamel() && CAMEL_FEATURES.contains(d.artifactId())).forEach(d ->
                xml.append("    <feature version=\"").append(camelVersion).append("\">").append(d.artifactId())
                        .append("</feature>\n"));
        dependencies.stream().filter(d -> d.isCamel() && CAMEL_KARAF_BUNDLES.contains(d.artifactId())).forEach(d ->
                xml.append("    <bundle>mvn:org.apache.camel.karaf/").append(d.artifactId()).append('/')
                        .append(camelVersion).append("</bundle>\n"));
        for (Bundle bundle : bundles(dependencies)) {
            xml.append("    <bundle>").append(bundle.location().replace("&", "&amp;").replace("\"", "&quot;"))
                    .append("</bundle>\n");
        }
        return xml.append("  </feature>\n</features>\n").toString();
    }
}
