package eu.consulate.infrastructure.notification;

import java.util.Date;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a plain-text mail through the configured SMTP server ({@code consulate.mail.smtp.host},
 * {@code .port}, optionally {@code .user} and {@code .password} with STARTTLS), from
 * {@code consulate.mail.from}. A failure is thrown to the delivery worker, which retries.
 */
@ApplicationScoped
public class MailSender {

    @Inject
    @ConfigProperty(name = "consulate.mail.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "consulate.mail.smtp.port", defaultValue = "25")
    int port;

    /** Empty (MicroProfile Config has no empty values): no SMTP AUTH. */
    @Inject
    @ConfigProperty(name = "consulate.mail.smtp.user")
    java.util.Optional<String> user;

    @Inject
    @ConfigProperty(name = "consulate.mail.smtp.password")
    java.util.Optional<String> password;

    @Inject
    @ConfigProperty(name = "consulate.mail.from", defaultValue = "Consulate <noreply@consulate.example.org>")
    String from;

    public void send(String to, String subject, String text, String messageId) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        Session session;
        if (user.isEmpty() || user.get().isBlank()) {
            session = Session.getInstance(properties);
        } else {
            properties.put("mail.smtp.auth", "true");
            properties.put("mail.smtp.starttls.enable", "true");
            session = Session.getInstance(properties, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // the outbox row's id: a retried mail keeps its Message-ID, so clients can drop a repeat
                setHeader("Message-ID", "<" + messageId + "@consulate>");
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
