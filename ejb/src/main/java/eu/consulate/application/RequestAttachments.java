package eu.consulate.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.application.AttachmentAdded;
import eu.consulate.domain.model.application.AttachmentFile;
import eu.consulate.domain.model.application.DataAccessApplication;
import eu.consulate.infrastructure.attachment.ContentTypes;
import eu.consulate.infrastructure.persistence.ApplicationRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files attached to requests: checked (size, type read from the content, name), scanned, stored
 * with their SHA-256 beside the request's events (the event {@code attachment-added} says what was
 * attached), listed to those who may see them, and every download logged. Committee-only files
 * never reach the applicant or a permit holder.
 */
@Stateless
public class RequestAttachments {

    private static final Logger LOG = Logger.getLogger(RequestAttachments.class.getName());

    /** A file as a list shows it; {@code uploadedBy} is the person's name. */
    public record Attached(String id, String fileName, String contentType, long size, String sha256,
                           boolean committeeOnly, String scan, String uploadedBy, Instant uploadedAt) {

        public String readableSize() {
            return AttachmentFile.readable(size);
        }
    }

    /** A file to hand out, with what the list says of it. */
    public record Download(Attached attachment, byte[] content) {
    }

    /** The files a person sees on the request's page and what they may do there. */
    public record Listing(List<Attached> files, boolean mayAttach, boolean mayAttachCommitteeOnly, boolean seesDownloads,
                          long maxBytes, Set<String> removable) {

        /** Whether the reader may remove this file (they attached it, and may still). */
        public boolean mayRemove(String attachmentId) {
            return removable.contains(attachmentId);
        }
    }

    /** One download: who (subject and name) and when. */
    public record DownloadRecord(String subject, String name, Instant at) {
    }

    @EJB
    ApplicationRepository applications;

    @EJB
    People people;

    @Inject
    MalwareScan malwareScan;

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "consulate.attachments.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "consulate.attachments.types",
            defaultValue = "application/pdf,text/plain,image/png,image/jpeg,application/vnd.oasis.opendocument.text")
    String types;

    /** The configured limits. */
    public AttachmentFile.Policy policy() {
        return new AttachmentFile.Policy(maxBytes, Arrays.stream(types.split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * Attaches a file to the request: who may attach and when is the request's rule (checked
     * before the file is looked at); then the file's name, size and type (from its bytes); then
     * the malware scan. A refused file leaves nothing behind.
     */
    public Attached add(Actor actor, String applicationId, String fileName, byte[] content, boolean committeeOnly) {
        DataAccessApplication application = visible(actor, applicationId);
        application.requireMayAttach(actor, committeeOnly);
        AttachmentFile file = new AttachmentFile(fileName, ContentTypes.of(content), content.length, sha256(content))
                .check(policy());
        MalwareScan.Verdict verdict = malwareScan.scan(content);
        if (verdict == MalwareScan.Verdict.INFECTED) {
            LOG.warning("An infected file was refused: request " + applicationId + ", by " + actor.subject()
                    + ", SHA-256 " + file.sha256());
            throw new AttachmentFile.Refused(AttachmentFile.Refusal.INFECTED,
                    "The malware scan found the file infected; it was not attached.");
        }
        if (verdict == MalwareScan.Verdict.FAILED) {
            throw new AttachmentFile.Refused(AttachmentFile.Refusal.SCAN_FAILED,
                    "The file could not be scanned for malware just now; it was not attached. Try again later.");
        }
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        var events = application.attach(id, file, committeeOnly, verdict.stored(), actor, now);
        applications.append(application, events);
        em.createNativeQuery("INSERT INTO attachment_content (attachment_id, application_id, sha256, size_bytes, content,"
                        + " stored_at) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, applicationId).setParameter(3, file.sha256())
                .setParameter(4, file.size()).setParameter(5, content).setParameter(6, now.toEpochMilli())
                .executeUpdate();
        AttachmentAdded added = (AttachmentAdded) events.get(0);
        return view(added, people.namesOf(Set.of(actor.subject())));
    }

    /**
     * Removes a file the actor attached: it leaves the lists and downloads, its bytes are deleted
     * in the same transaction as the event {@code attachment-removed}. 404 for a file the actor
     * does not see, 403 for somebody else's file, 409 for the applicant once the request is decided.
     */
    public void remove(Actor actor, String applicationId, String attachmentId) {
        DataAccessApplication application = visible(actor, applicationId);
        AttachmentAdded file = application.attachmentFor(actor, attachmentId)
                .orElseThrow(() -> new NoSuchAttachment(attachmentId));
        var events = application.removeAttachment(file, actor, Instant.now());
        applications.append(application, events);
        em.createNativeQuery("DELETE FROM attachment_content WHERE attachment_id = ? AND application_id = ?")
                .setParameter(1, attachmentId).setParameter(2, applicationId).executeUpdate();
    }

    /** The files of the request the actor may see, oldest first. */
    public List<Attached> list(Actor actor, String applicationId) {
        List<AttachmentAdded> visible = visible(actor, applicationId).attachmentsFor(actor);
        Map<String, String> names = people.namesOf(visible.stream().map(AttachmentAdded::actor).collect(Collectors.toSet()));
        return visible.stream().map(a -> view(a, names)).toList();
    }

    /** The request page's section: the files and whether the actor may attach (committee-only too). */
    public Listing listing(Actor actor, String applicationId) {
        DataAccessApplication application = visible(actor, applicationId);
        List<AttachmentAdded> visible = application.attachmentsFor(actor);
        Map<String, String> names = people.namesOf(visible.stream().map(AttachmentAdded::actor).collect(Collectors.toSet()));
        return new Listing(visible.stream().map(a -> view(a, names)).toList(), application.mayAttach(actor, false),
                application.mayAttach(actor, true), application.maySeeDownloads(actor), maxBytes,
                visible.stream().filter(a -> application.mayRemoveAttachment(a, actor)).map(AttachmentAdded::attachmentId)
                        .collect(Collectors.toSet()));
    }

    /**
     * The file, its download logged. A file the actor may not see answers as an unknown one (404):
     * a committee-only file's existence is not told to the applicant.
     */
    public Download download(Actor actor, String applicationId, String attachmentId) {
        AttachmentAdded added = visible(actor, applicationId).attachmentFor(actor, attachmentId)
                .orElseThrow(() -> new NoSuchAttachment(attachmentId));
        List<?> rows = em.createNativeQuery("SELECT content FROM attachment_content WHERE attachment_id = ?"
                        + " AND application_id = ?")
                .setParameter(1, attachmentId).setParameter(2, applicationId).getResultList();
        if (rows.isEmpty()) {
            throw new NoSuchAttachment(attachmentId);
        }
        byte[] content = (byte[]) rows.get(0);
        em.createNativeQuery("INSERT INTO attachment_download (id, attachment_id, application_id, downloader_subject,"
                        + " downloaded_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, attachmentId)
                .setParameter(3, applicationId).setParameter(4, actor.subject())
                .setParameter(5, Instant.now().toEpochMilli()).executeUpdate();
        return new Download(view(added, people.namesOf(Set.of(added.actor()))), content);
    }

    /** Who downloaded the file and when, newest first: for the committee side only (403 otherwise). */
    public List<DownloadRecord> downloads(Actor actor, String applicationId, String attachmentId) {
        DataAccessApplication application = visible(actor, applicationId);
        if (!application.maySeeDownloads(actor)) {
            throw ApplicationRuleViolation.forbidden("Only the committee sees who downloaded a request's files.");
        }
        application.attachmentFor(actor, attachmentId).orElseThrow(() -> new NoSuchAttachment(attachmentId));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT downloader_subject, downloaded_at FROM attachment_download"
                        + " WHERE attachment_id = ? ORDER BY downloaded_at DESC, id")
                .setParameter(1, attachmentId).getResultList();
        Map<String, String> names = people.namesOf(rows.stream().map(r -> (String) r[0]).collect(Collectors.toSet()));
        return rows.stream().map(r -> new DownloadRecord((String) r[0], names.getOrDefault((String) r[0], (String) r[0]),
                Instant.ofEpochMilli(((Number) r[1]).longValue()))).toList();
    }

    private static Attached view(AttachmentAdded a, Map<String, String> names) {
        return new Attached(a.attachmentId(), a.fileName(), a.contentType(), a.size(), a.sha256(), a.committeeOnly(),
                a.scan(), names.getOrDefault(a.actor(), a.actor()), a.occurredAt());
    }

    private DataAccessApplication visible(Actor actor, String applicationId) {
        return VisibleRequests.load(applications, actor, applicationId);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
