package eu.consulate.infrastructure.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The example of the Standard Webhooks specification. */
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void signsAsTheStandardWebhooksSpecificationSays() {
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aReceiverAcceptsTheSignatureAndRefusesAnyChange() {
        String header = "v1,bm9wZQ== " + WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY);

        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, header)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY + " ", header)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP + 1, BODY, header)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "msg_other", TIMESTAMP, BODY, header)).isFalse();
        assertThat(WebhookSignature.verify(WebhookSignature.newSecret(), ID, TIMESTAMP, BODY, header)).isFalse();
    }

    @Test
    void newSecretsAreRandomAndPrefixed() {
        String one = WebhookSignature.newSecret();
        assertThat(one).startsWith("whsec_").hasSize(6 + 44).isNotEqualTo(WebhookSignature.newSecret());
    }
}
