package org.massode.dynamics;

/** How a layer's input enters a Hopfield-type ODE. */
public enum InputMode {
    /** The input is the initial state x(0); nothing is added to the vector field. */
    INITIAL,
    /** The input u is a constant drive added inside the vector field; x(0) = 0. */
    DRIVE
}
