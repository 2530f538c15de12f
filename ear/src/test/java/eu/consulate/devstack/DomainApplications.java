package eu.consulate.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Removes an application from a <em>stopped</em> Payara domain: its entry and references in
 * {@code domain.xml}, its expanded files and the code generated for it. A domain that kept the
 * application from an earlier run loads it again at start-up; deploying it then once more
 * redeployed it over the half-started copy (issue 13), and an application directory left by a
 * killed deployment made the start-up load fail outright.
 */
final class DomainApplications {

    private DomainApplications() {
    }

    /** Returns whether the domain held anything of {@code name}. */
    static boolean forget(Path domainDir, String name) throws IOException {
        boolean found = removeFromConfig(domainDir.resolve("config/domain.xml"), name);
        List<Path> leftovers = new ArrayList<>();
        leftovers.add(domainDir.resolve("applications").resolve(name));
        for (String kind : List.of("ejb", "jsp", "xml", "policy", "altdd")) {
            leftovers.add(domainDir.resolve("generated").resolve(kind).resolve(name));
        }
        for (Path leftover : leftovers) {
            found |= deleteTree(leftover);
        }
        if (found) {
            System.out.println("[consulate] removed the application '" + name + "' that the domain kept from an earlier run");
        }
        return found;
    }

    private static boolean removeFromConfig(Path domainXml, String name) throws IOException {
        return DomainXml.edit(domainXml, doc -> {
            List<Element> doomed = new ArrayList<>();
            collect(doc.getElementsByTagName("application"), "name", name, doomed);
            collect(doc.getElementsByTagName("application-ref"), "ref", name, doomed);
            doomed.forEach(e -> e.getParentNode().removeChild(e));
            return !doomed.isEmpty();
        });
    }

    private static void collect(NodeList nodes, String attribute, String value, List<Element> into) {
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (value.equals(element.getAttribute(attribute))) {
                into.add(element);
            }
        }
    }

    private static boolean deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return false;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        return true;
    }
}
