package eu.consulate.it.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import eu.consulate.devstack.TestStack;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** The mails the test stack's SMTP server received (GreenMail in the test JVM). */
public final class Mails {

    /** A received mail: recipient, subject, text. */
    public record Mail(String to, String subject, String text) {
    }

    private Mails() {
    }

    public static List<Mail> all() {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : TestStack.mail().getReceivedMessages()) {
            try {
                for (var to : message.getRecipients(Message.RecipientType.TO)) {
                    mails.add(new Mail(to.toString(), message.getSubject(), message.getContent().toString()));
                }
            } catch (MessagingException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    /** The mails that match, once at least {@code count} arrived (within 30 s); then a second more for stragglers. */
    public static List<Mail> await(Predicate<Mail> which, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (all().stream().filter(which).count() >= count) {
                sleep(1500); // a duplicate or an unexpected extra mail would arrive in the next polls
                return all().stream().filter(which).toList();
            }
            sleep(200);
        }
        return all().stream().filter(which).toList();
    }

    /** The mails that match after the outbox had time to deliver (for mails that must not come). */
    public static List<Mail> after(Duration wait, Predicate<Mail> which) {
        sleep(wait.toMillis());
        return all().stream().filter(which).toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
