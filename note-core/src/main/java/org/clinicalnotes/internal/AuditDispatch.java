package org.clinicalnotes.internal;

import java.util.List;
import org.clinicalnotes.privacy.AuditListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands an {@link AuditListener.Event} to each listener; a listener that throws is logged by its class and the
 * exception's type (never its message) and skipped, so that auditing never changes a result.
 */
public final class AuditDispatch {

    private static final Logger LOG = LoggerFactory.getLogger(AuditDispatch.class);

    private AuditDispatch() {
    }

    /**
     * @param listeners the listeners; may be empty
     * @param record the record
     */
    public static void deliver(List<AuditListener> listeners, AuditListener.Event record) {
        for (AuditListener l : listeners) {
            try {
                l.onAudit(record);
            } catch (RuntimeException ex) {
                LOG.warn("AuditListener {} failed: {}", l.getClass().getName(), ex.getClass().getSimpleName());
            }
        }
    }
}
