package eu.consulate.it.support;

import java.io.File;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.api.Node;

/**
 * The EAR as Maven built it, for Arquillian. In-container tests get an extra web module
 * holding the test classes, listed in application.xml so the server deploys it.
 */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("consulate.ear")));
    }

    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "consulate-tests.war")
                .addClasses(testClasses)
                .addClass(NoAuthenticationMechanism.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" "
                        + "version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml");
        ear.addAsModule(Testable.archiveToTest(tests));
        Node descriptor = ear.get("META-INF/application.xml");
        String xml = new String(readAll(descriptor));
        xml = xml.replace("<library-directory>", """
                <module>
                    <web>
                      <web-uri>consulate-tests.war</web-uri>
                      <context-root>/consulate-tests</context-root>
                    </web>
                  </module>
                  <library-directory>""");
        ear.delete("META-INF/application.xml");
        ear.addAsManifestResource(new StringAsset(xml), "application.xml");
        return ear;
    }

    private static byte[] readAll(Node node) {
        try (var in = node.getAsset().openStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
