package org.massode.meanfield;

/** A covariance that stays non-positive-definite after the largest allowed jitter (never silently turned into NaN). */
public final class NotPositiveDefiniteException extends RuntimeException {
    public NotPositiveDefiniteException(String message) {
        super(message);
    }
}
