package org.clinicalnotes.llm.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Response bodies read into memory with a ceiling: a server (or a proxy in its place) that sends more than
 * the limit has the rest of its body dropped and the exchange fails with {@link TooLarge}, instead of
 * filling the heap. Non-blocking; one instance per response.
 */
public final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The ceiling for model and speech-service answers: 32 MB, far above any real answer. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private final HttpResponse.BodySubscriber<byte[]> delegate = HttpResponse.BodySubscribers.ofByteArray();
    private final long max;
    private long seen;
    private boolean over;

    private BoundedBody(long max) {
        this.max = max;
    }

    /**
     * @param max the most bytes accepted
     * @return a handler giving the body as bytes
     */
    public static HttpResponse.BodyHandler<byte[]> bytes(long max) {
        return info -> new BoundedBody(max);
    }

    /**
     * @param max the most bytes accepted
     * @return a handler giving the body as UTF-8 text
     */
    public static HttpResponse.BodyHandler<String> utf8(long max) {
        return info -> HttpResponse.BodySubscribers.mapping(new BoundedBody(max),
                b -> new String(b, StandardCharsets.UTF_8));
    }

    /**
     * @param t a failure
     * @return whether it, or one of its causes, is a body over the limit
     */
    public static boolean isTooLarge(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return delegate.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        delegate.onSubscribe(s);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (over) {
            return;
        }
        for (ByteBuffer b : items) {
            seen += b.remaining();
        }
        if (seen > max) {
            // From here on the rest is read and dropped (memory stays bounded; the client's timeout bounds
            // the time); cancelling instead would surface as the client's own "stream cancelled" error.
            over = true;
            return;
        }
        delegate.onNext(items);
    }

    @Override
    public void onError(Throwable t) {
        if (!over) {
            delegate.onError(t);
        }
    }

    @Override
    public void onComplete() {
        if (over) {
            delegate.onError(new TooLarge(max));
        } else {
            delegate.onComplete();
        }
    }

    /** The response body passed the limit. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long max) {
            super("response body larger than " + max + " bytes");
        }
    }
}
