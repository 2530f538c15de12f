package eu.consulate.infrastructure.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

import eu.consulate.domain.model.notification.Topic;

/**
 * The mails of each topic in each language, as Mustache templates ({@code mail/<lang>/<topic>.mustache}
 * in this module): a first line {@code Subject: ...}, a line {@code ---}, then the text. Plain
 * text: values are not HTML-escaped. A language without the template falls back to English.
 */
public final class MailTemplates {

    /** The languages mails are written in; the first is the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "de");

    /** A rendered mail. */
    public record Mail(String subject, String text) {
    }

    private final MustacheFactory factory = new DefaultMustacheFactory() {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value); // plain text mail: nothing to escape
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    /** The mail of {@code topic} in {@code language} (else English) with {@code values} filled in. */
    public Mail render(Topic topic, String language, Map<String, Object> values) {
        String lang = language != null && LANGUAGES.contains(language) ? language : LANGUAGES.get(0);
        Mustache template = compiled.computeIfAbsent(lang + "/" + topic.key(), name -> compile(name, topic));
        StringWriter out = new StringWriter();
        template.execute(out, values);
        String all = out.toString().replace("\r\n", "\n");
        int split = all.indexOf("\n---\n");
        if (!all.startsWith("Subject: ") || split < 0) {
            throw new IllegalStateException("Mail template " + lang + "/" + topic.key() + " has no 'Subject:' line and '---'");
        }
        return new Mail(all.substring("Subject: ".length(), split).strip(), all.substring(split + 5).strip() + "\n");
    }

    private Mustache compile(String name, Topic topic) {
        String text = read("mail/" + name + ".mustache");
        if (text == null) {
            text = read("mail/" + LANGUAGES.get(0) + "/" + topic.key() + ".mustache");
        }
        if (text == null) {
            throw new IllegalStateException("No mail template for " + topic.key());
        }
        return factory.compile(new StringReader(text), name);
    }

    private static String read(String resource) {
        try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
