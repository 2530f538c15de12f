package eu.consulate.interfaces.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import eu.consulate.application.NoSuchApplication;
import eu.consulate.application.NoSuchAttachment;
import eu.consulate.application.RequestAttachments;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.application.AttachmentFile;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The files of the request on its page (applicant's, committee's, administrator's): the list,
 * the upload form and downloads. Who may attach what is the request's rule; a refused file shows
 * its reason at the upload field and nothing is stored.
 */
@Named
@ViewScoped
public class AttachmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient RequestAttachments attachments;

    @Inject
    RequestView request;

    @Inject
    transient UiActor actor;

    private transient UploadedFile file;
    private boolean committeeOnly;
    private RequestAttachments.Listing listing;
    private String shownDownloadsOf;
    private List<RequestAttachments.DownloadRecord> downloads = List.of();

    public RequestAttachments.Listing getListing() {
        if (listing == null && request.getId() != null && request.getDetails() != null) {
            listing = attachments.listing(actor.get(), request.getId());
        }
        return listing;
    }

    /** Removes a file the reader attached; back to the page without it. */
    public String remove(String attachmentId) {
        try {
            attachments.remove(actor.get(), request.getId(), attachmentId);
            Messages.info("File removed", "It is no longer attached; the history keeps its name.");
            return RequestView.viewId() + "?faces-redirect=true&id=" + request.getId();
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        } catch (eu.consulate.application.NoSuchAttachment | eu.consulate.application.NoSuchApplication e) {
            Messages.error(null, e.getMessage());
            return null;
        }
    }

    /** Checks, scans and stores the chosen file; back to the page with the file listed. */
    public String upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("attachments:file", "Choose a file to attach.");
            return null;
        }
        try {
            if (file.getSize() > attachments.policy().maxBytes()) {
                // before the bytes are read into memory: the same sentence the service would say
                new AttachmentFile(file.getFileName(), "application/octet-stream", file.getSize(), "")
                        .check(attachments.policy());
            }
            var added = attachments.add(actor.get(), request.getId(), file.getFileName(), content(), committeeOnly);
            Messages.info("File attached", added.fileName() + " (" + added.contentType() + ", " + added.readableSize() + ")");
            return RequestView.viewId() + "?faces-redirect=true&id=" + request.getId();
        } catch (AttachmentFile.Refused e) {
            Messages.error("attachments:file", e.getMessage());
            return null;
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        } catch (NoSuchApplication e) {
            Messages.notFound(e);
            return null;
        }
    }

    private byte[] content() {
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The uploaded file could not be read", e);
        }
    }

    /** The file as a download (logged by the service); null with a message when it cannot be had. */
    public StreamedContent download(String attachmentId) {
        try {
            RequestAttachments.Download download = attachments.download(actor.get(), request.getId(), attachmentId);
            byte[] content = download.content();
            return DefaultStreamedContent.builder().name(download.attachment().fileName())
                    .contentType(download.attachment().contentType()).contentLength((long) content.length)
                    .stream(() -> new ByteArrayInputStream(content)).build();
        } catch (NoSuchAttachment e) {
            Messages.error(null, e.getMessage());
            return null;
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        }
    }

    /** Shows who downloaded the file (committee side). */
    public void showDownloads(String attachmentId) {
        try {
            downloads = attachments.downloads(actor.get(), request.getId(), attachmentId);
            shownDownloadsOf = attachmentId;
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
        } catch (NoSuchAttachment e) {
            Messages.error(null, e.getMessage());
        }
    }

    public String getReadableMaxBytes() {
        return AttachmentFile.readable(attachments.policy().maxBytes());
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public boolean isCommitteeOnly() {
        return committeeOnly;
    }

    public void setCommitteeOnly(boolean committeeOnly) {
        this.committeeOnly = committeeOnly;
    }

    public String getShownDownloadsOf() {
        return shownDownloadsOf;
    }

    public List<RequestAttachments.DownloadRecord> getDownloads() {
        return downloads;
    }
}
