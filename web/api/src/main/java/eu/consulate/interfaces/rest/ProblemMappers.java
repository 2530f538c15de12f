package eu.consulate.interfaces.rest;

import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/** Every error leaves the API as a problem+json body; unexpected ones with a quotable id. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class WebApplicationExceptions implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            return Problem.response(status, e.getMessage());
        }
    }

    /**
     * A request body that is not JSON, or not of the expected shape, is the caller's mistake.
     * Only the reading of the body is relabelled: a failure anywhere else (writing a response,
     * a query, our code) stays a server fault and answers 500 below.
     */
    @Provider
    public static class UnreadableBodies implements ReaderInterceptor {
        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            try {
                return context.proceed();
            } catch (RequestBodyLimit.BodyTooLarge e) {
                throw tooLarge(e);
            } catch (RequestBodyLimit.BodyTooDeep e) {
                throw new BadRequestException(e.getMessage(), e);
            } catch (ProcessingException e) {
                for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                    if (cause instanceof RequestBodyLimit.BodyTooLarge tooLarge) {
                        throw tooLarge(tooLarge);
                    }
                    if (cause instanceof RequestBodyLimit.BodyTooDeep tooDeep) {
                        throw new BadRequestException(tooDeep.getMessage(), e);
                    }
                }
                throw new BadRequestException("The request body is not JSON of the expected shape; see docs/api.md.", e);
            }
        }

        private static WebApplicationException tooLarge(RequestBodyLimit.BodyTooLarge e) {
            return new WebApplicationException(e.getMessage(), e, 413);
        }
    }

    @Provider
    public static class RuleViolations implements ExceptionMapper<eu.consulate.domain.model.application.ApplicationRuleViolation> {
        @Override
        public Response toResponse(eu.consulate.domain.model.application.ApplicationRuleViolation e) {
            Response.Status status = switch (e.kind()) {
                case INVALID_INPUT -> Response.Status.BAD_REQUEST;
                case FORBIDDEN -> Response.Status.FORBIDDEN;
                case CONFLICT -> Response.Status.CONFLICT;
            };
            return Problem.response(status, e.getMessage());
        }
    }

    @Provider
    public static class CatalogRules implements ExceptionMapper<eu.consulate.application.CatalogRuleViolation> {
        @Override
        public Response toResponse(eu.consulate.application.CatalogRuleViolation e) {
            return Problem.response(e.isConflict() ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @Provider
    public static class RefusedImports implements ExceptionMapper<eu.consulate.application.CatalogImportRefused> {
        @Override
        public Response toResponse(eu.consulate.application.CatalogImportRefused e) {
            return Response.status(400).type(Problem.MEDIA_TYPE).entity(new Problem.WithReasons("about:blank",
                    "Bad Request", 400, e.getMessage(), e.reasons())).build();
        }
    }

    @Provider
    public static class InvalidDataUses implements ExceptionMapper<eu.consulate.domain.model.datause.InvalidDataUse> {
        @Override
        public Response toResponse(eu.consulate.domain.model.datause.InvalidDataUse e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @Provider
    public static class UnknownNotifications implements ExceptionMapper<eu.consulate.application.NoSuchNotification> {
        @Override
        public Response toResponse(eu.consulate.application.NoSuchNotification e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class UnknownDeliveries implements ExceptionMapper<eu.consulate.application.NoSuchDelivery> {
        @Override
        public Response toResponse(eu.consulate.application.NoSuchDelivery e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class UnknownApplications implements ExceptionMapper<eu.consulate.application.NoSuchApplication> {
        @Override
        public Response toResponse(eu.consulate.application.NoSuchApplication e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class UnknownPermits implements ExceptionMapper<eu.consulate.application.NoSuchPermit> {
        @Override
        public Response toResponse(eu.consulate.application.NoSuchPermit e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class UnknownDatasets implements ExceptionMapper<eu.consulate.application.NoSuchDataset> {
        @Override
        public Response toResponse(eu.consulate.application.NoSuchDataset e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class UnknownCommittees implements ExceptionMapper<eu.consulate.application.NoSuchCommittee> {
        @Override
        public Response toResponse(eu.consulate.application.NoSuchCommittee e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class UnknownDrafts implements ExceptionMapper<eu.consulate.application.NoSuchDraft> {
        @Override
        public Response toResponse(eu.consulate.application.NoSuchDraft e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class UnknownForms implements ExceptionMapper<eu.consulate.application.NoSuchForm> {
        @Override
        public Response toResponse(eu.consulate.application.NoSuchForm e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    /** A form definition or answers that cannot be used: 400 with every reason. */
    @Provider
    public static class RefusedForms implements ExceptionMapper<eu.consulate.application.FormRefused> {
        @Override
        public Response toResponse(eu.consulate.application.FormRefused e) {
            return Response.status(400).type(Problem.MEDIA_TYPE).entity(new Problem.WithReasons("about:blank",
                    "Bad Request", 400, e.getMessage(), e.reasons())).build();
        }
    }

    @Provider
    public static class UnknownInvitations implements ExceptionMapper<eu.consulate.application.NoSuchInvitation> {
        @Override
        public Response toResponse(eu.consulate.application.NoSuchInvitation e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    /** A used or expired invitation: 410, it will not work again. */
    @Provider
    public static class UnusableInvitations implements ExceptionMapper<eu.consulate.application.InvitationUnusable> {
        @Override
        public Response toResponse(eu.consulate.application.InvitationUnusable e) {
            return Problem.response(Response.Status.GONE, e.getMessage());
        }
    }

    @Provider
    public static class UnknownAttachments implements ExceptionMapper<eu.consulate.application.NoSuchAttachment> {
        @Override
        public Response toResponse(eu.consulate.application.NoSuchAttachment e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    /** A refused file: each reason its own status, the sentence as the detail. */
    @Provider
    public static class RefusedAttachments
            implements ExceptionMapper<eu.consulate.domain.model.application.AttachmentFile.Refused> {
        @Override
        public Response toResponse(eu.consulate.domain.model.application.AttachmentFile.Refused e) {
            record Answer(int status, String title) {
            }
            Answer answer = switch (e.reason()) {
                case TOO_LARGE -> new Answer(413, "Content Too Large");
                case TYPE_REFUSED -> new Answer(415, "Unsupported Media Type");
                case INFECTED -> new Answer(422, "Unprocessable Content");
                case INVALID -> new Answer(400, "Bad Request");
                case SCAN_FAILED -> new Answer(503, "Service Unavailable");
            };
            return Response.status(answer.status()).type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", answer.title(), answer.status(), e.getMessage()))
                    .build();
        }
    }

    @Provider
    public static class UnknownSeats implements ExceptionMapper<eu.consulate.application.NoSuchSeat> {
        @Override
        public Response toResponse(eu.consulate.application.NoSuchSeat e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    /** A refused process model: 400, with every reason in {@code reasons}; nothing was deployed. */
    @Provider
    public static class RefusedModels implements ExceptionMapper<eu.consulate.application.ModelRefused> {
        @Override
        public Response toResponse(eu.consulate.application.ModelRefused e) {
            Response.Status status = Response.Status.BAD_REQUEST;
            return Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(new Problem.WithReasons("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                            "The process model was refused; nothing was deployed.", e.reasons()))
                    .build();
        }
    }

    /** Anything else is our fault: 500 with an id to quote, never the exception's text (JPQL, SQL, classes). */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            if (e instanceof WebApplicationException web) {
                return new WebApplicationExceptions().toResponse(web);
            }
            String id = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error " + id, e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "Unexpected error; quote this id to an administrator: " + id);
        }
    }
}
