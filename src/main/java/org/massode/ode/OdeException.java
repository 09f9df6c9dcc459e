package org.massode.ode;

/** A solve that cannot go on: a non-finite state, a step-size underflow, too many steps. */
public class OdeException extends RuntimeException {
    public OdeException(String message) {
        super(message);
    }
}
