package eu.consulate.infrastructure.persistence;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Rewrites, at start, the summary rows that an older version of {@link SummaryProjection}
 * wrote (after an upgrade that adds list columns), from their events, in batches of their own
 * transactions. On a current database it is one indexed query that finds nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SummaryRebuild {

    private static final Logger LOG = Logger.getLogger(SummaryRebuild.class.getName());
    private static final int BATCH = 500;

    @EJB
    ApplicationRepository applications;

    @PostConstruct
    void rewriteOutdated() {
        int rewritten = 0;
        for (List<String> batch = applications.outdatedSummaries(BATCH); !batch.isEmpty();
                batch = applications.outdatedSummaries(BATCH)) {
            int done = applications.rewriteSummaries(batch);
            if (done == 0) {
                // rows without events cannot be rebuilt: say so once instead of looping on them
                List<String> stuck = batch;
                LOG.warning(() -> "Request lists: summary rows without events, left as they are: " + stuck);
                break;
            }
            rewritten += done;
        }
        if (rewritten > 0) {
            int count = rewritten;
            LOG.info(() -> "Request lists: rewrote " + count + " summaries of older requests from their events");
        }
    }
}
