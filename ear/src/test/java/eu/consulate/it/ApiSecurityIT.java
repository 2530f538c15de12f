package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Over HTTP with real Keycloak tokens: the API checks token, issuer, audience and role. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void adminEndpointAcceptsAnAdminToken() {
        HttpResponse<String> response = Http.get("/api/admin/dacs", Tokens.forUser("admin"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Demo Genomics DAC");
    }

    @Test
    void adminEndpointRefusesAnApplicantTokenWith403() {
        HttpResponse<String> response = Http.get("/api/admin/dacs", Tokens.forUser("applicant"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void requestsWithoutATokenGet401() {
        assertThat(Http.get("/api/admin/dacs", null).statusCode()).isEqualTo(401);
        assertThat(Http.get("/api/me", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aTamperedTokenGets401() {
        String token = Tokens.forUser("admin");
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertThat(Http.get("/api/admin/dacs", tampered).statusCode()).isEqualTo(401);
    }

    @Test
    void callerIsIdentifiedFromTheToken() {
        HttpResponse<String> response = Http.get("/api/me", Tokens.forUser("legal"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"username\":\"legal\"").contains("legal-officer");
    }

    @Test
    void readinessReportsDatabaseEngineAndIdentityProviderUp() {
        HttpResponse<String> response = Http.get("/health/ready", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"database\"").contains("\"bpmn-engine\"")
                .contains("\"identity-provider\"").doesNotContain("DOWN");
    }

    @Test
    void pagesRedirectAnonymousUsersToTheLogin() {
        HttpResponse<String> response = Http.get("/", null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith("http://localhost:8280/realms/consulate/protocol/openid-connect/auth");
    }
}
