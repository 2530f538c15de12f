package eu.consulate.infrastructure.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import eu.consulate.domain.model.notification.Topic;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    private static Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        values.put("name", "ada");
        values.put("title", "Kidney <variants> & more");
        values.put("committee", "Demo Genomics DAC");
        values.put("applicant", "ada");
        values.put("state", "Rejected");
        values.put("step", "Committee vote");
        values.put("link", "http://localhost:8080/applicant/request.xhtml?id=r-1");
        values.put("settings", "http://localhost:8080/notifications.xhtml");
        return values;
    }

    @Test
    void everyTopicHasAMailInEveryLanguageWithSubjectTextAndLink() {
        for (String language : MailTemplates.LANGUAGES) {
            for (Topic topic : Topic.values()) {
                MailTemplates.Mail mail = templates.render(topic, language, values());
                assertThat(mail.subject()).as(language + "/" + topic.key()).isNotBlank().doesNotContain("{{");
                assertThat(mail.text()).as(language + "/" + topic.key())
                        .contains("http://localhost:8080/applicant/request.xhtml?id=r-1").doesNotContain("{{");
                if (topic != Topic.TEAM_INVITATION && topic != Topic.SIGNATURE_REQUEST) {
                    // an invitation goes to an address, maybe of nobody with an account: no settings to point to
                    assertThat(mail.text()).as(language + "/" + topic.key()).contains("http://localhost:8080/notifications.xhtml");
                }
            }
        }
    }

    @Test
    void aDecisionInEnglishAndGermanWithItsReasonAndPlainTextValues() {
        Map<String, Object> values = values();
        values.put("reason", "The consent does not cover it.");

        MailTemplates.Mail english = templates.render(Topic.REQUEST_DECIDED, "en", values);
        MailTemplates.Mail german = templates.render(Topic.REQUEST_DECIDED, "de", values);

        assertThat(english.subject()).isEqualTo("Decision on your request \"Kidney <variants> & more\": Rejected");
        assertThat(english.text()).startsWith("Dear ada,\n\nThe committee Demo Genomics DAC decided on your request")
                .contains("Reason: The consent does not cover it.");
        assertThat(german.subject()).isEqualTo("Entscheidung über Ihren Antrag \"Kidney <variants> & more\": Rejected");
        assertThat(german.text()).startsWith("Guten Tag ada,").contains("Begründung: The consent does not cover it.");
    }

    @Test
    void withoutAReasonTheLineIsLeftOutAndAnUnknownLanguageFallsBackToEnglish() {
        MailTemplates.Mail mail = templates.render(Topic.PERMIT_ISSUED, "fr", values());

        assertThat(mail.subject()).isEqualTo("Your permit for \"Kidney <variants> & more\" was issued");
        assertThat(mail.text()).doesNotContain("Reason:");
    }
}
