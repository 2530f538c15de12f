package eu.consulate.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Edits the {@code domain.xml} of a <em>stopped</em> Payara domain with the JDK's DOM parser. */
final class DomainXml {

    private DomainXml() {
    }

    /** Applies {@code change}; writes the file (atomically) only when it reports a change. */
    static boolean edit(Path domainXml, Predicate<Document> change) throws IOException {
        if (!Files.exists(domainXml)) {
            return false;
        }
        try {
            Document doc = parse(domainXml);
            if (!change.test(doc)) {
                return false;
            }
            Path edited = domainXml.resolveSibling("domain.xml.consulate-edit");
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(doc), new StreamResult(edited.toFile()));
            Files.move(edited, domainXml, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (TransformerException e) {
            throw new IOException("Cannot edit " + domainXml + ": " + e.getMessage(), e);
        }
    }

    private static Document parse(Path domainXml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(domainXml.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Cannot read " + domainXml + ": " + e.getMessage(), e);
        }
    }

    /** Adds a JVM option to the server's configuration unless it is there. */
    static boolean ensureJvmOption(Path domainXml, String option) throws IOException {
        return edit(domainXml, doc -> {
            NodeList configs = doc.getElementsByTagName("config");
            for (int i = 0; i < configs.getLength(); i++) {
                Element config = (Element) configs.item(i);
                if (!"server-config".equals(config.getAttribute("name"))) {
                    continue;
                }
                Element java = (Element) config.getElementsByTagName("java-config").item(0);
                NodeList options = java.getElementsByTagName("jvm-options");
                for (int j = 0; j < options.getLength(); j++) {
                    if (option.equals(options.item(j).getTextContent().trim())) {
                        return false;
                    }
                }
                Element added = doc.createElement("jvm-options");
                added.setTextContent(option);
                java.appendChild(added);
                return true;
            }
            return false;
        });
    }

    /** Removes a JVM option from the server's configuration; returns whether it was there. */
    static boolean removeJvmOption(Path domainXml, String option) throws IOException {
        return edit(domainXml, doc -> {
            boolean removed = false;
            NodeList options = doc.getElementsByTagName("jvm-options");
            for (int j = options.getLength() - 1; j >= 0; j--) {
                if (option.equals(options.item(j).getTextContent().trim())) {
                    options.item(j).getParentNode().removeChild(options.item(j));
                    removed = true;
                }
            }
            return removed;
        });
    }

    /**
     * Sets an attribute on every {@code <http>} protocol element of the server's configuration
     * (e.g. {@code xpowered-by="false"}); returns whether anything changed.
     */
    static boolean setHttpAttribute(Path domainXml, String attribute, String value) throws IOException {
        return edit(domainXml, doc -> {
            boolean changed = false;
            NodeList configs = doc.getElementsByTagName("config");
            for (int i = 0; i < configs.getLength(); i++) {
                Element config = (Element) configs.item(i);
                if (!"server-config".equals(config.getAttribute("name"))) {
                    continue;
                }
                NodeList https = config.getElementsByTagName("http");
                for (int j = 0; j < https.getLength(); j++) {
                    Element http = (Element) https.item(j);
                    if (!value.equals(http.getAttribute(attribute))) {
                        http.setAttribute(attribute, value);
                        changed = true;
                    }
                }
            }
            return changed;
        });
    }

    /**
     * Sets {@code attribute} on the first {@code tag} element of the server's configuration;
     * returns whether anything changed.
     */
    static boolean setServerConfigAttribute(Path domainXml, String tag, String attribute, String value)
            throws IOException {
        return edit(domainXml, doc -> {
            NodeList configs = doc.getElementsByTagName("config");
            for (int i = 0; i < configs.getLength(); i++) {
                Element config = (Element) configs.item(i);
                if ("server-config".equals(config.getAttribute("name"))) {
                    Element element = (Element) config.getElementsByTagName(tag).item(0);
                    if (element == null || value.equals(element.getAttribute(attribute))) {
                        return false;
                    }
                    element.setAttribute(attribute, value);
                    return true;
                }
            }
            return false;
        });
    }

    /** Whether the configuration holds an element {@code tag} whose {@code name} is {@code name}. */
    static boolean has(Path domainXml, String tag, String name) throws IOException {
        if (!Files.exists(domainXml)) {
            return false;
        }
        NodeList nodes = parse(domainXml).getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (name.equals(((Element) nodes.item(i)).getAttribute("name"))) {
                return true;
            }
        }
        return false;
    }
}
